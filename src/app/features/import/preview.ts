import type { Person } from '#shared/model/person'
import type { RecordFields } from '#shared/model/record'
import { t } from '../../i18n/index.ts'
import './messages.ts'
import '../people/messages.ts'
import { cellText } from '../../data/spreadsheet.ts'
import { nameOf } from './columns.ts'
import type { ImportField, Mapping } from './mapping.ts'
import type { CheckedRow } from './validate.ts'

export const PREVIEW_ROWS = 20

export interface PreviewRow {
  row: number
  state: 'ok' | 'error' | 'duplicate'
  name: string
  category: string
  classGroup: string
  birthDate: string
  role: string
}

function roleLabel(person: RecordFields<Person>): string {
  const key = person.isMentor && person.isMentee ? 'both' : person.isMentor ? 'mentor' : person.isMentee ? 'mentee' : 'none'
  return t(`import.roles.${key}`)
}

const dotted = (date: string) => (date ? `${date.slice(8)}.${date.slice(5, 7)}.${date.slice(0, 4)}` : '')

/**
 * One line of the preview table: what will be written for a good row (so the curator sees how dates and
 * categories were read), and the file's own text for a row with errors.
 */
export function previewRow(checked: CheckedRow, mapping: Mapping): PreviewRow {
  const { person, row } = checked
  if (person) {
    return {
      row,
      state: checked.duplicate ? 'duplicate' : 'ok',
      name: person.name,
      category: t(`people.categories.${person.category}`),
      classGroup: person.classGroup,
      birthDate: dotted(person.birthDate),
      role: roleLabel(person),
    }
  }
  const raw = (field: ImportField) => (mapping[field] === undefined ? '' : cellText(checked.cells[mapping[field]]))
  return { row, state: 'error', name: nameOf(checked.cells, mapping), category: raw('category'), classGroup: raw('classGroup'), birthDate: raw('birthDate'), role: raw('role') }
}
