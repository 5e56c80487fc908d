import { expect, openAsCurator, statusStrip, test } from './support/fixtures.ts'

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
  // The programme and the 24 events of its roadmap: 25 changes, with the Russian plural.
  await expect(statusStrip(page)).toContainText('Сохранено на устройстве · 25 изменений ждут отправки')

  await page.reload()
  await expect(page.getByRole('link', { name: /Успешный старт/ })).toBeVisible()
  await page.goto('/settings')
  await expect(page.getByRole('heading', { name: 'Настройки' })).toBeVisible()
  await page.goto('/programs')
  await expect(page.getByText('1 программа')).toBeVisible()
  await expect(statusStrip(page)).toContainText('25 изменений ждут отправки')
})
