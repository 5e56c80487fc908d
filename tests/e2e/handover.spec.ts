import { addPerson, createPair, createProgram, grantAccess } from './support/curator.ts'
import { expect, openAsCurator, statusStrip, syncNow, test } from './support/fixtures.ts'
import { enrollPhone, logMeeting, MENTEE, MENTOR, OTHER_MENTOR } from './support/phone.ts'

const PROGRAM = 'Педагог – молодой специалист'
const TOPIC = 'Разбор открытого урока'
const LATE_TOPIC = 'Подготовка к аттестации'

test('a meeting logged offline before the pair changed hands is taken; one logged after is refused, kept on the phone, handed to the curator and entered; both with their own mentor', async ({ page, browser, server }) => {
  // Two devices and several syncs: more than one person's walk through a screen.
  test.setTimeout(120_000)
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
  await syncNow(page)
  await expect(statusStrip(page)).toContainText('Всё отправлено')

  // Still offline, the phone has not heard: the mentor logs one more, after the pair is no longer his.
  await phone.getByRole('link', { name: 'Записать встречу' }).waitFor()
  await logMeeting(phone, LATE_TOPIC)

  // Back online: the first was made while the pair was his and is taken; the server refuses the second, and
  // the phone keeps what was written and hands it over.
  await phone.context().setOffline(false)
  await syncNow(phone)
  const refusals = phone.getByRole('region', { name: 'Сервер не принял изменения' })
  await expect(refusals).toContainText(LATE_TOPIC)
  await expect(refusals).not.toContainText(TOPIC)
  // The plan item its kind ticked is the pair's too, and refused with it: each is kept and handed over on its own.
  await expect(refusals).toContainText('Пункт плана «Пробная встреча»')
  const refused = refusals.getByRole('listitem').filter({ hasText: `Встреча «${LATE_TOPIC}»` })
  await refused.getByText('Что было записано').tap()
  await expect(refused).toContainText(LATE_TOPIC)
  await refused.getByRole('button', { name: 'Передать куратору' }).tap()
  await expect(refused.getByRole('button', { name: /Передано куратору/ })).toBeDisabled()
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(393)

  // The curator sees it on the first screen, once though the server listed it before the mentor handed it over,
  // and enters it on the mentor's behalf.
  await page.getByRole('link', { name: 'Программы', exact: true }).click()
  await page.reload()
  // The sync the reload starts may redraw the notice under the pointer (1 of 43 tests failed so in a loaded run):
  // a click that lands on the old link is made again, as a person would.
  await expect(async () => {
    await page.getByRole('link', { name: '2 изменения участников не приняты сервером и ждут вашего решения' }).click()
    await expect(page).toHaveURL(/\/handovers$/, { timeout: 2_000 })
  }).toPass()
  await expect(page.getByRole('heading', { name: 'Изменения, не принятые сервером' })).toBeVisible()
  await expect(page.getByText(MENTOR).first()).toBeVisible()
  // The meeting, handed over, and the plan item it ticked, listed by the server: each entered on its own.
  await expect(page.getByText(/^Не принято сервером: /)).toHaveCount(2)
  for (const what of [LATE_TOPIC, 'Пробная встреча']) {
    await page.getByRole('listitem').filter({ hasText: what }).getByRole('button', { name: 'Внести от имени автора' }).click()
    await expect(page.getByRole('listitem').filter({ hasText: what })).toHaveCount(0)
  }
  await expect(page.getByText('Непринятых изменений нет.')).toBeVisible()
  await syncNow(page)
  await expect(statusStrip(page)).toContainText('Всё отправлено')

  // In the journal both meetings are the pair's, held by the mentor who held them, not by the new one.
  await page.getByRole('link', { name: 'Встречи', exact: true }).click()
  // The desktop journal is a table: a meeting's row, with its mentor's cell.
  for (const topic of [TOPIC, LATE_TOPIC]) {
    const row = page.getByRole('row', { name: new RegExp(topic) })
    await expect(row).toContainText(MENTOR)
    await expect(row).not.toContainText(OTHER_MENTOR)
  }
})
