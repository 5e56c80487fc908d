import { addPerson, createPair, createProgram } from './support/curator.ts'
import { CURATOR, expect, openAsCurator, syncNow, test } from './support/fixtures.ts'
import { MENTEE, MENTOR } from './support/phone.ts'

const PROGRAM = 'Педагог – молодой специалист'
const YANDEX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 YaBrowser/24.1.0.0 Safari/537.36'
const DIRECTOR = { name: 'Соколова Анна Игоревна', login: 'direktor', password: 'липа ветер окно 17' }

test('the curator adds the director as an observer in the app, who signs in and reads the pairs but cannot change them', async ({ page, browser, server }) => {
  // A school with a pair, a new account, a second browser: longer than one screen's default.
  test.setTimeout(180_000)
  await page.setViewportSize({ width: 1366, height: 768 })
  await openAsCurator(page, server)
  await createProgram(page, PROGRAM)
  await addPerson(page, { name: MENTOR, mentor: true })
  await addPerson(page, { name: MENTEE })
  await createPair(page, PROGRAM, MENTOR, [MENTEE])
  await syncNow(page)
  await expect(page.getByText('Всё отправлено')).toBeVisible()

  await page.getByRole('link', { name: 'Доступ', exact: true }).click()
  await page.getByRole('button', { name: 'Добавить сотрудника' }).click()
  const create = page.getByRole('button', { name: 'Создать учётную запись' })
  // Empty name, then a taken login and a guessable password: each is said on its own field.
  await page.getByLabel('Логин').fill(DIRECTOR.login)
  await page.getByLabel('Пароль').fill(DIRECTOR.password)
  await create.click()
  await expect(page.getByText('Заполните это поле')).toBeVisible()
  await page.getByLabel('ФИО').fill(DIRECTOR.name)
  await page.getByLabel('Кем приходится школе').fill('Директор')
  await page.getByLabel('Логин').fill(CURATOR.login)
  await create.click()
  await expect(page.getByText(`Логин «${CURATOR.login}» уже занят`)).toBeVisible()
  await page.getByLabel('Логин').fill(DIRECTOR.login)
  await page.getByLabel('Пароль').fill('qwerty123')
  await create.click()
  await expect(page.getByText('Этот пароль слишком распространён')).toBeVisible()
  await page.getByLabel('Пароль').fill(DIRECTOR.password)
  await create.click()
  await expect(page.getByText(`Учётная запись «${DIRECTOR.name}» создана`)).toBeVisible()
  const account = page.getByRole('listitem').filter({ hasText: `${DIRECTOR.name} · Наблюдатель · Директор` })
  await expect(account).toContainText(`логин ${DIRECTOR.login}`)

  // The director, on another computer.
  const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1366, height: 768 }, locale: 'ru-RU', userAgent: YANDEX })
  const director = await context.newPage()
  await director.goto('/login')
  await director.getByLabel('Логин').fill(DIRECTOR.login)
  await director.getByLabel('Пароль').fill(DIRECTOR.password)
  await director.getByRole('button', { name: 'Войти' }).click()
  await expect(director.getByRole('heading', { name: 'Программы наставничества' })).toBeVisible()
  await expect(director.getByText(PROGRAM)).toBeVisible()
  await expect(director.getByRole('link', { name: 'Новая программа' })).toHaveCount(0)

  await director.getByRole('link', { name: 'Пары', exact: true }).click()
  // On a desktop the pairs are a table's rows; an observer has no boxes to select them by.
  await expect(director.getByRole('row').filter({ hasText: MENTOR })).toContainText(MENTEE)
  await expect(director.getByRole('checkbox')).toHaveCount(0)
  await expect(director.getByRole('link', { name: 'Новая пара' })).toHaveCount(0)
  await expect(director.getByRole('link', { name: new RegExp(MENTOR) })).toHaveCount(0)
  await director.getByRole('link', { name: 'Участники', exact: true }).click()
  await expect(director.getByText(MENTEE)).toBeVisible()
  await expect(director.getByRole('link', { name: 'Добавить участника' })).toHaveCount(0)
  // The curator's page is not the director's even by its address.
  await director.goto('/users')
  await expect(director.getByRole('heading', { name: 'Доступ и устройства' })).toHaveCount(0)

  // The curator sees the director's computer, and disables the account: the director is signed out.
  await page.reload()
  await expect(account.getByRole('listitem')).toContainText('Windows 10, Яндекс Браузер')
  page.once('dialog', dialog => void dialog.accept())
  await account.getByRole('button', { name: 'Отключить' }).click()
  await expect(account).toContainText('отключена')
  await director.getByRole('link', { name: 'Пары', exact: true }).click()
  await syncNow(director)
  await expect(director.getByRole('alert')).toContainText('Доступ этого устройства отозван')
  await context.close()
})
