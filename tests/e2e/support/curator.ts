import type { Page } from '@playwright/test'
import { expect, syncNow } from './fixtures.ts'

/** The curator's screens, as a person uses them (role-based locators, no fixed waits). */
export async function createProgram(page: Page, name: string): Promise<void> {
  await page.getByRole('link', { name: 'Программы', exact: true }).click()
  await page.getByRole('link', { name: 'Новая программа' }).click()
  await expect(page.getByRole('heading', { name: 'Новая программа' })).toBeVisible()
  await page.getByLabel('Название').fill(name)
  await page.getByRole('button', { name: 'Сохранить' }).click()
  await expect(page.getByRole('link', { name: new RegExp(name) })).toBeVisible()
}

/** `category` is the card's word for it; a mentor is a teacher unless told otherwise (a pupil mentor is «обучающийся»). */
export async function addPerson(page: Page, person: { name: string, mentor?: boolean, category?: string, classGroup?: string, competencies?: string }): Promise<void> {
  await page.getByRole('link', { name: 'Участники', exact: true }).click()
  await page.getByRole('link', { name: 'Добавить участника' }).click()
  // The form loads lazily; until it is there, «ФИО» would also find the list's search box.
  await expect(page.getByRole('heading', { name: 'Добавить участника' })).toBeVisible()
  await page.getByLabel('ФИО', { exact: true }).or(page.getByLabel('ФИО *', { exact: true })).fill(person.name)
  if (person.mentor) {
    await page.getByLabel('Категория').selectOption({ label: person.category ?? 'педагог' })
    await page.getByLabel('Наставник', { exact: true }).check()
    await page.getByLabel('Наставляемый', { exact: true }).uncheck()
  }
  if (person.classGroup)
    await page.getByLabel('Класс или группа').fill(person.classGroup)
  if (person.competencies)
    await page.getByLabel('Компетенции').fill(person.competencies)
  await page.getByRole('button', { name: 'Сохранить' }).click()
  await expect(page.getByRole('link', { name: new RegExp(person.name) })).toBeVisible()
  // No consent, no pairing: the person's own consent, recorded on the card; a pupil's card here has no birth
  // date, so a законный представитель signs for them.
  await openCard(page, person.name)
  await page.getByRole('button', { name: 'Записать согласие' }).click()
  if (!person.mentor || person.category === 'обучающийся')
    await page.getByLabel('ФИО законного представителя').fill('Представитель Законный')
  await page.getByLabel('Номер или место хранения документа').fill('Папка согласий, № 12')
  await page.getByRole('button', { name: 'Сохранить' }).last().click()
  await expect(page.getByText('действует', { exact: true })).toBeVisible()
  if (person.mentor && STAFF.includes(person.category ?? 'педагог'))
    await recordDutiesConsent(page)
  await page.getByRole('link', { name: 'Участники', exact: true }).click()
}

/** A click landing while the live table re-renders its rows can be lost on a busy machine: try again until the card is open. */
async function openCard(page: Page, name: string): Promise<void> {
  const card = page.getByRole('heading', { name: 'Карточка участника' })
  await expect(async () => {
    if (!await card.isVisible())
      await page.getByRole('link', { name: new RegExp(name) }).first().click({ timeout: 5_000 })
    await expect(card).toBeVisible({ timeout: 5_000 })
  }).toPass({ timeout: 60_000 })
}

// A partner's employee has no labour contract with the school: no ТК 351.8 consent.
const STAFF = ['педагог', 'молодой специалист']

/** A staff mentor's written consent to the duties and its agreement (ТК РФ ст. 351.8), on the open card. */
async function recordDutiesConsent(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Записать согласие' }).click()
  await expect(page.getByLabel('На наставничество (ТК РФ ст. 351.8)')).toBeChecked()
  await page.getByLabel('Номер дополнительного соглашения').fill('ДС-12')
  await page.getByLabel('Дата соглашения').fill('2025-08-29')
  await page.getByLabel('Срок наставничества: с').fill('2025-09-01')
  await page.getByLabel('Срок наставничества: по').fill('2099-05-31')
  await page.getByLabel('Оплата').fill('доплата 10 % по положению об оплате труда')
  await page.getByRole('button', { name: 'Сохранить' }).last().click()
  await expect(page.getByText('соглашение № ДС-12')).toBeVisible()
}

export async function createPair(page: Page, program: string, mentor: string, mentees: string[]): Promise<void> {
  await page.getByRole('link', { name: 'Пары', exact: true }).click()
  await page.getByRole('link', { name: 'Новая пара' }).click()
  await expect(page.getByRole('heading', { name: 'Новая пара' })).toBeVisible()
  await page.getByLabel('Программа').selectOption({ label: program })
  await page.getByLabel('Наставник').selectOption({ label: mentor })
  for (const mentee of mentees)
    await page.getByLabel(mentee).check()
  await page.getByRole('button', { name: 'Сохранить' }).click()
  await expect(page.getByRole('link', { name: new RegExp(mentor) })).toBeVisible()
}

/** Grants a mentor access and returns the one-time enrollment link and code shown on the card. */
export async function grantAccess(page: Page, mentor: string): Promise<{ link: string, code: string }> {
  await syncNow(page)
  await expect(page.getByText('Всё отправлено')).toBeVisible()
  await page.getByRole('link', { name: 'Доступ', exact: true }).click()
  await page.getByRole('listitem').filter({ hasText: mentor }).getByRole('button', { name: 'Выдать доступ' }).click()
  const card = page.getByRole('article', { name: mentor })
  await expect(card.getByRole('img', { name: 'QR-код для входа' })).toBeVisible()
  const link = (await card.getByRole('link').textContent())!.trim()
  const code = /Код: ([A-Z0-9]{4}-[A-Z0-9]{4})/.exec((await card.textContent())!)![1]!
  return { link, code }
}

/** The school's requisites every document is headed and signed with, typed once in the settings. */
export async function setRequisites(page: Page): Promise<void> {
  await page.goto('/settings/school')
  await page.getByLabel('Полное наименование').fill('Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 17 «Родник»')
  await page.getByLabel('Краткое наименование').fill('МОБУ «СОШ № 17 «Родник»')
  await page.getByLabel('Населённый пункт').fill('г. Калуга')
  await page.getByLabel('Руководитель (ФИО)').fill('Шиловская Яна Андреевна')
  await page.getByLabel('Должность руководителя').fill('Директор')
  await page.getByLabel('Куратор наставничества (ФИО)').fill('Петрова Анна Игоревна')
  await page.getByRole('button', { name: 'Сохранить' }).click()
  await expect(page.getByText('Реквизиты сохранены')).toBeVisible()
}
