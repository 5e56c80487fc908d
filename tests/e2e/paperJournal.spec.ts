import { expect, openAsCurator, statusStrip, syncNow, test } from './support/fixtures.ts'
import { addPerson, createPair, createProgram, grantAccess } from './support/curator.ts'
import { enrollPhone, MENTEE } from './support/phone.ts'

const PROGRAM = 'Ученик – ученик 2026/27'
const PUPIL_MENTOR = 'Котов Артём Сергеевич'
const ABSENT = 'Лисицына Вера'
const CURATOR_NAME = 'Владимирова Ольга Викторовна'
const TOPIC = 'Из бумажного журнала: разбор олимпиадных задач'

test('the curator enters a paper meeting of a pupil mentor\'s group, with who came; it reaches the mentor\'s phone marked as entered by the curator', async ({ page, browser, server }) => {
  await openAsCurator(page, server)
  await createProgram(page, PROGRAM)
  await addPerson(page, { name: PUPIL_MENTOR, mentor: true, category: 'обучающийся', classGroup: '10А' })
  await addPerson(page, { name: MENTEE, classGroup: '6Б' })
  await addPerson(page, { name: ABSENT, classGroup: '6Б' })
  await createPair(page, PROGRAM, PUPIL_MENTOR, [MENTEE, ABSENT])
  const { link } = await grantAccess(page, PUPIL_MENTOR)
  const phone = await enrollPhone(browser, p => p.goto(link).then(() => undefined))

  // From the pair's page, with the mentor's own form.
  await page.getByRole('link', { name: 'Пары', exact: true }).click()
  await page.getByRole('link', { name: new RegExp(PUPIL_MENTOR) }).click()
  await page.getByRole('link', { name: 'Внести встречу' }).click()
  await expect(page.getByRole('heading', { name: 'Внести встречу' })).toBeVisible()
  await expect(page.getByText(`будет отмечено «внесено куратором: ${CURATOR_NAME}»`)).toBeVisible()
  await page.getByLabel('Тема').fill(TOPIC)

  // A group meeting with nobody ticked is refused on the list, and nothing is saved.
  await page.getByLabel(MENTEE).uncheck()
  await page.getByLabel(ABSENT).uncheck()
  await page.getByRole('button', { name: 'Сохранить' }).click()
  await expect(page.getByText('Отметьте хотя бы одного присутствовавшего')).toBeVisible()
  await expect(page).toHaveURL(/\/meetings\/new$/)
  await page.getByLabel(MENTEE).check()
  await page.getByRole('button', { name: 'Сохранить' }).click()

  await expect(page.getByRole('heading', { name: `Пара: ${PUPIL_MENTOR}` })).toBeVisible()
  await expect(page.getByText('Встреча сохранена на устройстве')).toBeVisible()
  // The refused attempt left nothing behind: one meeting, the one saved.
  await expect(page.getByText('(1 встреча)')).toBeVisible()
  const entered = page.getByRole('link', { name: new RegExp(TOPIC) })
  await expect(entered).toContainText(`внесено куратором: ${CURATOR_NAME}`)
  await syncNow(page)
  await expect(statusStrip(page)).toContainText('Всё отправлено')

  // The pupil's phone receives it at its next sync, with the mark, and opens it with the one present ticked.
  await syncNow(phone)
  await expect(statusStrip(phone)).toContainText('Всё отправлено')
  await phone.getByRole('link', { name: new RegExp(MENTEE) }).tap()
  const received = phone.getByRole('link', { name: new RegExp(TOPIC) })
  await expect(received).toContainText(`внесено куратором: ${CURATOR_NAME}`)
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  await received.tap()
  await expect(phone.getByText(`внесено куратором: ${CURATOR_NAME}`)).toBeVisible()
  await expect(phone.getByLabel(MENTEE)).toBeChecked()
  await expect(phone.getByLabel(ABSENT)).not.toBeChecked()
})
