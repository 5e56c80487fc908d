import type { Page } from '@playwright/test'
import { createProgram } from './support/curator.ts'
import { expect, fillSetup, test } from './support/fixtures.ts'
import { createCampaign, issueCards } from './support/surveys.ts'

/** A real school's host name, as long as they come: the printed link must still fit its card. */
const LONG_HOST = 'https://nastavnik.sosh-12-imeni-geroya-sovetskogo-soyuza.kaluga.ru'

/** Every card's parts lie inside the card's box (under print media, as the sheet is laid out on paper). */
async function partsOutsideCards(page: Page): Promise<string[]> {
  return page.locator('.cut-card').evaluateAll(cards => cards.flatMap((card) => {
    const box = card.getBoundingClientRect()
    return [...card.children].filter((part) => {
      const r = part.getBoundingClientRect()
      return r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5
    }).map(part => `${card.getAttribute('aria-label')}: ${part.className}`)
  }))
}

test.describe('at the school\'s own long host name', () => {
  // The app is served under the long name through the test's router; a service worker would bypass it.
  test.use({ serviceWorkers: 'block' })

  test('ballot cards print eight to an A4 sheet, each with its code, QR and whole link inside the card', async ({ page, server }, testInfo) => {
    await page.context().route(`${LONG_HOST}/**`, async (route) => {
      const url = new URL(route.request().url())
      await route.fulfill({ response: await route.fetch({ url: `${server.url}${url.pathname}${url.search}` }) })
    })
    await page.goto(`${LONG_HOST}/`)
    await fillSetup(page, await server.setupToken)
    await expect(page.getByRole('heading', { name: 'Программы наставничества' })).toBeVisible()
    await createProgram(page, 'Учитель — ученик')
    await createCampaign(page, 'Учитель — ученик')
    const codes = await issueCards(page, 9)

    await page.emulateMedia({ media: 'print' })
    const link = page.getByRole('article', { name: `Карточка ${codes[0]}` }).locator('.cut-card__link')
    await expect(link).toHaveText(`${LONG_HOST}/s/${codes[0]}`)
    const card = await page.getByRole('article', { name: `Карточка ${codes[0]}` }).boundingBox()
    const linkBox = await link.boundingBox()
    expect(linkBox!.x).toBeGreaterThanOrEqual(card!.x)
    expect(linkBox!.x + linkBox!.width).toBeLessThanOrEqual(card!.x + card!.width)
    expect(linkBox!.y + linkBox!.height).toBeLessThanOrEqual(card!.y + card!.height)
    expect(await partsOutsideCards(page)).toEqual([])
    // The link wraps only after «/» or «.»: each line of it ends with one (but the last).
    const lines = await link.evaluate((el) => {
      const tops = new Map<number, string>()
      for (const piece of el.querySelectorAll('.card-link__piece')) {
        const top = Math.round(piece.getBoundingClientRect().top)
        tops.set(top, (tops.get(top) ?? '') + piece.textContent)
      }
      return [...tops.values()]
    })
    expect(lines.length).toBeGreaterThan(1)
    lines.slice(0, -1).forEach(line => expect(line).toMatch(/[/.]$/))

    const pdf = await page.pdf({ format: 'A4', printBackground: true, path: testInfo.outputPath('ballots.pdf') })
    // Nine cards: eight on the first sheet, the ninth alone on the second.
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(2)
  })
})
