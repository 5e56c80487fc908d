import { join } from 'node:path'
import { createProgram } from './support/curator.ts'
import { expect, openAsCurator, test } from './support/fixtures.ts'

const SEED_001 = join(import.meta.dirname, 'fixtures/seed001-roadmap.xlsx')

test('seed 001\'s roadmap loaded from its table: one school roadmap for two programmes, each event once, overdue only what is', async ({ page, server }) => {
  // The curator's school computer.
  await page.setViewportSize({ width: 1366, height: 768 })
  await openAsCurator(page, server)
  // The school's own timeline: mid-October 2021, the second month of its roadmap.
  await page.clock.setFixedTime(new Date('2021-10-15T12:00:00+10:00'))
  await page.reload()
  await createProgram(page, 'Ученик – ученик')
  await createProgram(page, 'Учитель – учитель')

  await page.getByRole('link', { name: 'Дорожная карта', exact: true }).click()
  await expect(page.getByText('У школы ещё нет дорожной карты.')).toBeVisible()
  await page.getByRole('link', { name: 'Загрузить из таблицы' }).click()
  await page.getByLabel('Название дорожной карты').fill('План мероприятий по реализации целевой модели наставничества')
  await page.getByLabel('Начало периода').fill('2021-06-01')
  await page.getByLabel('Конец периода').fill('2022-05-31')
  await page.getByLabel('Файл с дорожной картой').setInputFiles(SEED_001)
  await expect(page.getByRole('heading', { name: 'Получится: этапов 7, мероприятий 29' })).toBeVisible()
  // What the table leaves open is named by row and column, and kept.
  await expect(page.getByText('строка 38, столбец «Срок реализации мероприятия»: Не указан месяц повторения: «ежегодно»')).toBeVisible()
  await expect(page.getByText('строка 40, столбец «Срок реализации мероприятия»: Срок не указан')).toBeVisible()
  await page.getByRole('button', { name: 'Создать дорожную карту (29 мероприятий)' }).click()

  await expect(page.getByRole('heading', { name: /^1 этап\. Подготовка условий для запуска Целевой модели наставничества/ })).toBeVisible()
  await expect(page.locator('.roadmap-stage')).toHaveCount(7)
  await expect(page.getByText('Выполнено за весь период карты: 0 из 29')).toBeVisible()
  // Only the dated events whose month has passed; «по мере необходимости», «в течение всего периода», «ежегодно»
  // and the months to come are not.
  await expect(page.getByText('5 мероприятий просрочено')).toBeVisible()
  const overdue = page.locator('.roadmap-item--overdue .roadmap-table__title')
  await expect(overdue).toHaveText([/^Изучение нормативных/, /^Разработка и утверждение программы/, /^Представление программы/, /^Разработка Положения/, /^Разработка дорожной карты/])
  await expect(page.getByRole('row').filter({ hasText: 'Формирование страницы на сайте' })).toContainText('С октября 2021 г. по мере необходимости')

  // The Положение is done: marked once, for the whole school.
  await page.getByLabel('Состояние: Разработка Положения о наставничестве').selectOption('done')
  await expect(page.getByText('4 мероприятия просрочено')).toBeVisible()

  // Each programme's roadmap shows the school-wide events with their state, not copies of its own.
  await page.getByRole('link', { name: 'Программы', exact: true }).click()
  await page.getByRole('link', { name: /Учитель – учитель/ }).click()
  await page.locator('a[href^="/programs/"][href$="/roadmap"]').click()
  await expect(page.getByText('Выполнено за весь период карты: 1 из 29')).toBeVisible()

  // Monitoring counts each event once: stage 1 has the seed's 7 events, not 14.
  await page.getByRole('link', { name: 'Мониторинг', exact: true }).click()
  const stageOne = page.getByRole('row').filter({ hasText: 'Подготовка условий' })
  await expect(stageOne).toContainText('1 / 7')
  await expect(stageOne.getByRole('cell').last()).toHaveText('4')

  // On a phone each event is a card: its state and its buttons on the screen, nothing scrolled out of sight sideways.
  await page.setViewportSize({ width: 360, height: 640 })
  await page.getByRole('link', { name: 'Дорожная карта', exact: true }).click()
  await expect(page.getByLabel('Состояние: Разработка Положения о наставничестве')).toBeVisible()
  const widths = await page.locator('.roadmap-table').evaluateAll(tables => tables.map(table => table.getBoundingClientRect().right))
  expect(Math.max(...widths)).toBeLessThanOrEqual(360)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  // Cards to the eye, still a table to a screen reader: Safari drops a table's semantics once its parts are blocks,
  // so the parts say their roles themselves (Chromium, and Playwright's roles, keep them from the tags anyway).
  const row = page.locator('tr.roadmap-item').filter({ hasText: 'Разработка Положения о наставничестве' })
  expect(await row.evaluate(tr => [tr.closest('table')!.getAttribute('role'), tr.parentElement!.getAttribute('role'), tr.getAttribute('role'), ...[...tr.children].map(td => td.getAttribute('role'))]))
    .toEqual(['table', 'rowgroup', 'row', 'cell', 'cell', 'cell', 'cell', 'cell', 'cell'])
})
