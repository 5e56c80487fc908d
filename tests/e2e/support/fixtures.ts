import { test as base, expect, type Page } from '@playwright/test'
import { type RunningServer, startServer } from './server.ts'

export const CURATOR = { school: 'МОБУ «СОШ № 17 «Родник»', name: 'Владимирова Ольга Викторовна', login: 'kurator', password: 'nastavnik-2026' }

/** Each test gets its own server process, database and copy of the built app. */
export const test = base.extend<{ server: RunningServer }>({
  server: async ({}, use) => {
    const server = await startServer()
    await use(server)
    await server.stop()
  },
  baseURL: async ({ server }, use) => {
    await use(server.url)
  },
})
export { expect }

/** The setup page, filled as the first curator would. */
export async function fillSetup(page: Page, token: string): Promise<void> {
  await page.getByLabel('Название школы').fill(CURATOR.school)
  await page.getByLabel('ФИО куратора').fill(CURATOR.name)
  await page.getByLabel('Логин').fill(CURATOR.login)
  await page.getByLabel('Пароль').fill(CURATOR.password)
  await page.getByLabel('Код установки').fill(token)
  await page.getByRole('button', { name: 'Создать школу' }).click()
}

/** A fresh server set up through its setup page, the curator signed in, the service worker in control. */
export async function openAsCurator(page: Page, server: RunningServer): Promise<void> {
  await page.goto('/')
  await fillSetup(page, await server.setupToken)
  await expect(page.getByRole('heading', { name: 'Программы наставничества' })).toBeVisible()
  await page.evaluate(() => navigator.serviceWorker.ready)
  await page.reload()
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
}

export function statusStrip(page: Page) {
  return page.getByRole('status').filter({ hasText: /В сети|Нет сети/ })
}

/**
 * «Синхронизировать». Below the desk's width the status is one line whose details hold the button: opened, the
 * button pressed, closed again, so the line shows how the sync goes and its words are on the page once.
 */
export async function syncNow(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Синхронизировать' })
  if (await button.isVisible())
    return button.click()
  const line = statusStrip(page).getByRole('button')
  await line.click()
  await button.click()
  await line.click()
}
