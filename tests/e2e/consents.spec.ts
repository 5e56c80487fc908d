import type { Page } from '@playwright/test'
import { expect, syncNow, test } from './support/fixtures.ts'
import { enrollPhone, MENTEE, MENTOR, schoolWithPair } from './support/phone.ts'

async function sync(page: Page): Promise<void> {
  await syncNow(page)
  await expect(page.getByText('Всё отправлено')).toBeVisible()
}

test('a consent withdrawn inside a working pair suspends it on the curator\'s list and on the mentor\'s phone; it can still be ended', async ({ page, browser, server }) => {
  const { code } = await schoolWithPair(page, server)
  const phone = await enrollPhone(browser, async (p) => {
    await p.goto(`${server.url}/enroll`)
    await p.getByLabel('Код').fill(code)
    await p.getByRole('button', { name: 'Войти' }).tap()
  })
  const card = phone.getByRole('link', { name: new RegExp(MENTEE) })
  await expect(card).not.toContainText('Приостановлена')

  // The mentee's parents withdraw the consent: the curator marks it on the card.
  await page.getByRole('link', { name: 'Участники', exact: true }).click()
  await page.getByRole('link', { name: new RegExp(MENTEE) }).click()
  page.once('dialog', dialog => void dialog.accept())
  await page.getByRole('button', { name: 'Отозвать' }).click()
  await expect(page.getByText(/отозвано/)).toBeVisible()
  await expect(page.getByText('Нет действующего согласия на обработку персональных данных')).toBeVisible()

  await page.getByRole('link', { name: 'Пары', exact: true }).click()
  const pair = page.getByRole('link', { name: new RegExp(MENTOR) })
  await expect(pair).toContainText('работает')
  await expect(pair).toContainText('Приостановлена: нет согласия')
  await expect(page.getByText('1 пара приостановлена: нет согласия')).toBeVisible()

  // The list of missing consents names who, which and for which pair.
  await page.getByRole('link', { name: 'Каких согласий не хватает' }).click()
  const row = page.getByRole('row').filter({ hasText: MENTEE })
  await expect(row).toContainText('наставляемый')
  await expect(row).toContainText('согласие на обработку персональных данных')
  await expect(row.getByRole('link', { name: new RegExp(MENTOR) })).toBeVisible()
  await sync(page)

  // The phone holds no consents: the server marks the pair for it.
  await syncNow(phone)
  await expect(card).toContainText('Приостановлена: нет согласия')
  await card.tap()
  await expect(phone.getByRole('status').filter({ hasText: 'Приостановлена: нет согласия' })).toBeVisible()
  const stored = await phone.evaluate(() => new Promise<string>((resolve) => {
    const open = indexedDB.open('nastavnik')
    open.onsuccess = () => {
      const request = open.result.transaction('consents').objectStore('consents').count()
      request.onsuccess = () => resolve(String(request.result))
    }
  }))
  expect(stored).toBe('0')

  // Ending the pair is never refused for lack of consent.
  await page.getByRole('link', { name: 'Пары', exact: true }).click()
  await page.getByRole('link', { name: new RegExp(MENTOR) }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Приостановлена: нет согласия' })).toContainText(MENTEE)
  await page.getByLabel('Состояние', { exact: true }).first().selectOption({ label: 'завершена' })
  await page.getByRole('button', { name: 'Сохранить' }).first().click()
  await expect(page.getByRole('heading', { name: 'Пары и группы' })).toBeVisible()
  await expect(page.getByRole('link', { name: new RegExp(MENTOR) })).toContainText('завершена')
  await expect(page.getByRole('link', { name: new RegExp(MENTOR) })).not.toContainText('Приостановлена')
  await sync(page)
  await phone.goBack()
  await syncNow(phone)
  await expect(card).toBeVisible()
  await expect(card).not.toContainText('Приостановлена')
})
