import readXlsxFile from 'read-excel-file/node'
import { addPerson, createProgram } from './support/curator.ts'
import { expect, openAsCurator, statusStrip, syncNow, test } from './support/fixtures.ts'

const PROGRAM = 'Успешный старт 2026/27'
const CLASS_LIST = [
  'ФИО;Класс;Дата рождения;Запросы',
  'Петров Николай Сергеевич;7А;05.04.2013;математика',
  'Сидорова Мария Андреевна;7А;12.11.2012;английский язык',
  'Кузнецов Артём Олегович;7А;31.02.2013;история',
].join('\r\n')

test('a class list imported, consents recorded, a pair formed from a suggestion, its plan seen, the bases exported — partly offline', async ({ page, context, server }) => {
  await openAsCurator(page, server)
  await createProgram(page, PROGRAM)
  await addPerson(page, { name: 'Алгебраистова Ирина Павловна', mentor: true, competencies: 'математика, олимпиады' })
  await context.setOffline(true)

  await page.getByRole('link', { name: 'Загрузить из Excel или CSV' }).click()
  await page.getByLabel('Файл с участниками').setInputFiles({ name: '7А.csv', mimeType: 'text/csv', buffer: Buffer.from(CLASS_LIST, 'utf8') })
  await page.getByRole('button', { name: 'Проверить' }).click()
  await expect(page.getByText('Строка 4, «Дата рождения»: «31.02.2013» — такого дня нет в календаре')).toBeVisible()
  await expect(page.getByText('Будут загружены 2 участника')).toBeVisible()
  await page.getByRole('button', { name: 'Загрузить' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Загружены 2 участника' })).toBeVisible()
  await page.getByRole('link', { name: 'К списку участников' }).click()
  await expect(page.getByRole('link', { name: /Петров Николай Сергеевич/ })).toBeVisible()
  await expect(page.getByRole('link', { name: /Кузнецов/ })).toHaveCount(0)

  // A minor's consent is signed by a legal guardian.
  await page.getByRole('link', { name: /Петров Николай Сергеевич/ }).click()
  await expect(page.getByText('Нет действующего согласия на обработку персональных данных: участника нельзя включить в пару.')).toBeVisible()
  await page.getByRole('button', { name: 'Записать согласие' }).click()
  await expect(page.getByLabel('законный представитель')).toBeChecked()
  await page.getByRole('button', { name: 'Сохранить' }).last().click()
  await expect(page.getByText('Заполните это поле')).toBeVisible()
  await page.getByLabel('ФИО законного представителя').fill('Петрова Елена Викторовна')
  await page.getByRole('button', { name: 'Сохранить' }).last().click()
  await expect(page.getByRole('region', { name: 'Согласия' }).getByText('действует', { exact: true })).toBeVisible()

  await page.getByRole('link', { name: 'Участники', exact: true }).click()
  await page.getByRole('link', { name: 'Без наставника' }).click()
  await page.getByRole('listitem').filter({ hasText: 'Петров Николай Сергеевич' }).getByRole('link', { name: 'Подобрать наставника' }).click()
  await expect(page.getByRole('heading', { name: 'Новая пара' })).toBeVisible()
  await page.getByLabel('Программа').selectOption({ label: PROGRAM })
  await expect(page.getByText('совпадает с запросами: математика')).toBeVisible()
  await page.getByRole('button', { name: 'Выбрать: Алгебраистова Ирина Павловна' }).click()
  await page.getByRole('button', { name: 'Сохранить' }).click()

  await page.getByRole('link', { name: /Алгебраистова Ирина Павловна → Петров Николай Сергеевич/ }).click()
  await expect(page.getByRole('heading', { name: 'Индивидуальный план' })).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Пункт плана' }).first()).toHaveValue('Встреча-знакомство')
  await expect(page.getByText('Выполнено 0 из 9')).toBeVisible()
  // The plan is the curator's to edit: a step done, another added.
  await page.getByRole('combobox', { name: 'Состояние пункта «Встреча-знакомство»' }).selectOption({ label: 'выполнено' })
  await expect(page.getByText('Выполнено 1 из 9')).toBeVisible()
  await page.getByRole('textbox', { name: 'Новый пункт плана' }).fill('Подготовка к школьному этапу олимпиады')
  await page.getByRole('button', { name: 'Добавить пункт' }).click()
  await expect(page.getByText('Выполнено 1 из 10')).toBeVisible()

  await context.setOffline(false)
  await syncNow(page)
  await expect(statusStrip(page)).toContainText('Всё отправлено')
  // The school's journal of meetings opens from the menu; the mentors have logged none yet.
  await page.getByRole('link', { name: 'Встречи', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Журнал встреч' })).toBeVisible()
  await expect(page.getByText('Встреч пока нет.')).toBeVisible()
  await expect(page.getByText('0 встреч')).toBeVisible()

  await page.goto('/exports')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'База наставляемых' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/)
  const [sheet] = await readXlsxFile(await file.path())
  const cells = sheet!.data.flat()
  expect(sheet!.sheet).toBe('База наставляемых')
  expect(cells).toContain('Петров Николай Сергеевич')
  expect(cells).toContain('Сидорова Мария Андреевна')
})
