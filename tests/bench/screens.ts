import type { Page } from '@playwright/test'
import type { BenchConfig } from './config.ts'
import type { Fixture } from './fixture.ts'
import { repeat, type Stat } from './stats.ts'
import { launchChromium } from './sync-browser.ts'

/** The curator's heaviest screens on the big school, each with the element that means «its data is on screen». */
export const SCREENS = [
  { figure: 'peopleScreenMs', path: '/people', data: '.list li' },
  { figure: 'pairsScreenMs', path: '/pairs', data: '.list li' },
  { figure: 'journalScreenMs', path: '/meetings', data: '.list li' },
  { figure: 'monitoringScreenMs', path: '/monitoring', data: '.indicators-table tbody tr' },
] as const

export type ScreenFigures = Record<typeof SCREENS[number]['figure'], Stat>

/**
 * In the page: click the menu link, then wait frame by frame for the data element. The time is from the click
 * to the first frame that has it, so it covers the route's chunk, the Dexie queries and Vue's render. A string,
 * because tsx's name-keeping helpers do not exist in the page.
 */
const openFromMenu = (path: string, data: string) => `new Promise((resolve, reject) => {
  const link = document.querySelector(${JSON.stringify(`nav a[href="${path}"]`)})
  if (!link)
    return reject(new Error('no menu link to ${path}'))
  const started = performance.now()
  link.click()
  const frame = () => document.querySelector(${JSON.stringify(data)}) ? resolve(performance.now() - started) : requestAnimationFrame(frame)
  requestAnimationFrame(frame)
})`

async function signInAndSync(page: Page, fixture: Fixture): Promise<void> {
  await page.goto(`${fixture.url}/login`)
  await page.getByLabel('Логин').fill(fixture.curator.login)
  await page.getByLabel('Пароль').fill(fixture.curator.password)
  await page.getByRole('button', { name: 'Войти' }).click()
  await page.getByText('Синхронизировано:').waitFor({ timeout: 120_000 })
}

/**
 * The built app as the big school's curator on a 1280×800 desktop, after its first full sync: each screen opened
 * from the menu (from a page with no list, so nothing of the previous screen counts), warm-up first.
 */
export async function measureCuratorScreens(fixture: Fixture, config: BenchConfig): Promise<ScreenFigures> {
  const browser = await launchChromium()
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU', serviceWorkers: 'block' })
    const page = await context.newPage()
    await signInAndSync(page, fixture)
    const figures: Partial<ScreenFigures> = {}
    for (const screen of SCREENS) {
      const open = async () => {
        await page.goto(`${fixture.url}/settings`)
        await page.locator(`nav a[href="${screen.path}"]`).waitFor()
        return page.evaluate<number>(openFromMenu(screen.path, screen.data))
      }
      await open() // warm-up: the route's chunk into the HTTP cache, Chromium's JIT
      figures[screen.figure] = await repeat(config.runs.screen, open)
    }
    return figures as ScreenFigures
  } finally {
    await browser.close()
  }
}
