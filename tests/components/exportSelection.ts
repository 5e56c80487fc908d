import type { VueWrapper } from '@vue/test-utils'
import readXlsxFile from 'read-excel-file/universal'
import { expect, vi } from 'vitest'

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A registry's «Выгрузить выбранные в Excel» pressed with rows already selected: waits until the bar says the file
 * `title` (with today's date) is ready, and gives the first sheet's rows under its head row.
 */
export async function exportSelection(wrapper: VueWrapper, title: string): Promise<unknown[][]> {
  let written: Blob | undefined
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    written = blob as Blob
    return 'blob:selection'
  })
  await wrapper.findAll('.bulk-bar button').find(b => b.text() === 'Выгрузить выбранные в Excel')!.trigger('click')
  const ready = new RegExp(`^Файл «${escaped(title)} \\d{4}-\\d{2}-\\d{2}\\.xlsx» готов$`)
  // The spreadsheet writer loads on the click: seconds on a loaded machine.
  await vi.waitFor(() => expect(wrapper.find('.bulk-bar [role="status"]').text()).toMatch(ready), { timeout: 10_000 })
  const [sheet] = await readXlsxFile(await written!.arrayBuffer())
  return sheet!.data.slice(1)
}
