import writeXlsxFile from 'write-excel-file/node'
import { addPerson, createPair, createProgram } from './support/curator.ts'
import { expect, openAsCurator, test } from './support/fixtures.ts'
import { SCHOOL_TIME_ZONE } from './support/server.ts'

test.use({ viewport: { width: 1366, height: 768 }, isMobile: false, hasTouch: false })

const PROGRAM = 'Ученик – ученик 2026/27'
const MENTOR = 'Иванова Мария Петровна'
const MENTEE = 'Петров Николай'
// The day the curator's own consents were recorded (the form's default), as the school's sheet writes it.
const today = new Intl.DateTimeFormat('ru-RU', { timeZone: SCHOOL_TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date())

const SHEET = [
  ['ФИО', 'Дата рождения', 'Вид согласия', 'Кто подписал', 'ФИО представителя', 'Дата', 'Номер документа'],
  ['петров  николай', '', 'ПДн', 'законный представитель', 'Петрова Анна Сергеевна', '01.09.2025', '№ 31'],
  [MENTOR, '', 'на обработку персональных данных', 'законный представитель', 'Представитель Законный', today, 'Папка согласий, № 12'],
  ['Никтоев Никто', '', 'ПДн', 'сам участник', '', '01.09.2025', '32'],
  [MENTEE, '', 'согласие на фото', 'законный представитель', 'Петрова Анна Сергеевна', '01.09.2025', '33'],
].map(row => row.map(value => ({ value })))

test('the curator loads a sheet of consents: the preview names each bad row, the good one lands on the card and the missing list empties', async ({ page, server }) => {
  await openAsCurator(page, server)
  await createProgram(page, PROGRAM)
  await addPerson(page, { name: MENTOR, mentor: true, category: 'обучающийся' })
  await addPerson(page, { name: MENTEE, classGroup: '7А' })
  await createPair(page, PROGRAM, MENTOR, [MENTEE])

  // The mentee's parents withdraw the consent on paper: the pair is suspended and the list names him.
  await page.getByRole('link', { name: 'Участники', exact: true }).click()
  await page.getByRole('link', { name: new RegExp(MENTEE) }).click()
  page.once('dialog', dialog => void dialog.accept())
  await page.getByRole('button', { name: 'Отозвать' }).click()
  await expect(page.getByText(/отозвано/)).toBeVisible()
  await page.getByRole('link', { name: 'Пары', exact: true }).click()
  await page.getByRole('link', { name: 'Каких согласий не хватает' }).click()
  await expect(page.getByRole('row').filter({ hasText: MENTEE })).toBeVisible()

  await page.getByRole('link', { name: 'Загрузить согласия из Excel или CSV' }).click()
  await expect(page.getByRole('radio', { name: 'согласия участников' })).toBeChecked()
  const bytes = await writeXlsxFile(SHEET).toBuffer()
  await page.getByLabel('Файл с согласиями').setInputFiles({ name: 'согласия.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bytes })
  await expect(page.getByRole('combobox', { name: 'ФИО представителя' })).toHaveValue('guardianName')
  await page.getByRole('button', { name: 'Проверить' }).click()

  await expect(page.getByText('Будет загружено 1 согласие')).toBeVisible()
  await expect(page.getByText('Строка 4, «ФИО»: «Никтоев Никто»: такого участника нет в базе — добавьте его или исправьте ФИО')).toBeVisible()
  await expect(page.getByText('Строка 5, «Вид согласия»: неизвестный вид согласия «согласие на фото»')).toBeVisible()
  await expect(page.getByText(`Строка 3, «ФИО»: ${MENTOR}: это согласие уже записано в карточке`)).toBeVisible()
  await expect(page.getByText('1 согласие уже записано — строка будет пропущена')).toBeVisible()
  await page.getByRole('button', { name: 'Загрузить (1)' }).click()
  await expect(page.getByText('Загружено 1 согласие')).toBeVisible()

  await page.getByRole('link', { name: 'К недостающим согласиям' }).click()
  await expect(page.getByText('У всех участников действующих пар согласия в силе.')).toBeVisible()
  await page.getByRole('link', { name: 'Участники', exact: true }).click()
  await page.getByRole('link', { name: new RegExp(MENTEE) }).click()
  await expect(page.getByText(/законный представитель \(Петрова Анна Сергеевна\)/)).toBeVisible()
  await expect(page.getByText('действует', { exact: true })).toBeVisible()
})
