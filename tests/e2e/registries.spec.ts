import readXlsxFile from 'read-excel-file/node'
import { demoSchool, signIn } from './support/demoSchool.ts'
import { expect, test } from './support/fixtures.ts'

/**
 * Issue #20: the curator's registries on a 1366 px school computer are tables — two running pairs ended in one
 * action, and meetings chosen in the journal (sorted by mentor) exported as a file of just those.
 */
test('the curator ends two pairs at once and exports the meetings chosen in the journal', async ({ browser, server }) => {
  await demoSchool(server)
  const page = await signIn(browser, server, 'kurator', 'Программы наставничества')

  await page.getByRole('link', { name: 'Пары', exact: true }).click()
  const running = page.locator('.pairs-table tbody tr').filter({ hasText: 'работает' })
  await expect(running.first()).toBeVisible()
  const before = await running.count()
  expect(before).toBeGreaterThanOrEqual(2)
  // A pair by its mentees: a mentor may have an ended pair beside a running one.
  const mentees = [await running.nth(0).locator('td').nth(1).innerText(), await running.nth(1).locator('td').nth(1).innerText()]
  await running.nth(0).getByRole('checkbox').check()
  await running.nth(1).getByRole('checkbox').check()
  await expect(page.getByText('Выбраны 2 пары')).toBeVisible()
  page.once('dialog', dialog => void dialog.accept())
  await page.getByRole('button', { name: 'Завершить выбранные (2)' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Завершены 2 пары' })).toBeVisible()
  await expect(running).toHaveCount(before - 2)
  for (const names of mentees)
    await expect(page.locator('.pairs-table tbody tr').filter({ has: page.locator('td', { hasText: names }) })).toContainText('завершена')

  await page.getByRole('link', { name: 'Встречи', exact: true }).click()
  await expect(page.locator('.count')).toHaveText(/\d+ встреч/)
  await page.locator('button[title="Сортировать: Наставник"]').click()
  await expect(page.locator('th[aria-sort="ascending"]')).toHaveText(/Наставник/)
  const rows = page.locator('.journal-table tbody tr')
  // The new order comes from a read of every meeting, after the head's mark: the rows are read once it has come.
  const mentors = rows.locator('td:nth-of-type(3)')
  const byName = new Intl.Collator('ru')
  await expect.poll(async () => (await mentors.allInnerTexts()).every((name, i, all) => i === 0 || byName.compare(all[i - 1]!, name) <= 0)).toBe(true)
  const topics = [await rows.nth(0).locator('td').nth(4).innerText(), await rows.nth(2).locator('td').nth(4).innerText()]
  await rows.nth(0).getByRole('checkbox').check()
  await rows.nth(2).getByRole('checkbox').check()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Выгрузить выбранные в Excel' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^Журнал встреч \(выбранные\) \d{4}-\d{2}-\d{2}\.xlsx$/)
  const [sheet] = await readXlsxFile(await file.path())
  expect(sheet!.data).toHaveLength(3)
  expect(sheet!.data.slice(1).map(row => row[5]).sort()).toEqual(topics.map(topic => topic.split('\n')[0]).sort())
})
