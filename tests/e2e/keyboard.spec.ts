import type { Page } from '@playwright/test'
import { go, hrefOf, ZOOMED } from './support/accessibility.ts'
import { demoSchool, DESK, signIn } from './support/demoSchool.ts'
import { expect, test } from './support/fixtures.ts'

/** A control of the page's content: its mark, how it reads in a failure, its radio group (Tab stops once in a group). */
interface Control { mark: string, name: string, group?: string }
/**
 * Where Tab put the focus: the control's mark, whether it matches :focus-visible, its outline and shadow then, and
 * whether the phone's menu, fixed at the bottom, covers it.
 */
interface Stop { mark: string, visible: boolean, ring: string, underMenu: boolean }

/**
 * In the page: the focused control's stop (none when the focus is out of `main`), or, with `blurred`, the focus
 * dropped, every marked control's look — the outline and shadow that tell a focused control from the others.
 */
function look(main: Element, blurred: boolean): Stop[] {
  const ring = (el: Element) => {
    const style = getComputedStyle(el)
    return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} / ${style.boxShadow}`
  }
  const focused = document.activeElement as HTMLElement | null
  // A date field's calendar button, inside the field, has the focus: the field matches :focus-within, not :focus-visible.
  const keyboardFocus = (el: Element) => el.matches(':focus-visible') || !el.matches(':focus')
  // The menu is a column at the desk (its top at 0) and a bar at the bottom of a narrower screen.
  const menu = document.querySelector('.app-nav')?.getBoundingClientRect()
  const underMenu = (el: Element) => {
    if (!menu || menu.top <= 0)
      return false
    const box = el.getBoundingClientRect()
    // A control that fits above the menu shows whole; a taller one (a textarea) shows its first line, the caret's.
    return box.height < menu.top / 2 ? box.bottom > menu.top + 1 : box.top + 24 > menu.top
  }
  if (!blurred)
    return focused && main.contains(focused) ? [{ mark: focused.dataset.tabMark ?? `unmarked ${focused.tagName.toLowerCase()}`, visible: keyboardFocus(focused), ring: ring(focused), underMenu: underMenu(focused) }] : []
  focused?.blur()
  return [...main.querySelectorAll<HTMLElement>('[data-tab-mark]')].map(el => ({ mark: el.dataset.tabMark!, visible: false, ring: ring(el), underMenu: false }))
}

/** Every control in <main> that Tab should stop on (shown, enabled, not taken out of the order), marked. */
function controls(page: Page): Promise<Control[]> {
  return page.locator('main').evaluate((main) => {
    const tabbable = [...main.querySelectorAll<HTMLElement>('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]')]
      .filter(el => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.checkVisibility({ visibilityProperty: true }))
    return tabbable.map((el, index) => {
      el.dataset.tabMark = String(index)
      const name = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? ''
      return { mark: String(index), name: `${el.tagName.toLowerCase()} «${name.trim().slice(0, 40)}»`, group: el.matches('input[type=radio][name]:not([name=""])') ? (el as HTMLInputElement).name : undefined }
    })
  })
}

/**
 * Tab from the start of <main> until the focus leaves it: each stop, and then each control's look unfocused.
 * A date field's day, month and year are stops of one input.
 */
async function tabThrough(page: Page, count: number): Promise<{ stops: Stop[], unfocused: Map<string, string> }> {
  const main = page.locator('main')
  await main.focus()
  const stops: Stop[] = []
  for (let presses = 0; presses < count * 4 + 10; presses++) {
    await page.keyboard.press('Tab')
    const [stop] = await main.evaluate(look, false)
    if (!stop)
      break
    stops.push(stop)
  }
  const unfocused = (await main.evaluate(look, true)).map(({ mark, ring }) => [mark, ring] as const)
  return { stops, unfocused: new Map(unfocused) }
}

/**
 * Issue #20 (ГОСТ Р 52872-2019; WCAG 2.1.1 keyboard, 2.4.7 focus visible, 2.4.11 focus not obscured): a curator without a mouse fills the
 * forms used most — a person's card, a pair, a meeting of the paper journal — at the desk and at 200 % zoom, in
 * both themes. Tab from the start of the page's
 * content reaches every control on it, and the focused control is drawn apart: it matches :focus-visible, and
 * its outline or shadow, which must be there, differs from its look unfocused.
 */
test('keyboard: Tab reaches every control of the person, pair and meeting forms, each focus visible', async ({ browser, server }) => {
  test.setTimeout(180_000)
  const school = await demoSchool(server)
  const page = await signIn(browser, server, 'kurator', 'Программы наставничества')
  await menuBeforePage(page)
  await go(page, '/pairs')
  const pair = await hrefOf(page, /^\/pairs\/[0-9a-f-]{36}$/, school.mentor)
  await go(page, '/people')
  const person = await hrefOf(page, /^\/people\/[0-9a-f-]{36}$/, school.mentor)

  // At the desk in the light theme, then at 200 % zoom in the dark one: its own colours, its own layout of the form.
  const passes = [[DESK, 'light'], [ZOOMED, 'dark']] as const
  for (const [viewport, colorScheme] of passes) {
    await page.setViewportSize(viewport)
    await page.emulateMedia({ colorScheme })
    for (const form of [person, pair, `${pair}/meetings/new`])
      await tabsThroughForm(page, form, `${form} @${viewport.width} ${colorScheme}`)
  }
})

/**
 * At the desk the menu is a column left of the page: Tab meets the skip link, then the menu, then the page (WCAG
 * 2.4.3 focus order), and the skip link passes over the menu into the page.
 */
async function menuBeforePage(page: Page): Promise<void> {
  const focusedIn = () => page.evaluate(() => {
    const focused = document.activeElement
    return focused?.closest('nav.app-nav') ? 'menu' : focused?.closest('main') ? 'page' : focused?.className ?? ''
  })
  // A page loaded afresh has the focus nowhere: the first Tab goes to the document's first control.
  await page.reload()
  await expect(page.locator('nav.app-nav')).toBeVisible()
  await page.keyboard.press('Tab')
  expect(await focusedIn()).toBe('skip-link')
  let reached = ''
  for (let presses = 0; presses < 10 && reached !== 'menu' && reached !== 'page'; presses++) {
    await page.keyboard.press('Tab')
    reached = await focusedIn()
  }
  expect(reached, 'what Tab reaches first after the skip link and the header').toBe('menu')
  await page.locator('.skip-link').focus()
  await page.keyboard.press('Enter')
  expect(await focusedIn()).toBe('page')
}

/** Tab through a form's page: every control reached, each focus drawn apart from its look unfocused. */
async function tabsThroughForm(page: Page, path: string, label: string): Promise<void> {
  await go(page, path)
  await expect(page.locator('main form button[type=submit]').first()).toBeEnabled()
  // An edit page lays its form out again once its record is read (a teacher's card drops the pupil's class and
  // birth date): the controls are taken once they stay the same for a quarter of a second.
  let before = ''
  await expect.poll(async () => {
    const now = await page.locator('main').evaluate(main => [...main.querySelectorAll<HTMLInputElement>('input, select, textarea, button')]
      .map(el => `${el.tagName}:${el.value}:${el.checkVisibility()}`).join('|'))
    const same = now === before
    before = now
    return same
  }, { intervals: [250] }).toBe(true)
  const all = await controls(page)
  const { stops, unfocused } = await tabThrough(page, all.length)
  const reached = new Set(stops.map(stop => stop.mark))
  const reachedGroups = new Set(all.filter(control => control.group && reached.has(control.mark)).map(control => control.group))
  const missed = all.filter(control => !reached.has(control.mark) && !(control.group && reachedGroups.has(control.group)))
  expect.soft(missed.map(control => control.name), `${label}: controls Tab does not reach`).toEqual([])

  const hidden = stops.filter((stop) => {
    const [outlineStyle, outlineWidth] = stop.ring.split(' ')
    const drawn = (outlineStyle !== 'none' && Number.parseFloat(outlineWidth!) >= 2) || !stop.ring.endsWith('/ none')
    return !stop.visible || !drawn || stop.ring === unfocused.get(stop.mark)
  })
  const named = (mark: string) => all.find(control => control.mark === mark)?.name ?? mark
  expect.soft([...new Set(hidden.map(stop => `${named(stop.mark)}: ${stop.ring}`))], `${label}: focus not shown`).toEqual([])
  expect.soft(stops.filter(stop => stop.underMenu).map(stop => named(stop.mark)), `${label}: focus under the bottom menu`).toEqual([])
  expect(stops.length, `${label}: Tab stops in the page's content`).toBeGreaterThan(3)
}
