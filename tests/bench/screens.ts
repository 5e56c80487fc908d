import type { Page } from '@playwright/test'
import type { BenchConfig } from './config.ts'
import type { Fixture } from './fixture.ts'
import { repeat, type Stat } from './stats.ts'
import { launchChromium } from './sync-browser.ts'

/** The curator's heaviest screens on the big school, each with the element that means «its data is on screen». */
export const SCREENS = [
  { figure: 'peopleScreenMs', path: '/people', data: '.people-table tbody tr' },
  { figure: 'pairsScreenMs', path: '/pairs', data: '.pairs-table tbody tr' },
  { figure: 'journalScreenMs', path: '/meetings', data: '.journal-table tbody tr' },
  { figure: 'monitoringScreenMs', path: '/monitoring', data: '.indicators-table tbody tr' },
] as const

/**
 * A desktop table re-sorted by a column head's click: the people (600 rows, sorted in memory) and the journal
 * (10,000 meetings; another column than the date reads every one of them).
 */
export const SORTS = [
  { figure: 'peopleSortMs', path: '/people', column: 'Возраст', rows: '.people-table tbody tr' },
  { figure: 'journalSortMs', path: '/meetings', column: 'Наставник', rows: '.journal-table tbody tr' },
] as const

export type ScreenFigures = Record<typeof SCREENS[number]['figure'] | typeof SORTS[number]['figure'], Stat>

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

/**
 * In the page: click the column's head, then wait frame by frame until the column says it is sorted and the first
 * row is another one. Each click alternates the direction, so each run sorts anew.
 */
const sortByColumn = (column: string, rows: string) => `new Promise((resolve, reject) => {
  const button = document.querySelector(${JSON.stringify(`thead button[title="Сортировать: ${column}"]`)})
  const first = () => document.querySelector(${JSON.stringify(rows)})?.textContent
  if (!button)
    return reject(new Error('no column ${column}'))
  const before = first()
  const started = performance.now()
  button.click()
  const frame = () => button.closest('th').hasAttribute('aria-sort') && first() !== before ? resolve(performance.now() - started) : requestAnimationFrame(frame)
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
 * The built app as the big school's curator on a 1366×768 school computer, after its first full sync: each screen
 * opened from the menu (from a page with no list, so nothing of the previous screen counts), warm-up first; then
 * the sorts.
 */
export async function measureCuratorScreens(fixture: Fixture, config: BenchConfig): Promise<ScreenFigures> {
  const browser = await launchChromium()
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'ru-RU', serviceWorkers: 'block' })
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
    for (const sort of SORTS) {
      await page.goto(`${fixture.url}${sort.path}`)
      await page.locator(sort.rows).first().waitFor()
      const click = () => page.evaluate<number>(sortByColumn(sort.column, sort.rows))
      await click() // warm-up
      figures[sort.figure] = await repeat(config.runs.screen, click)
    }
    return figures as ScreenFigures
  } finally {
    await browser.close()
  }
}
