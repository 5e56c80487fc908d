import { cellText } from '../../data/spreadsheet.ts'
import type { CheckedRow } from './check.ts'
import { nameOf } from './columns.ts'
import type { Mapping, NameField } from './mapping.ts'

export const PREVIEW_ROWS = 20

export interface PreviewRow {
  row: number
  state: 'ok' | 'error' | 'duplicate'
  /** One text per preview column. */
  cells: string[]
}

/** `YYYY-MM-DD` → ДД.ММ.ГГГГ, as the sheet wrote it. */
export const dotted = (date: string) => (date ? `${date.slice(8)}.${date.slice(5, 7)}.${date.slice(0, 4)}` : '')

/**
 * One line of the preview table: what will be written for a good row (so the curator sees how dates and words
 * were read, and whom a row found), and the file's own text for a row with errors.
 */
export function previewRow<F extends string, R>(checked: CheckedRow<R>, mapping: Mapping<F | NameField>, columns: readonly F[], show: (record: R) => Partial<Record<F, string>>): PreviewRow {
  const { record, row } = checked
  if (record) {
    const shown = show(record)
    return { row, state: checked.duplicate ? 'duplicate' : 'ok', cells: columns.map(c => shown[c] ?? '') }
  }
  const raw = (field: F) => (field === 'name' ? nameOf(checked.cells, mapping) : mapping[field] === undefined ? '' : cellText(checked.cells[mapping[field]]))
  return { row, state: 'error', cells: columns.map(raw) }
}
