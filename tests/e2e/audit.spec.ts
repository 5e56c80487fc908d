import { expect, openAsCurator, statusStrip, syncNow, test } from './support/fixtures.ts'
import { addPerson, createPair, createProgram } from './support/curator.ts'

const PROGRAM = 'Ученик – ученик 2026/27'
const MENTOR = 'Иванова Мария Петровна'
const MENTEE = 'Петров Николай'

test.use({ viewport: { width: 1366, height: 768 }, isMobile: false, hasTouch: false })

test('the change log reads as sentences: who, the record in words, the fields by their names, by day', async ({ page, server }) => {
  await openAsCurator(page, server)
  await createProgram(page, PROGRAM)
  await addPerson(page, { name: MENTOR, mentor: true })
  await addPerson(page, { name: MENTEE, classGroup: '7А' })
  await createPair(page, PROGRAM, MENTOR, [MENTEE])

  // A meeting from the paper journal, then its topic and duration corrected.
  await page.getByRole('link', { name: new RegExp(MENTOR) }).click()
  await page.getByRole('link', { name: 'Внести встречу' }).click()
  await page.getByLabel('Тема').fill('Знакомство')
  await page.getByRole('button', { name: 'Сохранить' }).click()
  await expect(page.getByText('Встреча сохранена на устройстве')).toBeVisible()
  await page.getByRole('link', { name: /Знакомство/ }).click()
  await page.getByLabel('Тема').fill('Знакомство и планы на четверть')
  await page.getByLabel('Длительность, мин').fill('60')
  await page.getByRole('button', { name: 'Сохранить' }).click()
  await expect(page.getByText('Встреча сохранена на устройстве')).toBeVisible()
  await syncNow(page)
  await expect(statusStrip(page)).toContainText('Всё отправлено')

  await page.goto('/audit')
  const log = page.locator('main')
  const today = new Intl.DateTimeFormat('ru', { day: 'numeric', month: 'long', year: 'numeric', timeZone: await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone) }).format(new Date())
  await expect(log.getByRole('heading', { name: today, level: 2 })).toBeVisible()
  // The curator of the fixtures, Владимирова Ольга Викторовна, by her short name; the verbs agree with it.
  const author = 'Владимирова О. В.'
  await expect(log).toContainText(new RegExp(`${author} изменила встречу \\d\\d\\.\\d\\d «Знакомство и планы на четверть»: длительность, тема`))
  await expect(log).toContainText(`${author} создала пару «Иванова М. П. — Петров Н.»`)
  await expect(log).toContainText(`${author} создала программу «${PROGRAM}»`)
  await expect(log).toContainText(`${author} создала согласие на обработку персональных данных «Петров Н.»`)
  await expect(log).toContainText(`${author} создала согласие на наставничество «Иванова М. П.»`)
  await expect(log).toContainText(`${author} создала участника «Иванова М. П.»`)
  const text = await log.locator('ul').allInnerTexts()
  expect(text.join('\n')).not.toMatch(/[a-z][A-Z]|[0-9a-f]{6}|изменил\(а\)|поля:/)
  await page.screenshot({ path: test.info().outputPath('audit-1366.png'), scale: 'css', fullPage: true })
})
