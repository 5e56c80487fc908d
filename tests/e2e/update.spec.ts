import type { Page } from '@playwright/test'
import { NEXT_BUILD } from './support/builds.ts'
import { expect, openAsCurator, syncNow, test } from './support/fixtures.ts'

async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration()
    await registration?.update()
  })
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null)).toBe(true)
}

test('a deployed version is offered, never forced, and not while a form is being edited', async ({ page, server }) => {
  await openAsCurator(page, server)
  server.deploy(NEXT_BUILD)
  await checkForUpdate(page)

  const prompt = page.getByRole('alertdialog')
  await expect(prompt).toContainText('Доступна новая версия')

  // The old version keeps working, lazy screens included.
  await page.getByRole('link', { name: 'Новая программа' }).click()
  await expect(prompt).toBeVisible()
  await page.getByLabel('Название').fill('Черновик')
  await expect(prompt).toBeHidden()
  await page.getByRole('link', { name: 'Отмена' }).click()
  await expect(prompt).toBeVisible()

  await page.getByRole('link', { name: 'Настройки' }).click()
  await expect(page.getByText('Версия 0.1.0', { exact: true })).toBeVisible()
  await prompt.getByRole('button', { name: 'Обновить' }).click()
  // Activation, the reload and the first paint from the new precache: seconds when two browsers share two cores.
  await expect(page.getByText('Версия 0.1.0+next')).toBeVisible({ timeout: 30_000 })
  await expect(prompt).toBeHidden()
})

test('no update is offered while changes wait to be sent', async ({ page, context, server }) => {
  await openAsCurator(page, server)
  // The server takes no sync for now, so the change stays in the outbox while the app itself is reachable.
  await context.route('**/api/sync/**', route => route.abort('connectionrefused'))
  await page.getByRole('link', { name: 'Новая программа' }).click()
  await page.getByLabel('Название').fill('Педагог – молодой специалист')
  await page.getByRole('button', { name: 'Сохранить' }).click()
  await expect(page.getByText('1 ждёт отправки')).toBeVisible()

  server.deploy(NEXT_BUILD)
  await checkForUpdate(page)
  await expect(page.getByRole('alertdialog')).toBeHidden()
  await expect(page.getByRole('button', { name: 'Обновить' })).toHaveCount(0)

  // Once the change is sent, the waiting version is offered.
  await context.unroute('**/api/sync/**')
  await syncNow(page)
  await expect(page.getByText('Всё отправлено')).toBeVisible()
  await expect(page.getByRole('alertdialog')).toContainText('Доступна новая версия')
  // A reload leaves the new version waiting (the old one still has this tab), and the app opened again offers it.
  await page.reload()
  await expect(page.getByRole('alertdialog')).toContainText('Доступна новая версия')
})
