import { go } from './support/accessibility.ts'
import { createProgram } from './support/curator.ts'
import { expect, openAsCurator, test } from './support/fixtures.ts'

test('from a new programme\'s form straight to a programme, the programme\'s own page shows, not the blank form', async ({ page, server }) => {
  await openAsCurator(page, server)
  await createProgram(page, 'Учитель – учитель 2026')
  await page.getByRole('link', { name: 'Программы', exact: true }).click()
  await page.getByRole('link', { name: /Учитель – учитель 2026/ }).click()
  await expect(page.getByLabel('Название')).toHaveValue('Учитель – учитель 2026')
  const programme = new URL(page.url()).pathname
  // In the app, without reloading: the same page component serves both addresses.
  await go(page, '/programs/new')
  await expect(page.getByLabel('Название')).toHaveValue('')
  await go(page, programme)
  await expect(page.getByLabel('Название')).toHaveValue('Учитель – учитель 2026')
})
