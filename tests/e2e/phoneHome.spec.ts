import { expect, statusStrip, syncNow, test } from './support/fixtures.ts'
import { enrollPhone, MENTEE, MENTOR, schoolWithPair, smallTapTargets } from './support/phone.ts'

test('the mentor\'s phone at 360×640: a one-line status that opens its details, a plan item ticked offline, tomorrow\'s meeting reminded, thumb-sized controls, a dark theme chosen', async ({ page, browser, server }) => {
  const { link } = await schoolWithPair(page, server)
  const phone = await enrollPhone(browser, p => p.goto(link).then(() => undefined))

  // The status takes one line of at most 48 px; a tap opens what it summarises, with the button.
  const line = statusStrip(phone)
  await expect(line).toContainText('Всё отправлено')
  expect((await line.boundingBox())!.height).toBeLessThanOrEqual(48)
  const syncButton = phone.getByRole('button', { name: 'Синхронизировать' })
  await expect(syncButton).toBeHidden()
  await line.getByRole('button').tap()
  await expect(syncButton).toBeVisible()
  await expect(phone.locator('#sync-details')).toContainText('Синхронизировано:')
  expect(await smallTapTargets(phone)).toEqual([])
  await line.getByRole('button').tap()
  await expect(syncButton).toBeHidden()

  // Offline, on the pair's page: the first plan item ticked done, a meeting logged with the next one set for tomorrow.
  await phone.context().setOffline(true)
  await phone.getByRole('link', { name: new RegExp(MENTEE) }).tap()
  const tick = phone.getByRole('checkbox', { name: 'Выполнен пункт «Встреча-знакомство»' })
  await tick.tap()
  await expect(tick).toBeChecked()
  await expect(line).toContainText('Нет сети · 1 ждёт отправки')
  expect((await line.boundingBox())!.height).toBeLessThanOrEqual(48)
  expect(await smallTapTargets(phone)).toEqual([])

  await phone.getByRole('link', { name: 'Записать встречу' }).tap()
  const tomorrow = await phone.evaluate(() => {
    const day = new Date(Date.now() + 86_400_000)
    return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`
  })
  await phone.getByLabel('Тема').fill('Знакомство')
  await phone.getByLabel('Следующая встреча').fill(tomorrow)
  expect(await smallTapTargets(phone)).toEqual([])
  await phone.getByRole('button', { name: 'Сохранить' }).tap()
  await expect(phone.getByRole('link', { name: /Знакомство/ })).toBeVisible()

  await phone.getByRole('link', { name: 'Мои пары' }).tap()
  await expect(phone.getByRole('link', { name: `Завтра встреча: ${MENTEE}` })).toBeVisible()
  await expect(phone.getByRole('link', { name: new RegExp(`^${MENTEE}.*следующая встреча завтра`) })).toBeVisible()
  await expect(line).toContainText('2 ждут отправки')
  expect(await smallTapTargets(phone)).toEqual([])

  // The settings, thumb-sized too, switch the theme whatever the system's.
  await phone.getByRole('link', { name: 'Настройки' }).tap()
  await phone.getByLabel('Тёмная').tap()
  await expect(phone.locator('html')).toHaveAttribute('data-theme', 'dark')
  expect(await smallTapTargets(phone)).toEqual([])

  // Back online, the tick reaches the curator.
  await phone.context().setOffline(false)
  await syncNow(phone)
  await expect(line).toContainText('Всё отправлено')
  await syncNow(page)
  await page.getByRole('link', { name: 'Пары', exact: true }).click()
  await page.getByRole('link', { name: new RegExp(MENTOR) }).click()
  await expect(page.getByRole('checkbox', { name: 'Выполнен пункт «Встреча-знакомство»' })).toBeChecked()
})
