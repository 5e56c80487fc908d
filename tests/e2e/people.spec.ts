import writeXlsxFile from 'write-excel-file/node'
import { expect, openAsCurator, test } from './support/fixtures.ts'

test.use({ viewport: { width: 1366, height: 768 }, isMobile: false, hasTouch: false })

const STAFF_FILE = [
  ['ФИО', 'Категория', 'Роль', 'Должность', 'Предмет', 'Педагогический стаж', 'Общий стаж', 'Квалификационная категория', 'Методическое объединение'],
  ['Геометрова Анна Ильинична', 'педагог', 'наставник', 'учитель математики', 'математика', '7 лет', 9, 'первая', 'МО точных наук'],
  ['Физиков Олег Петрович', 'педагог', 'наставник', 'учитель физики', 'физика', 30, 35, 'высшая', 'МО точных наук'],
  ['Путаница Вера', 'педагог', 'наставник', 'учитель', 'химия', 'много', 10, 'главная', ''],
].map(row => row.map(value => ({ value })))

test('the curator adds a teacher with position, subject and стаж, imports staff, and filters and sorts the mentors\' table', async ({ page, server }) => {
  await openAsCurator(page, server)
  await page.getByRole('link', { name: 'Участники', exact: true }).click()
  await page.getByRole('link', { name: 'База наставников' }).click()
  await page.getByRole('link', { name: 'Добавить участника' }).click()
  await expect(page.getByRole('heading', { name: 'Добавить участника' })).toBeVisible()

  // From the mentors' base a new card is a teacher, a mentor and not a mentee; a teacher has no class.
  await expect(page.getByLabel(/^Категория/)).toHaveValue('teacher')
  await expect(page.getByLabel('Наставник', { exact: true })).toBeChecked()
  await expect(page.getByLabel('Наставляемый', { exact: true })).not.toBeChecked()
  await expect(page.getByLabel('Класс или группа')).toHaveCount(0)
  await page.getByLabel('ФИО', { exact: true }).or(page.getByLabel('ФИО *', { exact: true })).fill('Алгебраистова Ирина Павловна')
  await page.getByLabel('Должность').fill('учитель математики')
  await page.getByLabel('Предмет или направление').fill('математика')
  await page.getByLabel('Педагогический стаж, лет').fill('25')
  await page.getByLabel('Общий стаж, лет').fill('20')
  await page.getByLabel('Квалификационная категория').selectOption({ label: 'высшая' })
  await page.getByRole('button', { name: 'Сохранить' }).click()
  // Bad input: a sentence on the field, nothing saved.
  await expect(page.getByText('Педагогический стаж не может быть больше общего')).toBeVisible()
  await page.getByLabel('Общий стаж, лет').fill('28')
  await page.getByRole('button', { name: 'Сохранить' }).click()
  await expect(page.getByRole('heading', { name: 'Участники' })).toBeVisible()

  await page.getByRole('link', { name: 'Загрузить из Excel или CSV' }).click()
  const bytes = await writeXlsxFile(STAFF_FILE).toBuffer()
  await page.getByLabel('Файл с участниками').setInputFiles({ name: 'педагоги.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bytes })
  await expect(page.getByRole('combobox', { name: 'Квалификационная категория' })).toHaveValue('qualification')
  await page.getByRole('button', { name: 'Проверить' }).click()
  await expect(page.getByText('Строка 4, «Педагогический стаж»: «много» — не стаж')).toBeVisible()
  await expect(page.getByText('Строка 4, «Квалификационная категория»: неизвестная квалификационная категория «главная»')).toBeVisible()
  await expect(page.getByText('Будут загружены 2 участника')).toBeVisible()
  await page.getByRole('button', { name: 'Загрузить' }).click()
  await page.getByRole('link', { name: 'К списку участников' }).click()

  await page.getByRole('link', { name: 'База наставников' }).click()
  const table = page.getByRole('table')
  await expect(table.getByRole('row')).toHaveCount(4)
  const imported = table.getByRole('row').filter({ hasText: 'Физиков Олег Петрович' })
  await expect(imported).toContainText('учитель физики')
  await expect(imported).toContainText('30 / 35')
  await expect(imported).toContainText('высшая')
  await expect(table.getByRole('row', { name: /Путаница/ })).toHaveCount(0)

  // Sorted by стаж, most first; then only the mathematicians.
  await table.getByRole('button', { name: /Стаж/ }).click()
  await table.getByRole('button', { name: /Стаж/ }).click()
  await expect(table.getByRole('columnheader', { name: /Стаж/ })).toHaveAttribute('aria-sort', 'descending')
  await expect(table.locator('tbody th')).toHaveText(['Физиков Олег Петрович', 'Алгебраистова Ирина Павловна', 'Геометрова Анна Ильинична'].map(n => new RegExp(n)))
  // The filters stay folded until opened, so the table starts within the screen; the fold counts what is set.
  await expect(page.getByRole('combobox', { name: 'Предмет или направление' })).toBeHidden()
  await page.getByText('Фильтры', { exact: true }).click()
  await page.getByRole('combobox', { name: 'Предмет или направление' }).selectOption('математика')
  await expect(table.locator('tbody th')).toHaveText([/Алгебраистова Ирина Павловна/, /Геометрова Анна Ильинична/])
  await expect(page.getByText('2 человека')).toBeVisible()
  await expect(page.locator('details.filters summary')).toHaveText('Фильтры · выбран 1')
})
