import { CURATOR, expect, openAsCurator, statusStrip, test } from './support/fixtures.ts'

test('after the first visit every route opens offline, and a record written offline survives reloads', async ({ page, context, server }) => {
  await openAsCurator(page, server)
  await context.setOffline(true)
  await server.stop() // nothing on the network could answer, not even a leaked request

  await page.reload()
  await expect(page.getByRole('heading', { name: 'Программы наставничества' })).toBeVisible()
  await expect(statusStrip(page)).toContainText('Нет сети')

  await page.goto('/programs/new')
  await expect(page.getByRole('heading', { name: 'Новая программа' })).toBeVisible()
  await page.getByRole('button', { name: 'Сохранить' }).click()
  await expect(page.getByText('Заполните это поле')).toBeVisible()
  await page.getByLabel('Название').fill('Успешный старт: ученик – ученик')
  await page.getByRole('button', { name: 'Сохранить' }).click()

  await expect(page.getByRole('link', { name: /Успешный старт/ })).toBeVisible()
  // The programme alone: the roadmap is the school's, not made per programme.
  await expect(statusStrip(page)).toContainText('Нет сети · 1 ждёт отправки')

  await page.reload()
  await expect(page.getByRole('link', { name: /Успешный старт/ })).toBeVisible()
  await page.goto('/settings')
  await expect(page.getByRole('heading', { name: 'Настройки' })).toBeVisible()
  await page.goto('/programs')
  await expect(page.getByText('1 программа')).toBeVisible()
  await expect(statusStrip(page)).toContainText('1 ждёт отправки')
})

test('a tab closed between the local write and the push sends the change when the app is opened again', async ({ page, context, server, browser }) => {
  await openAsCurator(page, server)
  // The write lands on disk; the push that would follow never gets through before the tab is gone.
  await context.route('**/api/sync/push', route => route.abort())
  await page.getByRole('link', { name: 'Партнёры', exact: true }).click()
  await page.getByRole('link', { name: 'Добавить организацию' }).click()
  await page.getByLabel('Название').fill('ООО «Закрытая вкладка»')
  await page.getByRole('button', { name: 'Сохранить' }).click()
  await expect(statusStrip(page)).toContainText('1 ждёт отправки')
  await page.close()

  await context.unroute('**/api/sync/push')
  const reopened = await context.newPage()
  await reopened.goto('/partners')
  await expect(statusStrip(reopened)).toContainText('Всё отправлено')

  // Another device of the school gets it from the server.
  const other = await (await browser.newContext({ baseURL: server.url, serviceWorkers: 'block' })).newPage()
  await other.goto('/login')
  await other.getByLabel('Логин').fill(CURATOR.login)
  await other.getByLabel('Пароль').fill(CURATOR.password)
  await other.getByRole('button', { name: 'Войти' }).click()
  await other.getByRole('link', { name: 'Партнёры', exact: true }).click()
  await expect(other.getByRole('link', { name: /Закрытая вкладка/ })).toBeVisible()
})
