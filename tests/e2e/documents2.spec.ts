import type { Page } from '@playwright/test'
import { addPerson, createPair, createProgram, setRequisites } from './support/curator.ts'
import { expect, openAsCurator, test } from './support/fixtures.ts'
import { overflowingBlocks, pdfSheets, pdfText } from './support/print.ts'
import type { RunningServer } from './support/server.ts'

const PROGRAM = 'Педагог — молодой специалист'
const MENTOR = 'Зорина Анна Павловна'
const MENTEE = 'Петрова Мария Алексеевна'
/** A4 less the print margins (210 − 30 − 15 mm) in CSS pixels: the width the sheet's text has on paper. */
const A4_TEXT_WIDTH = 624

/**
 * The school's requisites, a programme, and a pair of a teacher-mentor and a mentee. The mentor's card records the
 * duties consent with agreement ДС-12 and its pay (support/curator.ts).
 */
async function pairWithRequisites(page: Page, server: RunningServer): Promise<void> {
  await openAsCurator(page, server)
  await setRequisites(page)
  await createProgram(page, PROGRAM)
  await addPerson(page, { name: MENTOR, mentor: true })
  await addPerson(page, { name: MENTEE })
  await createPair(page, PROGRAM, MENTOR, [MENTEE])
}

test('the mentor\'s supplementary agreement and the pair\'s individual plan print to PDF from the person\'s card and the pair\'s page', async ({ page, server }, testInfo) => {
  await pairWithRequisites(page, server)

  await page.getByRole('link', { name: 'Участники', exact: true }).click()
  await page.getByRole('link', { name: new RegExp(MENTOR) }).click()
  await page.getByRole('link', { name: 'Дополнительное соглашение' }).click()
  await expect(page.getByRole('heading', { name: 'ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ', exact: true })).toBeVisible()
  // The number and date come from the recorded agreement until the curator types their own.
  await expect(page.getByLabel('Дата документа')).toHaveValue('2025-08-29')
  await page.emulateMedia({ media: 'print' })
  await page.setViewportSize({ width: A4_TEXT_WIDTH, height: 900 })
  expect(await overflowingBlocks(page)).toEqual([])
  const agreement = testInfo.outputPath('agreement.pdf')
  await page.pdf({ format: 'A4', printBackground: true, path: agreement })
  const text = await pdfText(agreement)
  expect(text).toContain('ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ')
  expect(text).toContain('№ ДС-12')
  expect(text).toContain('29 августа 2025 г.')
  expect(text).toContain('в лице директора Шиловской Яны Андреевны, действующей на основании Устава')
  // A card with no должность: the agreement names no category in its place.
  expect(text).toContain(`${MENTOR}, именуемая в дальнейшем «Работник»`)
  expect(text).toContain(`${MENTEE} — программа «${PROGRAM}»`)
  expect(text).toContain('доплата 10 % по положению об оплате труда')
  expect(text).toContain('статья 351.8 Трудового кодекса')
  expect(text).toContain('Я. А. Шиловская')
  expect(text).toContain('А. П. Зорина')
  expect(text).not.toContain('Номер документа')

  await page.emulateMedia({ media: 'screen' })
  await page.getByRole('link', { name: 'Пары', exact: true }).click()
  await page.getByRole('link', { name: new RegExp(MENTOR) }).click()
  await page.getByRole('link', { name: 'Индивидуальный план для печати' }).click()
  await expect(page.getByRole('heading', { name: 'ИНДИВИДУАЛЬНЫЙ ПЛАН', exact: true })).toBeVisible()
  await page.getByLabel('Номер документа').fill('3')
  await expect(page.getByText('Правки сохранены')).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await page.setViewportSize({ width: A4_TEXT_WIDTH, height: 900 })
  expect(await overflowingBlocks(page)).toEqual([])
  // On paper a heading stays with what follows it, and the plan's table repeats its head on every sheet.
  expect(await page.getByRole('heading', { name: 'План мероприятий' }).evaluate(h => getComputedStyle(h).breakAfter)).toBe('avoid')
  expect(await page.locator('.document thead').first().evaluate(head => getComputedStyle(head).display)).toBe('table-header-group')
  const plan = testInfo.outputPath('plan.pdf')
  await page.pdf({ format: 'A4', printBackground: true, path: plan })
  const planText = await pdfText(plan)
  // Its last row never goes alone onto a sheet under the repeated head: the row before it goes over with it.
  const sheets = await pdfSheets(plan)
  expect(sheets.length).toBeGreaterThan(1)
  expect(sheets.find(sheet => sheet.includes('Итоговая встреча'))).toContain('Рефлексия и анкетирование')
  expect(planText).toContain('ИНДИВИДУАЛЬНЫЙ ПЛАН')
  expect(planText).toContain('№ 3')
  expect(planText).toContain(`Наставник: ${MENTOR}.`)
  expect(planText).toContain(`Наставляемый: ${MENTEE}.`)
  // The pair's plan, laid out from the template when the pair was formed.
  expect(planText).toContain('Встреча-знакомство')
  expect(planText).toContain('Итоговая встреча')
  expect(planText).toContain('М. А. Петрова')
  expect(planText).toContain('А. И. Петрова')
})

