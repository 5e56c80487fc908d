import { expect, statusStrip, syncNow, test } from './support/fixtures.ts'
import { enrollPhone, logMeeting, MENTEE, MENTOR, schoolWithPair } from './support/phone.ts'

const TOPIC = 'Разбор контрольной'
const CURATORS = 'Запись куратора: пришли родители'
const MENTORS = 'Запись наставника: решили три задачи'

test('a meeting\'s notes changed by the curator and, offline, by the mentor: both are kept, both see it, and one tap keeps both texts', async ({ page, browser, server }) => {
  // Two devices, each synced several times: longer than one person's walk through a screen.
  test.setTimeout(150_000)
  await page.setViewportSize({ width: 1366, height: 768 })
  const { link } = await schoolWithPair(page, server)
  const phone = await enrollPhone(browser, p => p.goto(link).then(() => undefined))
  await phone.getByRole('link', { name: new RegExp(MENTEE) }).tap()
  await logMeeting(phone, TOPIC)
  await syncNow(phone)
  await expect(statusStrip(phone)).toContainText('Всё отправлено')

  // The phone goes off the network; the curator, who has the meeting, writes in its notes.
  await phone.context().setOffline(true)
  await syncNow(page)
  await page.getByRole('link', { name: 'Встречи', exact: true }).click()
  await page.getByRole('link', { name: new RegExp(TOPIC) }).click()
  await page.getByLabel('Заметки').fill(CURATORS)
  await page.getByRole('button', { name: 'Сохранить' }).click()
  await syncNow(page)
  await expect(statusStrip(page)).toContainText('Всё отправлено')

  // The mentor, not having seen it, writes his own notes; back online the server keeps his and records the conflict.
  await phone.getByRole('link', { name: new RegExp(TOPIC) }).tap()
  await phone.getByLabel('Заметки').fill(MENTORS)
  await phone.getByRole('button', { name: 'Сохранить' }).tap()
  await phone.context().setOffline(false)
  await syncNow(phone)
  const onPhone = phone.getByRole('region', { name: 'Правки с двух устройств' })
  await expect(onPhone).toContainText('поле «Заметки» изменили на двух устройствах')
  await expect(onPhone).toContainText(CURATORS)
  await expect(onPhone).toContainText(MENTORS)
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  await phone.screenshot({ path: test.info().outputPath('phone-conflict.png'), scale: 'css' })

  // The curator is told on the first screen and sees the same.
  await syncNow(page)
  await page.getByRole('link', { name: 'Программы', exact: true }).click()
  await page.getByRole('link', { name: 'Есть 1 правка, сделанная на двух устройствах' }).click()
  await expect(page.getByRole('heading', { name: 'Правки с двух устройств' })).toBeVisible()
  await expect(page.getByRole('main')).toContainText(CURATORS)

  // The mentor keeps both texts; the curator's list empties once it syncs.
  await onPhone.getByRole('button', { name: 'Оставить оба текста' }).tap()
  await expect(onPhone).toBeHidden()
  await syncNow(phone)
  await expect(statusStrip(phone)).toContainText('Всё отправлено')
  await syncNow(page)
  await expect(page.getByText('Расхождений нет')).toBeVisible()
  await page.getByRole('link', { name: 'Встречи', exact: true }).click()
  await page.getByRole('link', { name: new RegExp(TOPIC) }).click()
  await expect(page.getByLabel('Заметки')).toHaveValue(`${MENTORS}\n\n${CURATORS}`)
})

test('two phones of one mentor change a meeting\'s topic offline: both see the conflict, and one brings its own topic back', async ({ page, browser, server }) => {
  test.setTimeout(150_000)
  await page.setViewportSize({ width: 1366, height: 768 })
  const { link } = await schoolWithPair(page, server)
  const phone = await enrollPhone(browser, p => p.goto(link).then(() => undefined))
  // A second phone: a new code for the same mentor, whose first phone keeps working.
  await page.getByRole('listitem').filter({ hasText: MENTOR }).getByRole('button', { name: 'Новый код для телефона' }).click()
  const card = page.getByRole('article', { name: MENTOR })
  await expect(card.getByRole('link')).not.toHaveText(link)
  const second = (await card.getByRole('link').textContent())!.trim()
  const tablet = await enrollPhone(browser, p => p.goto(second).then(() => undefined))

  await phone.getByRole('link', { name: new RegExp(MENTEE) }).tap()
  await logMeeting(phone, TOPIC)
  await syncNow(phone)
  await expect(statusStrip(phone)).toContainText('Всё отправлено')
  await syncNow(tablet)
  await tablet.getByRole('link', { name: new RegExp(MENTEE) }).tap()

  // Both off the network, each renames the meeting.
  for (const [device, topic] of [[phone, 'Тема с телефона'], [tablet, 'Тема с планшета']] as const) {
    await device.context().setOffline(true)
    await device.getByRole('link', { name: new RegExp(TOPIC) }).tap()
    await device.getByLabel('Тема').fill(topic)
    await device.getByRole('button', { name: 'Сохранить' }).tap()
    await expect(device.getByRole('link', { name: new RegExp(topic) })).toBeVisible()
  }
  for (const device of [phone, tablet, phone]) {
    await device.context().setOffline(false)
    await syncNow(device)
    await expect(statusStrip(device)).toContainText('Всё отправлено')
  }

  // Both phones show it; the phone whose topic was replaced brings it back in one tap, and the tablet follows.
  for (const device of [phone, tablet]) {
    const shown = device.getByRole('region', { name: 'Правки с двух устройств' })
    await expect(shown).toContainText('поле «Тема» изменили на двух устройствах')
    await expect(shown).toContainText('Тема с телефона')
    await expect(shown).toContainText('Тема с планшета')
  }
  await phone.getByRole('region', { name: 'Правки с двух устройств' }).getByRole('button', { name: 'Вернуть заменённое' }).tap()
  await expect(phone.getByRole('link', { name: /Тема с телефона/ })).toBeVisible()
  await syncNow(phone)
  await expect(statusStrip(phone)).toContainText('Всё отправлено')
  await syncNow(tablet)
  await expect(tablet.getByRole('link', { name: /Тема с телефона/ })).toBeVisible()
  await expect(tablet.getByRole('region', { name: 'Правки с двух устройств' })).toBeHidden()
})
