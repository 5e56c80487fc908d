import { expect, syncNow, test } from './support/fixtures.ts'
import { enrollPhone, logMeeting, MENTEE, schoolWithPair } from './support/phone.ts'

test('the curator\'s journal and monitoring, left open, show a meeting a mentor sends as soon as a sync brings it, with their counts', async ({ page, browser, server }) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 1366, height: 768 })
  const { link } = await schoolWithPair(page, server)
  const phone = await enrollPhone(browser, p => p.goto(link).then(() => undefined))

  await page.getByRole('link', { name: 'Встречи', exact: true }).click()
  await expect(page.getByText('Встреч пока нет.', { exact: false })).toBeVisible()
  await expect(page.locator('.count')).toHaveText('0 встреч')

  await phone.getByRole('link', { name: new RegExp(MENTEE) }).tap()
  await logMeeting(phone, 'Подготовка к олимпиаде')
  await syncNow(phone)
  await expect(phone.getByText('Всё отправлено')).toBeVisible()

  // No navigation: the open page follows the database as the pull writes into it.
  await syncNow(page)
  await expect(page.getByRole('link', { name: /Подготовка к олимпиаде/ })).toBeVisible()
  await expect(page.locator('.count')).toHaveText('1 встреча')
  await expect(page.getByText('Встреч пока нет.', { exact: false })).toBeHidden()

  // Monitoring too: its month chart and total follow the pull, with no reload.
  await page.getByRole('link', { name: 'Мониторинг', exact: true }).click()
  await expect(page.getByText('Всего 1 встреча')).toBeVisible()
  await logMeeting(phone, 'Разбор олимпиадных задач')
  await syncNow(phone)
  await expect(phone.getByText('Всё отправлено')).toBeVisible()
  await syncNow(page)
  await expect(page.getByText('Всего 2 встречи')).toBeVisible()
  await expect(page.getByText('Всего 1 встреча')).toBeHidden()
})
