import type { Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import readXlsxFile from 'read-excel-file/node'
import { extractText, getDocumentProxy } from 'unpdf'
import { runAdmin } from '../server/helpers/admin.ts'
import { addPerson, createPair, createProgram } from './support/curator.ts'
import { CURATOR, expect, openAsCurator, syncNow, test } from './support/fixtures.ts'

const PROGRAM = 'Шаг навстречу'
const MENTOR = 'Зорина Анна Павловна'
const MENTEES = ['Лапин Кирилл Олегович', 'Рябова Софья Игоревна']

async function docxText(page: Page, button: string): Promise<string> {
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: button }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/\.docx$/)
  const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(await file.path())))['word/document.xml']!)
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(m => m[1]).join(' ')
}

test('indicators set for the year, the справка printed to PDF and saved as DOCX offline, the приказ, and the region\'s table', async ({ page, context, server, browser }) => {
  // The year's indicators, two documents printed and saved, and the region's table: a long walk on a busy machine.
  test.setTimeout(150_000)
  await openAsCurator(page, server)
  await createProgram(page, PROGRAM)
  await addPerson(page, { name: MENTOR, mentor: true })
  for (const name of MENTEES)
    await addPerson(page, { name })
  await createPair(page, PROGRAM, MENTOR, MENTEES)

  // Targets and totals of this year: the school knows how many pupils under 18 it has.
  await page.getByRole('link', { name: 'Мониторинг', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Показатели эффективности' })).toBeVisible()
  const year = await page.getByLabel('Год', { exact: true }).inputValue()
  await page.getByRole('link', { name: 'Цели и знаменатели года' }).click()
  await expect(page.getByRole('heading', { name: `Цели и знаменатели на ${year} год` })).toBeVisible()
  await page.getByLabel('Обучающихся в возрасте до 18 лет в школе').fill('40')
  await page.getByLabel('Доля обучающихся в возрасте до 18 лет, вошедших в программы наставничества в роли наставляемого').fill('4')
  await page.getByRole('button', { name: 'Сохранить' }).click()

  const row = page.getByRole('row').filter({ hasText: 'в роли наставляемого' }).filter({ hasText: 'обучающихся' })
  await expect(row).toContainText('5 %')
  await expect(row).toContainText('2 из 40')
  await expect(row).toContainText('Достигнут')
  await page.getByText('Таблица').first().click()
  await expect(page.getByRole('table', { name: `Показатели ${year} года: факт и цель, %` })).toContainText('5 %')

  // The справка is written and printed with no network: everything but the surveys is on the device.
  await context.setOffline(true)
  await page.getByRole('link', { name: 'Аналитическая справка' }).click()
  await expect(page.getByRole('heading', { name: new RegExp(`«${PROGRAM}» за ${year} год`) })).toBeVisible()
  await page.getByRole('textbox', { name: 'Общие выводы' }).fill('Пары сформированы, встречи идут по плану.')
  await expect(page.getByText('Текст сохранён на устройстве')).toBeVisible()
  await page.reload()
  await expect(page.getByRole('textbox', { name: 'Общие выводы' })).toHaveValue('Пары сформированы, встречи идут по плану.')

  await page.emulateMedia({ media: 'print' })
  const pdf = await getDocumentProxy(new Uint8Array(await page.pdf({ format: 'A4', printBackground: true })))
  const { text } = await extractText(pdf, { mergePages: true })
  await page.emulateMedia({ media: 'screen' })
  const printed = text.replace(/\s+/g, ' ')
  expect(printed).toContain(CURATOR.school)
  expect(printed).toContain('2 из 40')
  expect(printed).toContain('5 %')
  expect(printed).toContain('Пары сформированы, встречи идут по плану.')
  expect(printed).not.toContain('Печать или PDF') // the page's controls stay off paper
  expect(printed).not.toContain('Синхронизировать')

  const docx = await docxText(page, 'Скачать DOCX')
  // A number keeps to its «из» on the sheet: the DOCX holds no-break spaces there.
  expect(docx).toContain('2\u00A0из\u00A040')
  expect(docx).toContain('Пары сформированы, встречи идут по плану.')

  await page.getByRole('link', { name: 'Мониторинг', exact: true }).click()
  await page.getByRole('link', { name: 'Приказ о закреплении пар' }).click()
  await expect(page.getByRole('cell', { name: MENTOR })).toBeVisible()
  const order = await docxText(page, 'Скачать DOCX')
  expect(order).toContain('ПРИКАЗЫВАЮ:')
  expect(order).toContain(`${MENTEES[0]}, ${MENTEES[1]}`)
  await context.setOffline(false)
  await syncNow(page)
  await expect(page.getByText('Всё отправлено')).toBeVisible()

  // The regional operator: an account made with the admin CLI, numbers of every school, no names.
  const env = { DATA_DIR: server.dataDir }
  const schoolId = /^([0-9a-f-]{36})\s/m.exec((await runAdmin(['list-schools'], env)).stdout)![1]!
  const created = await runAdmin(['create-user', '--school', schoolId, '--name', 'Региональный координатор', '--role', 'region', '--login', 'region'], env, 'region-password-2026\n')
  expect(created.code, created.stderr).toBe(0)
  const region = await (await browser.newContext({ locale: 'ru-RU', serviceWorkers: 'block' })).newPage()
  await region.goto(`${server.url}/login`)
  await region.getByLabel('Логин').fill('region')
  await region.getByLabel('Пароль').fill('region-password-2026')
  await region.getByRole('button', { name: 'Войти' }).click()
  await expect(region.getByRole('heading', { name: 'Показатели школ региона' })).toBeVisible()
  await region.getByLabel('Год', { exact: true }).selectOption(year)
  const school = region.getByRole('row').filter({ hasText: CURATOR.school })
  await expect(school).toContainText('5 %')
  await expect(region.getByRole('row').filter({ hasText: 'Итого по региону' })).toContainText('(2 / 40)')
  await expect(region.getByText(MENTOR)).toHaveCount(0)
  const download = region.waitForEvent('download')
  await region.getByRole('button', { name: 'Выгрузить в XLSX' }).click()
  const [sheet] = await readXlsxFile(await (await download).path())
  const cells = sheet!.data.flat()
  expect(cells).toContain(CURATOR.school)
  expect(cells).toContain(5)
  expect(cells).toContain('Итого по региону')
})