test('the meetings journal of a pair and of a period, and the приказ approving the roadmap and naming the curator, print to PDF', async ({ page, server }, testInfo) => {
  const TOPIC = 'Разбор открытого урока по теме «Дроби»'
  await pairWithRequisites(page, server)
  // A meeting from the paper journal, entered by the curator on the pair's page.
  await page.getByRole('link', { name: 'Пары', exact: true }).click()
  await page.getByRole('link', { name: new RegExp(MENTOR) }).click()
  await page.getByRole('link', { name: 'Внести встречу' }).click()
  await page.getByLabel('Тема').fill(TOPIC)
  await page.getByRole('button', { name: 'Сохранить' }).click()
  await expect(page.getByText('(1 встреча)')).toBeVisible()

  const print = async (name: string) => {
    await page.emulateMedia({ media: 'print' })
    await page.setViewportSize({ width: A4_TEXT_WIDTH, height: 900 })
    expect(await overflowingBlocks(page)).toEqual([])
    const path = testInfo.outputPath(name)
    await page.pdf({ format: 'A4', printBackground: true, path })
    await page.emulateMedia({ media: 'screen' })
    await page.setViewportSize({ width: 1366, height: 768 })
    return pdfText(path)
  }

  await page.goto('/reports')
  await page.getByRole('link', { name: 'Журнал встреч пары' }).click()
  await expect(page.getByRole('heading', { name: 'ЖУРНАЛ ВСТРЕЧ', exact: true })).toBeVisible()
  const pairJournal = await print('pair-journal.pdf')
  expect(pairJournal).toContain(`наставнической пары: наставник ${MENTOR}; наставляемый: ${MENTEE}`)
  expect(pairJournal).toContain(TOPIC)
  expect(pairJournal).toContain('Всего встреч: 1')
  expect(pairJournal).toContain('А. П. Зорина')

  await page.goto('/reports')
  await page.getByRole('link', { name: 'Журнал встреч за период' }).click()
  await expect(page.getByRole('heading', { name: 'ЖУРНАЛ ВСТРЕЧ', exact: true })).toBeVisible()
  const periodJournal = await print('period-journal.pdf')
  expect(periodJournal).toMatch(/наставнических пар \(групп\) за период с 1 сентября \d{4} г\. по 31 августа \d{4} г\./)
  expect(periodJournal).toContain(TOPIC)

  // The приказ approves the school's roadmap as its appendix: none yet, so it says where to make one.
  await page.goto('/reports/appointment')
  await expect(page.getByText('Дорожной карты пока нет')).toBeVisible()
  await page.getByRole('link', { name: 'Дорожная карта', exact: true }).first().click()
  await page.getByRole('button', { name: 'Создать дорожную карту' }).click()
  await expect(page.getByRole('heading', { name: /1 этап/ }).first()).toBeVisible()
  await page.goto('/reports/appointment')
  await expect(page.getByRole('heading', { name: 'ПРИКАЗ', exact: true })).toBeVisible()
  await page.getByLabel('Номер документа').fill('41-о')
  await expect(page.getByText('Правки сохранены')).toBeVisible()
  const order = await print('appointment.pdf')
  expect(order).toContain('№ 41-о')
  expect(order).toContain('Назначить куратором внедрения целевой модели наставничества Петрову Анну Игоревну')
  // The roadmap's title begins with «Дорожная карта»: the sentence does not say it twice.
  expect(order).toMatch(/Утвердить дорожную карту (?:внедрения|по реализации) [^«»]+ на период с 1 сентября \d{4} г\./)
  expect(order).toContain('Приложение к приказу')
  // The appendix is the roadmap's own table: the schools' columns, each stage a row across it.
  expect(order).toContain('Результат, вид')
  expect(order).toContain('1 этап. Подготовка условий')
  expect(order).toContain('Я. А. Шиловская')

  // On a phone the appendix keeps its columns a page wide and scrolls in a box the keyboard reaches and a screen
  // reader names; on the school computer it fits, with no box.
  const box = page.getByRole('group', { name: /^Приложение к приказу/ })
  await expect(box).toHaveCount(0)
  await page.setViewportSize({ width: 360, height: 640 })
  await expect(box).toHaveAttribute('tabindex', '0')
  const widths = await box.locator('thead th').evaluateAll(heads => heads.map(th => th.getBoundingClientRect().width))
  expect(Math.min(...widths)).toBeGreaterThan(40)
  expect(await box.evaluate(el => el.scrollWidth > el.clientWidth)).toBe(true)
  await box.focus()
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => box.evaluate(el => el.scrollLeft)).toBeGreaterThan(0)
})
