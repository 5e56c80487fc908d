import type { Browser, Page } from '@playwright/test'
import type { RunningServer } from './server.ts'
import { BUILTIN_TEMPLATES } from '../../../src/shared/surveys/builtinTemplates.ts'
import { expect, syncNow } from './fixtures.ts'

const MENTEE_EXIT = BUILTIN_TEMPLATES.find(t => t.slug === 'mentee-exit')!

/** A questionnaire made from a built-in one, and an anonymous campaign of it, through the curator's screens. */
export async function createCampaign(page: Page, program: string): Promise<void> {
  await page.getByRole('link', { name: 'Анкеты', exact: true }).click()
  await page.getByRole('link', { name: `Создать на основе: ${MENTEE_EXIT.name}` }).click()
  await expect(page.getByLabel('Название')).toHaveValue(MENTEE_EXIT.name)
  await page.getByRole('button', { name: 'Сохранить' }).click()
  await page.getByRole('link', { name: 'Новое анкетирование' }).click()
  // The form loads lazily; until it is there, «Анкета» would also find the list's links.
  await expect(page.getByRole('heading', { name: 'Новое анкетирование' })).toBeVisible()
  await page.getByRole('combobox', { name: 'Анкета' }).selectOption({ label: `${MENTEE_EXIT.name} (версия 1)` })
  await page.getByRole('checkbox', { name: program, exact: true }).check()
  await expect(page.getByLabel('Этап')).toHaveValue('exit')
  await page.getByRole('button', { name: 'Сохранить' }).click()
  await expect(page.getByText(MENTEE_EXIT.name).first()).toBeVisible()
  await syncNow(page)
  await expect(page.getByText('Всё отправлено')).toBeVisible()
}

/** Prints (shows) the cards and reads their codes off the sheet. */
export async function issueCards(page: Page, count: number): Promise<string[]> {
  await page.getByRole('link', { name: 'Карточки' }).click()
  await expect(page.getByLabel('Сколько карточек')).toBeVisible()
  await page.getByLabel('Сколько карточек').fill(String(count))
  await page.getByRole('button', { name: 'Выпустить карточки' }).click()
  await expect(page.getByRole('article')).toHaveCount(count)
  await expect(page.getByRole('img', { name: 'QR-код анкеты' }).first()).toBeVisible()
  const labels = await page.getByRole('article').evaluateAll(cards => cards.map(c => c.getAttribute('aria-label') ?? ''))
  return labels.map(label => label.replace('Карточка ', ''))
}

/** A respondent's phone: no account, its own context, the service worker in control after the first open. */
export async function openOnPhone(browser: Browser, server: RunningServer, code: string): Promise<Page> {
  const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 640 }, locale: 'ru-RU', serviceWorkers: 'allow' })
  const phone = await context.newPage()
  await phone.goto(`${server.url}/s/${code}`)
  await expect(phone.getByRole('heading', { name: MENTEE_EXIT.name })).toBeVisible()
  await phone.evaluate(() => navigator.serviceWorker.ready)
  await phone.reload()
  await expect.poll(() => phone.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
  return phone
}

/** Answers every question: 8 on each scale, the first choice of each single choice; the rest left blank. */
export async function answerAll(phone: Page): Promise<void> {
  for (const group of await phone.getByRole('group').all()) {
    const radios = group.getByRole('radio')
    const count = await radios.count()
    if (count === 10)
      await group.getByRole('radio', { name: '8', exact: true }).check()
    else if (count > 0)
      await radios.first().check()
  }
}

/** The same answers as a phone would send them, for the other cards. */
export async function answerByApi(server: RunningServer, code: string, score: number): Promise<number> {
  const answers = Object.fromEntries(MENTEE_EXIT.items.filter(i => i.required).map(i => [i.key, i.kind === 'scale' ? score : i.options![0]!]))
  const response = await fetch(`${server.url}/api/surveys/answer`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, templateVersion: 1, answers }),
  })
  return response.status
}
