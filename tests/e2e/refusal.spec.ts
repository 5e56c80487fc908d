import { addPerson, createPair, createProgram } from './support/curator.ts'
import { CURATOR, expect, openAsCurator, statusStrip, syncNow, test } from './support/fixtures.ts'

const PROGRAM = 'Шаг навстречу'
const MENTOR = 'Белова Ольга Николаевна'
const MENTEE = 'Ким Дарья'

test('a change the server refuses is shown to its author in the author\'s language, from the server\'s code', async ({ page, browser, server }) => {
  await openAsCurator(page, server)
  await createProgram(page, PROGRAM)
  await addPerson(page, { name: MENTOR, mentor: true })
  await addPerson(page, { name: MENTEE, classGroup: '8Б' })
  await createPair(page, PROGRAM, MENTOR, [MENTEE])
  await syncNow(page)
  await expect(statusStrip(page)).toContainText('Всё отправлено')

  // The same curator on a second computer, with the school loaded, forms one more pair of the two without a
  // network, and reads the app in English…
  const other = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'ru-RU' })
  const desk = await other.newPage()
  await desk.goto(server.url)
  await desk.getByLabel('Логин').fill(CURATOR.login)
  await desk.getByLabel('Пароль').fill(CURATOR.password)
  await desk.getByRole('button', { name: 'Войти' }).click()
  // The first visit saved the app on this computer (its service worker, English included) before the network goes.
  await desk.evaluate(() => navigator.serviceWorker.ready)
  await desk.getByRole('link', { name: 'Пары', exact: true }).click()
  await expect(desk.getByRole('link', { name: new RegExp(MENTOR) })).toBeVisible()
  await desk.getByRole('link', { name: 'Новая пара' }).click()
  await expect(desk.getByRole('heading', { name: 'Новая пара' })).toBeVisible()
  await other.setOffline(true)
  await desk.getByLabel('Программа').selectOption({ label: PROGRAM })
  await desk.getByLabel('Наставник').selectOption({ label: MENTOR })
  await desk.getByLabel(MENTEE).check()
  await desk.getByRole('button', { name: 'Сохранить' }).click()
  await expect(desk.getByRole('link', { name: new RegExp(MENTOR) })).toHaveCount(2)
  await desk.getByRole('link', { name: 'Настройки' }).click()
  await desk.getByLabel('English').check()
  await expect(desk.getByText(/\d+ changes? waiting to send/)).toBeVisible()

  // …while on the first one the mentor's consent is withdrawn: no consent, no pairing.
  await page.getByRole('link', { name: 'Участники', exact: true }).click()
  await page.getByRole('link', { name: new RegExp(MENTOR) }).click()
  page.once('dialog', dialog => void dialog.accept())
  await page.getByRole('listitem').filter({ hasText: 'На обработку персональных данных' }).getByRole('button', { name: 'Отозвать' }).click()
  await syncNow(page)
  await expect(statusStrip(page)).toContainText('Всё отправлено')

  await other.setOffline(false)
  await desk.getByRole('button', { name: 'Sync' }).click()
  const refused = desk.getByRole('region', { name: 'The server did not accept some changes' })
  await expect(refused).toContainText('The mentor has no consent to personal data processing in force')
  await expect(refused).not.toContainText('согласия')
  await other.close()
})
