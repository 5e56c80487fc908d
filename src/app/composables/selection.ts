import { ref, shallowRef } from 'vue'
import type { RecordsKind } from '../data/sheets/records.ts'
import type { Selection } from '../data/selection.ts'
import { t } from '../i18n/index.ts'
import { useAction } from './action.ts'

/**
 * A registry's rows chosen for bulk actions, kept across pages, filters and orders until cleared, and the one
 * action every registry has: the selection exported to Excel, in the order the table shows (`shown`, its rows'
 * ids as sorted and filtered now; a selected row the filter hides follows them). `done` says what the last action
 * did; `run` is for the registry's own actions (ending pairs).
 */
export function useSelection(kind: RecordsKind, shown: () => readonly string[]) {
  const selected = shallowRef<Selection>(new Set())
  const done = ref<string>()
  const { busy, failure, run } = useAction()
  function exportSelected(): void {
    void run(async () => {
      // The spreadsheet writer and the sheets load on the click, off every list's first screen.
      const { exportRecords } = await import('../data/sheets/records.ts')
      done.value = t('exports.exported', { name: await exportRecords(kind, inShownOrder(selected.value, shown())) })
    })
  }
  const clear = () => {
    selected.value = new Set()
  }
  return { selected, done, busy, failure, run, exportSelected, clear }
}

/** The selected ids as the table shows them, then those it does not show now, in the order they were chosen. */
function inShownOrder(selected: Selection, shown: readonly string[]): string[] {
  const first = shown.filter(id => selected.has(id))
  const placed = new Set(first)
  return [...first, ...[...selected].filter(id => !placed.has(id))]
}
