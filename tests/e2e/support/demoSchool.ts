import type { Browser, BrowserContext, Page } from '@playwright/test'
import type { Role } from '../../../src/shared/roles.ts'
import { runAdmin } from '../../server/helpers/admin.ts'
import { expect } from './fixtures.ts'
import { type RunningServer, SCHOOL_TIME_ZONE } from './server.ts'

const PASSWORD = 'demo-nastavnik-2026'
export const DESK = { width: 1366, height: 768 }
const PHONE = { width: 360, height: 640 }

export interface DemoSchool {
  schoolId: string
  /** The ready-made mentor's name and the one-time link that enrolls their phone. */
  mentor: string
  enrollPath: string
}

async function admin(server: RunningServer, args: string[], input?: string): Promise<string> {
  const result = await runAdmin(args, { DATA_DIR: server.dataDir }, input)
  expect(result.code, result.stderr).toBe(0)
  return result.stdout
}

/**
 * A small demo school made by the admin CLI beside the running server: programmes with roadmaps, partners,
 * people with consents, pairs with plans and meetings, awards, practices and answered anonymous surveys.
 */
export async function demoSchool(server: RunningServer): Promise<DemoSchool> {
  const out = await admin(server, ['demo', '--people', '40', '--pairs', '12', '--meetings', '80', '--cards', '12', '--login', 'kurator', '--password', PASSWORD])
  const [, mentor, enrollPath] = /Наставник (.+?): код \S+, ссылка https?:\/\/[^/]+(\/enroll\/\S+)/.exec(out)!
  const schoolId = /^([0-9a-f-]{36})\s/m.exec(await admin(server, ['list-schools']))![1]!
  return { schoolId, mentor: mentor!, enrollPath: enrollPath! }
}

/** An observer's or a regional operator's account, signing in with the curator's password. */
export async function staffAccount(server: RunningServer, school: DemoSchool, role: Role, login: string): Promise<string> {
  await admin(server, ['create-user', '--school', school.schoolId, '--name', `Учётная запись: ${login}`, '--role', role, '--login', login], `${PASSWORD}\n`)
  return login
}

/** A mentee's account for a person card, and the one-time link that enrolls their phone. */
export async function menteeEnrollPath(server: RunningServer, school: DemoSchool, personId: string): Promise<string> {
  const userId = (await admin(server, ['create-user', '--school', school.schoolId, '--name', 'Наставляемый', '--role', 'mentee', '--person', personId])).trim()
  return /^path:\s+(\S+)/m.exec(await admin(server, ['enroll', '--user', userId]))![1]!
}

function newContext(browser: Browser, server: RunningServer, viewport: typeof DESK): Promise<BrowserContext> {
  const phone = viewport.width < 600
  return browser.newContext({ baseURL: server.url, viewport, isMobile: phone, hasTouch: phone, locale: 'ru-RU', timezoneId: SCHOOL_TIME_ZONE })
}

/** A school computer signed in with a login (its screen at 100 % unless told), the role's home page open. */
export async function signIn(browser: Browser, server: RunningServer, login: string, home: string, viewport = DESK): Promise<Page> {
  const page = await (await newContext(browser, server, viewport)).newPage()
  await page.goto('/login')
  await page.getByLabel('Логин').fill(login)
  await page.getByLabel('Пароль').fill(PASSWORD)
  await page.getByRole('button', { name: 'Войти' }).click()
  await expect(page.getByRole('heading', { name: home })).toBeVisible()
  return page
}

/** A phone enrolled by its one-time link. */
export async function enroll(browser: Browser, server: RunningServer, path: string, home: string): Promise<Page> {
  const page = await (await newContext(browser, server, PHONE)).newPage()
  await page.goto(path)
  await expect(page.getByRole('heading', { name: home })).toBeVisible()
  return page
}

/** Nobody signed in: the setup, sign-in and enrolment pages and a survey card's link. */
export async function signedOut(browser: Browser, server: RunningServer): Promise<Page> {
  return (await newContext(browser, server, PHONE)).newPage()
}
