import { addPerson, createPair, createProgram, grantAccess } from './support/curator.ts'
import { expect, openAsCurator, statusStrip, test } from './support/fixtures.ts'
import { enrollPhone, logMeeting, MENTEE, MENTOR, OTHER_MENTOR } from './support/phone.ts'

const PROGRAM = 'Педагог – молодой специалист'
const TOPIC = 'Разбор открытого урока'

test('a meeting logged offline before the pair changed hands is refused, kept on the phone, handed to the curator and entered with its own mentor', async ({ page, browser, server }) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await openAsCurator(page, server)
  await createProgram(page, PROGRAM)
  await addPerson(page, { name: MENTOR, mentor: true })
  await addPerson(page, { name: OTHER_MENTOR, mentor: true })
  await addPerson(page, { name: MENTEE })
  await createPair(page, PROGRAM, MENTOR, [MENTEE])
  const { link } = await grantAccess(page, MENTOR)
  const phone = await enrollPhone(browser, p => p.goto(link).then(() => undefined))

  // On the road with no network, the mentor logs the meeting that took place.
  await phone.context().setOffline(true)
  await phone.getByRole('link', { name: new RegExp(MENTEE) }).tap()
  await logMeeting(phone, TOPIC)

  // Meanwhile the curator hands the pair to another mentor.
  await page.getByRole('link', { name: 'Пары', exact: true }).click()
  await page.getByRole('link', { name: new RegExp(MENTOR) }).click()
  await page.getByLabel('Наставник').selectOption({ label: OTHER_MENTOR })
  await page.getByRole('button', { name: 'Сохранить' }).click()
  await page.getByRole('button', { name: 'Синхронизировать' }).click()
  await expect(statusStrip(page)).toContainText('Всё отправлено')

  // Back online, the server refuses it: the phone keeps what was written and hands it over.
  await phone.context().setOffline(false)
  await phone.getByRole('button', { name: 'Синхронизировать' }).tap()
  const refused = phone.getByRole('region', { name: 'Сервер не принял изменения' })
  await expect(refused).toContainText(TOPIC)
  await refused.getByText('Что было записано').tap()
  await expect(refused).toContainText(TOPIC)
  await refused.getByRole('button', { name: 'Передать куратору' }).tap()
  await expect(refused.getByRole('button', { name: /Передано куратору/ })).toBeDisabled()
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(393)

  // The curator sees it on the first screen and enters it on the mentor's behalf.
  await page.getByRole('link', { name: 'Программы', exact: true }).click()
  await page.reload()
  await page.getByRole('link', { name: 'Участники передали вам 1 непринятое изменение' }).click()
  await expect(page.getByRole('heading', { name: 'Изменения, переданные куратору' })).toBeVisible()
  await expect(page.getByText(MENTOR)).toBeVisible()
  await page.getByRole('button', { name: 'Внести от имени автора' }).click()
  await expect(page.getByText('Переданных изменений нет.')).toBeVisible()
  await page.getByRole('button', { name: 'Синхронизировать' }).click()
  await expect(statusStrip(page)).toContainText('Всё отправлено')

  // In the journal the meeting is the pair's, held by the mentor who held it, not by the new one.
  await page.getByRole('link', { name: 'Встречи', exact: true }).click()
  const row = page.getByRole('link', { name: new RegExp(TOPIC) })
  await expect(row).toContainText(MENTOR)
  await expect(row).not.toContainText(OTHER_MENTOR)
})
