import type { Page } from '@playwright/test'
import { expect, statusStrip, syncNow, test } from './support/fixtures.ts'
import { enrollPhone, logMeeting, MENTEE, MENTOR, schoolWithPair, smallTapTargets } from './support/phone.ts'

async function enrollByCode(phone: Page, origin: string, code: string): Promise<void> {
  await phone.goto(`${origin}/enroll`)
  await phone.getByLabel('Код').fill(code)
  await phone.getByRole('button', { name: 'Войти' }).tap()
}

test('on a phone, offline: three meetings, one resumed from its draft, all reach the curator', async ({ page, browser, server }) => {
  // Two devices and several syncs: more than one person's walk through a screen.
  test.setTimeout(120_000)
  const { code } = await schoolWithPair(page, server)
  const phone = await enrollPhone(browser, p => enrollByCode(p, server.url, code))
  await phone.context().setOffline(true)

  await phone.getByRole('link', { name: new RegExp(MENTEE) }).tap()
  await expect(phone).toHaveURL(/\/my\/pairs\//)
  const pairUrl = phone.url()
  await logMeeting(phone, 'Знакомство, ожидания от программы')

  // A call comes in half-way: the tab is closed with the form filled but not saved.
  await phone.getByRole('link', { name: 'Записать встречу' }).tap()
  await phone.getByLabel('Тема').fill('Пробное занятие: дроби')
  await phone.getByLabel('Длительность, мин').fill('35')
  await expect.poll(() => phone.evaluate(() => new Promise<number>((resolve) => {
    const open = indexedDB.open('nastavnik')
    open.onsuccess = () => {
      const request = open.result.transaction('drafts').objectStore('drafts').count()
      request.onsuccess = () => resolve(request.result)
    }
  }))).toBe(1)
  await phone.close()

  const again = await phone.context().newPage()
  await again.goto(pairUrl)
  await again.getByRole('link', { name: 'Записать встречу' }).tap()
  await expect(again.getByText('Восстановлен черновик')).toBeVisible()
  await expect(again.getByLabel('Тема')).toHaveValue('Пробное занятие: дроби')
  await expect(again.getByLabel('Длительность, мин')).toHaveValue('35')
  await expect(again.getByLabel('Вид встречи')).toHaveValue('trial')
  await again.getByRole('button', { name: 'Сохранить' }).tap()
  await expect(again.getByRole('link', { name: /Пробное занятие: дроби/ })).toBeVisible()

  await logMeeting(again, 'Планирование: цели на четверть')
  await again.reload()
  for (const topic of ['Знакомство, ожидания', 'Пробное занятие: дроби', 'Планирование: цели'])
    await expect(again.getByRole('link', { name: new RegExp(topic) })).toBeVisible()
  await expect(statusStrip(again)).toContainText('ждут отправки')

  // One hand on a 360 px screen: nothing scrolls sideways, every control is a thumb's size.
  expect(await again.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  expect(await smallTapTargets(again)).toEqual([])

  await again.context().setOffline(false)
  await syncNow(again)
  await expect(statusStrip(again)).toContainText('Всё отправлено')

  await syncNow(page)
  await page.getByRole('link', { name: 'Пары', exact: true }).click()
  await page.getByRole('link', { name: new RegExp(MENTOR) }).click()
  await expect(page.getByText('3 встречи')).toBeVisible()
  for (const topic of ['Знакомство, ожидания от программы', 'Пробное занятие: дроби', 'Планирование: цели на четверть'])
    await expect(page.getByText(topic)).toBeVisible()

  // And in the school's journal, found by a word of a topic.
  await page.getByRole('link', { name: 'Встречи', exact: true }).click()
  await expect(page.getByText('3 встречи')).toBeVisible()
  await page.getByPlaceholder('Поиск по ФИО и теме').fill('дроби')
  await expect(page.locator('.list li')).toHaveCount(1)
  await expect(page.locator('.list li')).toContainText('Пробное занятие: дроби')
})
