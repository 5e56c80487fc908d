import { vi } from 'vitest'
import type { mountAt } from '../mountPage.ts'

type Wrapper = Awaited<ReturnType<typeof mountAt>>['wrapper']

/**
 * Picks `file` in the page's file input and waits until the page has read it: the column form or an alert shows.
 * Reading goes through a lazily imported spreadsheet library, whose first load under a busy test run takes longer
 * than any fixed number of ticks.
 */
export async function chooseFile(wrapper: Wrapper, file: File): Promise<void> {
  const input = wrapper.find('input[type="file"]')
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
  await vi.waitFor(() => {
    if (!wrapper.find('form tbody select').exists() && !wrapper.find('[role="alert"]').exists())
      throw new Error('the file has not been read yet')
  }, { timeout: 10_000, interval: 20 })
}
