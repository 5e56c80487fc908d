import type { BrowserContext, Page } from '@playwright/test'
import { expect, test } from './support/fixtures.ts'
import { enrollPhone, MENTEE, schoolWithPair } from './support/phone.ts'

/** What a prankster types into a free-text field: it must come back as these very characters. */
const hostile = (what: string) => `${what} <img src=x onerror=alert(1)><script>alert(2)</script>`

const CURATOR_SCREENS = [
  '/programs', '/partners', '/people', '/pairs', '/meetings', '/users', '/people/import', '/consents/import', '/exports', '/surveys',
  '/surveys/templates/new', '/surveys/campaigns/new', '/surveys/summary', '/monitoring', `/monitoring/indicators/${new Date().getFullYear()}`,
  '/monitoring/definitions', '/monitoring/definitions/new', '/monitoring/definitions/paste',
  '/monitoring/awards', '/monitoring/awards/new', '/monitoring/practices', '/monitoring/practices/new', '/reports/spravka', '/reports/order',
  '/reports', '/reports/appointment', '/reports/journal',
  '/audit', '/settings',
]
const MENTOR_SCREENS = ['/my', '/my/surveys', '/settings']

/** Every dialog (an alert() that ran) and every request to a host other than the app's own server. */
function watch(context: BrowserContext, origin: string, seen: { dialogs: string[], foreign: string[] }): void {
  context.on('request', (request) => {
    const url = new URL(request.url())
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin)
      seen.foreign.push(request.url())
  })
  context.on('page', page => page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message())
    void dialog.dismiss()
  }))
}

async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path)
  await expect(page.getByRole('heading').first(), path).toBeVisible()
}

async function fillAndSave(page: Page, path: string, fields: Record<string, string>): Promise<void> {
  await visit(page, path)
  // A required field's label ends in « *».
  for (const [label, value] of Object.entries(fields))
    await page.getByLabel(label, { exact: true }).or(page.getByLabel(`${label} *`, { exact: true })).fill(value)
  await page.getByRole('button', { name: 'Сохранить' }).click()
  // Saved once the form leaves: a navigation started before would cut the write short.
  await page.waitForURL(url => url.pathname !== path)
}

test('markup typed into free text shows as text, no script runs, and no screen asks another host for anything', async ({ page, browser, server }) => {
  // Every screen of three roles, a phone enrolled and its service worker installed: about 45 s alone, more
  // beside another worker on 2 cores.
  test.setTimeout(150_000)
  const seen = { dialogs: [] as string[], foreign: [] as string[] }
  const origin = new URL(server.url).origin
  watch(page.context(), origin, seen)
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  const { code } = await schoolWithPair(page, server)

  const program = hostile('Программа')
  await fillAndSave(page, '/programs/new', { 'Название': program, 'Цели и задачи': hostile('Цели') })
  await expect(page.getByText(program)).toBeVisible()
  await page.getByRole('link', { name: program }).click()
  await expect(page.getByLabel('Цели и задачи', { exact: true })).toHaveValue(hostile('Цели'))

  const person = hostile('Участник')
  await fillAndSave(page, '/people/new', { 'ФИО': person, 'Заметки куратора': hostile('Заметки') })
  await visit(page, '/people')
  await expect(page.getByText(person)).toBeVisible()
  await page.getByRole('link', { name: person }).click()
  await expect(page.getByLabel('Заметки куратора', { exact: true })).toHaveValue(hostile('Заметки'))

  const partner = hostile('Партнёр')
  await fillAndSave(page, '/partners/new', { Название: partner })
  await visit(page, '/partners')
  await expect(page.getByText(partner)).toBeVisible()

  for (const path of CURATOR_SCREENS)
    await visit(page, path)
  // The public answer page, with a code no card has.
  await page.goto('/s/ABCD-EFGH-JKLM')
  await expect(page.getByRole('alert')).toContainText('Такого кода нет')
  await expect(page.locator('img[src="x"]')).toHaveCount(0)

  const phone = await enrollPhone(browser, async (p) => {
    watch(p.context(), origin, seen)
    p.on('dialog', (dialog) => {
      seen.dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await p.goto(`${server.url}/enroll`)
    await p.getByLabel('Код').fill(code)
    await p.getByRole('button', { name: 'Войти' }).tap()
  })
  await phone.getByRole('link', { name: new RegExp(MENTEE) }).tap()
  await phone.getByRole('link', { name: 'Записать встречу' }).tap()
  const topic = hostile('Тема')
  await phone.getByLabel('Тема').fill(topic)
  await phone.getByLabel('Заметки').fill(hostile('Заметки встречи'))
  await phone.getByRole('button', { name: 'Сохранить' }).tap()
  await expect(phone.getByText(topic)).toBeVisible()
  await phone.getByRole('link', { name: topic }).tap()
  await expect(phone.getByLabel('Заметки')).toHaveValue(hostile('Заметки встречи'))
  for (const path of MENTOR_SCREENS)
    await visit(phone, path)
  await expect(phone.locator('img[src="x"]')).toHaveCount(0)

  expect(seen.dialogs).toEqual([])
  expect(seen.foreign).toEqual([])
})
