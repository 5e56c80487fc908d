import type { Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { extractText, getDocumentProxy } from 'unpdf'

/** The text of a PDF file, each run of spaces one space. */
export async function pdfText(path: string): Promise<string> {
  return (await pdfSheets(path)).join(' ')
}

/** Each sheet's text, whitespace folded. */
export async function pdfSheets(path: string): Promise<string[]> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(readFileSync(path))), { mergePages: false })
  return text.map(sheet => sheet.replace(/\s+/g, ' '))
}

/** Every block of the printed document keeps inside the sheet's text width. */
export async function overflowingBlocks(page: Page): Promise<string[]> {
  return page.locator('.document').evaluate((doc) => {
    const box = doc.getBoundingClientRect()
    return [...doc.querySelectorAll('p, h2, h3, table, li')].filter((el) => {
      const r = el.getBoundingClientRect()
      return r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5)
    }).map(el => el.textContent ?? '')
  })
}
