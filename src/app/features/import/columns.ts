import { searchable } from '#shared/search'
import { cellText } from '../../data/spreadsheet.ts'
import type { Mapping, NameField } from './mapping.ts'
import type { Cell } from '../../data/spreadsheet.ts'

/** A, B, … Z, AA: how a spreadsheet names a column that has no title. */
export function columnLetter(index: number): string {
  let n = index + 1
  let letters = ''
  while (n > 0) {
    const rest = (n - 1) % 26
    letters = String.fromCharCode(65 + rest) + letters
    n = Math.floor((n - 1) / 26)
  }
  return letters
}

export function columnName(header: readonly string[], index: number | undefined): string {
  return index === undefined ? '' : (header[index] || columnLetter(index))
}

/** The person's name from its column, or from surname, first name and patronymic put together. */
export function nameOf(cells: readonly Cell[], mapping: Mapping<NameField>): string {
  const at = (field: NameField) => (mapping[field] === undefined ? '' : cellText(cells[mapping[field]]))
  const name = mapping.name !== undefined ? at('name') : [at('lastName'), at('firstName'), at('middleName')].join(' ')
  return name.replace(/\s+/g, ' ').trim()
}

/** A name as two lists meet it: case, ё and spacing aside («Семёнов  Пётр» is «семенов петр»). */
export function nameKey(name: string): string {
  return searchable(name).replace(/\s+/g, ' ')
}
