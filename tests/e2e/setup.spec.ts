import { CURATOR, expect, fillSetup, statusStrip, test } from './support/fixtures.ts'

test('a fresh server asks for its setup code, refuses a wrong one, then signs the curator in', async ({ page, server }) => {
  await page.goto('/')
  await expect(page).toHaveURL(/\/setup$/)
  await expect(page.getByRole('heading', { name: 'Первый запуск' })).toBeVisible()

  await fillSetup(page, 'WRNG-WRNG-WRNG')
  await expect(page.getByRole('alert')).toContainText('Неверный код установки')
  expect(await (await fetch(`${server.url}/api/setup`)).json()).toEqual({ needed: true })

  await page.getByLabel('Код установки').fill(await server.setupToken)
  await page.getByRole('button', { name: 'Создать школу' }).click()
  await expect(page.getByRole('heading', { name: 'Программы наставничества' })).toBeVisible()
  await expect(statusStrip(page)).toContainText('В сети')
  await expect(statusStrip(page)).toContainText('Всё отправлено')
  expect(await (await fetch(`${server.url}/api/setup`)).json()).toEqual({ needed: false })

  await page.getByRole('link', { name: 'Настройки' }).click()
  await expect(page.getByText(CURATOR.name)).toBeVisible()
  await page.getByRole('button', { name: 'Выйти' }).click()
  await expect(page).toHaveURL(/\/login$/)

  await page.getByLabel('Логин').fill(CURATOR.login)
  await page.getByLabel('Пароль').fill('wrong-password')
  await page.getByRole('button', { name: 'Войти' }).click()
  await expect(page.getByRole('alert')).toContainText('Неверный логин или пароль')
  await page.getByLabel('Пароль').fill(CURATOR.password)
  await page.getByRole('button', { name: 'Войти' }).click()
  await expect(page.getByRole('heading', { name: 'Программы наставничества' })).toBeVisible()
})

test('the interface switches to English and back', async ({ page, server }) => {
  await page.goto('/')
  await fillSetup(page, await server.setupToken)
  await page.getByRole('link', { name: 'Настройки' }).click()
  await page.getByLabel('English').check()
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('link', { name: 'Programmes' })).toBeVisible()
  await page.getByLabel('Русский').check()
  await expect(page.getByRole('heading', { name: 'Настройки' })).toBeVisible()
})
