import { go, overflowing } from './support/accessibility.ts'
import { demoSchool, signIn } from './support/demoSchool.ts'
import { expect, test } from './support/fixtures.ts'

/** The curator's registries, each a table on the desk (issue #20). */
const REGISTRIES = ['/people', '/pairs', '/meetings', '/programs', '/partners', '/surveys', '/monitoring/awards', '/monitoring/practices']
/**
 * School screens from the desk's 1024 px on: 1024×768, 1152×864 and 1280×1024 monitors, and the 1366×768 one
 * (at 125 % zoom it is 1093 px wide, between them).
 */
const SCREENS = [{ width: 1024, height: 768 }, { width: 1152, height: 864 }, { width: 1280, height: 1024 }, { width: 1366, height: 768 }]
/** Where RegistryTable stops folding secondary columns under the row's name. */
const UNFOLDED = 1280

/**
 * ГОСТ Р 52872-2019 and WCAG 1.4.10: no page of the curator's scrolls sideways on a school screen. The demo
 * school's registries fit each width as they are, not in the scroll box kept for a word too long for any column;
 * below 1280 px the secondary columns stand under the row's name, their own heads gone, and come back from 1280.
 */
test('the curator\'s registries fit every school screen from 1024 px, folding secondary columns below 1280; at 200 % zoom they stay tables, the menu shows it scrolls and the roadmap stands in cards', async ({ browser, server }) => {
  test.setTimeout(180_000)
  await demoSchool(server)
  const page = await signIn(browser, server, 'kurator', 'Программы наставничества')
  await expect(page.getByText(/^Синхронизировано:/)).toBeVisible()
  for (const screen of SCREENS) {
    await page.setViewportSize(screen)
    for (const path of REGISTRIES) {
      const where = `${path} at ${screen.width} px`
      await go(page, path)
      await expect(page.locator('table.data-table--sticky tbody tr').first(), where).toBeVisible()
      await expect.poll(() => overflowing(page), `${where}: past the right edge`).toEqual([])
      await expect(page.locator('.table-wrap table.data-table--sticky'), `${where}: a registry in a scroll box`).toHaveCount(0)
      const folded = page.locator('thead th.data-table__folded')
      const under = page.locator('tbody .data-table__under')
      if (await folded.count() === 0)
        continue
      await expect(folded.first(), `${where}: a folded column's head`).toBeVisible({ visible: screen.width >= UNFOLDED })
      await expect(under.first(), `${where}: its values under the name`).toBeVisible({ visible: screen.width < UNFOLDED })
    }
  }
  // 1366×768 at 200 %: the menu is a bar at the bottom, scrolling sideways with no scrollbar; its edge shadows (covers
  // that scroll with the items over shadows that stay) are what says there is more.
  await page.setViewportSize({ width: 683, height: 384 })
  const menu = () => page.locator('.app-nav').evaluate(nav => ({ scrolls: nav.scrollWidth > nav.clientWidth, edges: getComputedStyle(nav).backgroundAttachment }))
  await expect.poll(menu).toEqual({ scrolls: true, edges: 'local, local, scroll, scroll, scroll' })
  // The registries stay tables there, in their named scroll box: sorting and the row boxes for bulk actions are not
  // lost at 200 % (ГОСТ Р 52872, 1.4.4), and the page itself does not scroll sideways.
  await go(page, '/people')
  await expect(page.locator('table.data-table--sticky tbody tr').first()).toBeVisible()
  await expect(page.getByRole('checkbox', { name: 'Выбрать все показанные строки' })).toBeVisible()
  await expect(page.getByRole('button', { name: /^ФИО/ })).toBeVisible()
  await expect.poll(() => overflowing(page), 'people at 683 px: past the right edge').toEqual([])
  // The roadmap's six columns do not fit there: each event is a card, its state and buttons within the stage's width.
  await go(page, '/roadmap')
  const stages = page.locator('.roadmap-stage:has(table)')
  await expect(stages.first()).toBeVisible()
  const cut = () => stages.evaluateAll(all => all.filter(stage => stage.querySelector('table')!.scrollWidth > stage.clientWidth).length)
  await expect.poll(cut, 'a stage wider than the screen').toBe(0)
  await expect(page.locator('.roadmap-table thead').first()).toHaveCSS('position', 'absolute')
})

test('a word too long for any column scrolls its registry in a named box the keyboard moves, never the page', async ({ browser, server }) => {
  await demoSchool(server)
  const page = await signIn(browser, server, 'kurator', 'Программы наставничества', SCREENS[0])
  await go(page, '/partners/new')
  // A required field's label ends in « *».
  await page.getByLabel('Название *', { exact: true }).fill(`АО «${'Машиностроительный'.repeat(4)}»`)
  await page.getByRole('button', { name: 'Сохранить' }).click()
  await expect(page.getByRole('heading', { name: 'Организации-партнёры' })).toBeVisible()
  const box = page.getByRole('group', { name: 'Организации-партнёры' })
  await expect(box).toHaveAttribute('tabindex', '0')
  await expect.poll(() => overflowing(page), 'past the right edge').toEqual([])
  await box.focus()
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => box.evaluate(el => el.scrollLeft)).toBeGreaterThan(0)
})
