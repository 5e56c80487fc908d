import { expect, test } from './support/fixtures.ts'
import { enrollPhone, MENTEE, schoolWithPair } from './support/phone.ts'

test('the meeting form keeps every keystroke: through a reload straight after typing, and after «Удалить черновик»', async ({ page, browser, server }) => {
  const { code } = await schoolWithPair(page, server)
  const phone = await enrollPhone(browser, async (p) => {
    await p.goto(`${server.url}/enroll`)
    await p.getByLabel('Код').fill(code)
    await p.getByRole('button', { name: 'Войти' }).tap()
  })
  await phone.getByRole('link', { name: new RegExp(MENTEE) }).tap()
  await phone.getByRole('link', { name: 'Записать встречу' }).tap()
  await expect(phone.getByLabel('Тема')).toBeVisible()

  await phone.getByLabel('Тема').fill('Разбор контрольной')
  await phone.getByLabel('Тема').press('End')
  await phone.keyboard.type(' по физике')
  await phone.reload()
  await expect(phone.getByText('Восстановлен черновик')).toBeVisible()
  await expect(phone.getByLabel('Тема')).toHaveValue('Разбор контрольной по физике')

  await phone.getByRole('button', { name: 'Удалить черновик' }).tap()
  await expect(phone.getByLabel('Тема')).toHaveValue('')
  await phone.getByLabel('Тема').fill('Подготовка к олимпиаде')
  await phone.reload()
  await expect(phone.getByLabel('Тема')).toHaveValue('Подготовка к олимпиаде')
})
