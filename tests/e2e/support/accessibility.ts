import type { Page } from '@playwright/test'
import type { App } from 'vue'
import AxeBuilder from '@axe-core/playwright'
import { expect } from './fixtures.ts'

/**
 * WCAG 2.1 A and AA, what ГОСТ Р 52872-2019 asks of a public service's pages, and axe-core's best practices
 * (unique landmarks, heading order…): DESIGN.md's budget is no violation of axe-core's rules at all.
 */
const RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']
/** What a theme changes on a page, its colours: the rules a page scanned at its size in the other theme still needs. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block']
/** A 1366×768 school screen zoomed to 200 % (WCAG 1.4.4 and 1.4.10): the page must reflow, not scroll sideways. */
export const ZOOMED = { width: 683, height: 384 }

/** What every page visited showed wrong, as lines of one failure report: route, viewport, rule, elements. */
export interface Findings {
  violations: string[]
  overflow: string[]
}
export const noFindings = (): Findings => ({ violations: [], overflow: [] })

/** Two frames: a resized page has laid itself out again by then. */
const settle = (page: Page) => page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))))

/** The elements past the right edge that hold no other such element: what makes the page scroll sideways. */
export function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const edge = document.documentElement.clientWidth
    if (document.documentElement.scrollWidth <= edge)
      return []
    const past = [...document.body.querySelectorAll('*')].filter(el => el.getBoundingClientRect().right > edge + 0.5)
    return past.filter(el => !past.some(other => other !== el && el.contains(other))).slice(0, 3)
      .map(el => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${Math.round(el.getBoundingClientRect().right)} px of ${edge})`)
  })
}

async function overflowAt(page: Page, where: string, findings: Findings): Promise<void> {
  const past = await overflowing(page)
  if (past.length)
    findings.overflow.push(`${where}: ${past.join(', ')}`)
}

/** How much of a page `scan` checks again: see `scan`. */
export interface Rescan {
  /** The sideways scroll at 200 % zoom too (not when that zoom's layout was seen already). */
  reflow?: boolean
  /** The page was scanned at this size in the other theme: only its colours, the layout being the same. */
  otherTheme?: boolean
}

/**
 * axe-core on the page as it stands, then the sideways scroll at its size and at 200 % zoom; `label` says which
 * page and state. axe-core is sent into the page once: it stays there while the app moves from route to route.
 */
export async function scan(page: Page, label: string, findings: Findings, { reflow = true, otherTheme = false }: Rescan = {}): Promise<void> {
  const { width, height } = page.viewportSize()!
  const injected = await page.evaluate(() => 'axe' in window)
  // Violations only: every passing node's result sent back to Node took as long again as axe's own run on a long list.
  const axe = new AxeBuilder({ page, axeSource: injected ? ';' : undefined }).setLegacyMode(true).options({ resultTypes: ['violations'] })
  const { violations } = await (otherTheme ? axe.withRules(COLOUR_RULES) : axe.withTags(RULES)).analyze()
  for (const v of violations)
    findings.violations.push(`${label} @${width} ${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(' | ')}`)
  // Radios with no name are a Tab stop each and the arrows do not move between them; axe-core does not ask.
  const unnamed = await page.locator('input[type=radio]:not([name]), input[type=radio][name=""]').count()
  if (unnamed)
    findings.violations.push(`${label} @${width} radio-group: ${unnamed} radio buttons in no named group`)
  if (otherTheme)
    return
  await overflowAt(page, `${label} @${width}`, findings)
  if (reflow && width !== ZOOMED.width) {
    // 200 % of this screen: the desk's 1366 px read as 683, a phone's 360 as 180.
    const zoomed = { width: Math.round(width / 2), height: Math.round(height / 2) }
    await page.setViewportSize(zoomed)
    await settle(page)
    await overflowAt(page, `${label} @${zoomed.width}`, findings)
    await page.setViewportSize({ width, height })
    await settle(page)
  }
}

/**
 * Opens a route as the app's own links do (its router): a reload per route would start the app and sync each
 * time, for nothing. By address on a fresh page.
 */
export async function go(page: Page, path: string): Promise<void> {
  if (!page.url().startsWith('http'))
    return void await page.goto(path)
  await page.evaluate(to => (document.querySelector('#app') as { __vue_app__?: App } | null)!.__vue_app__!.config.globalProperties.$router.push(to), path)
}

/**
 * Opens a route, waits for its heading, checks the page was not sent elsewhere (`lands` where a redirect is
 * meant), waits for `ready` (text that shows the data has come) and scans it.
 */
export async function visit(page: Page, path: string, findings: Findings, options: Rescan & { lands?: string, ready?: string, label?: string } = {}): Promise<void> {
  await go(page, path)
  await expect(page.locator('h1').first(), `${path}: a heading`).toBeVisible()
  expect(new URL(page.url()).pathname, `${path}: not sent elsewhere`).toBe(options.lands ?? path)
  if (options.ready)
    await expect(page.getByText(options.ready).first(), `${path}: its data`).toBeVisible()
  await scan(page, options.label ? `${path} (${options.label})` : path, findings, options)
}

/**
 * The path of the first link on the page to match (a record's page, found on its list), text too if given; its query
 * (the journal's `?back=`, where its form returns) is the way back, not the record's address.
 */
export async function hrefOf(page: Page, address: RegExp, text?: string): Promise<string> {
  let href: string | undefined
  await expect.poll(async () => {
    const links = await page.locator('a[href]').evaluateAll(as => as.map(a => [new URL(a.getAttribute('href')!, location.href).pathname, a.textContent ?? ''] as const))
    href = links.find(([h, t]) => address.test(h) && (!text || t.includes(text)))?.[0]
    return href
  }, `a link to ${address}${text ? ` with «${text}»` : ''}`).toBeDefined()
  return href!
}
