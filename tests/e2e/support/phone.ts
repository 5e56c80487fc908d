import type { Browser, Page } from '@playwright/test'
import type { RunningServer } from './server.ts'
import { addPerson, createPair, createProgram, grantAccess } from './curator.ts'
import { expect, openAsCurator } from './fixtures.ts'

export const MENTOR = 'Иванова Мария Петровна'
export const OTHER_MENTOR = 'Сидоров Олег Иванович'
export const MENTEE = 'Петров Николай'
const PROGRAM = 'Ученик – ученик 2026/27'

/** A school set up by its curator: a program, two mentors, a mentee in a pair, and access for the first mentor. */
export async function schoolWithPair(page: Page, server: RunningServer): Promise<{ link: string, code: string }> {
  await openAsCurator(page, server)
  await createProgram(page, PROGRAM)
  await addPerson(page, { name: MENTOR, mentor: true })
  await addPerson(page, { name: OTHER_MENTOR, mentor: true })
  await addPerson(page, { name: MENTEE, classGroup: '7А' })
  await createPair(page, PROGRAM, MENTOR, [MENTEE])
  return grantAccess(page, MENTOR)
}

/** The mentor's phone: its own context (360×640, touch), enrolled, the service worker in control. */
export async function enrollPhone(browser: Browser, enroll: (phone: Page) => Promise<void>): Promise<Page> {
  const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 640 }, locale: 'ru-RU', serviceWorkers: 'allow' })
  const phone = await context.newPage()
  await enroll(phone)
  await expect(phone.getByRole('heading', { name: 'Мои пары' })).toBeVisible()
  await expect(phone.getByRole('link', { name: new RegExp(MENTEE) })).toBeVisible()
  // No reload: the first install takes the open page, so a mentor who walks out of the Wi-Fi right after enrolling
  // still opens every screen from the precache. Installing is precaching the whole app: on a loaded machine, seconds.
  await phone.evaluate(() => navigator.serviceWorker.ready)
  await expect.poll(() => phone.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
  return phone
}

export async function logMeeting(phone: Page, topic: string): Promise<void> {
  await phone.getByRole('link', { name: 'Записать встречу' }).tap()
  await phone.getByLabel('Тема').fill(topic)
  await phone.getByRole('button', { name: 'Сохранить' }).tap()
  await expect(phone.getByRole('link', { name: new RegExp(topic) })).toBeVisible()
}

/**
 * Controls shown on the page smaller than a thumb (44 px either way), by their opening tags for the failure's
 * message. A box, a round choice or a file picker inside its label is measured as the label: a tap anywhere on
 * it ticks (or opens).
 */
export function smallTapTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('a, button, input, select, textarea, summary')]
    .filter((el) => {
      const label = el.matches('[type=checkbox], [type=radio], [type=file]') ? el.closest('label') : null
      const r = (label ?? el).getBoundingClientRect()
      return r.width > 0 && r.right > 0 && (r.height < 44 || r.width < 44)
    }).map(el => el.outerHTML.slice(0, 80)))
}
