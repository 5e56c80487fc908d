import type { Person, PersonCategory } from '#shared/model/person'
import type { RecordFields } from '#shared/model/record'
import { searchable } from '#shared/search'
import type { CellProblem } from './cells.ts'
import { columnName } from './columns.ts'
import type { Mapping } from './mapping.ts'
import type { Cell } from '../../data/spreadsheet.ts'
import type { Sheet } from './parse.ts'
import { checkRow } from './row.ts'

export type DefaultRole = 'mentee' | 'mentor' | 'both' | 'none'

export interface ImportOptions {
  mapping: Mapping
  /** For rows whose category or role cell is empty, or files without such a column. */
  defaultCategory: PersonCategory
  defaultRole: DefaultRole
  /** The device's calendar day: a birth date after it is a typo. */
  today: string
}

export type ProblemCode = CellProblem | 'missing_name' | 'too_long' | 'too_many' | 'experience_range' | 'teaching_over_total' | 'invalid' | 'duplicate_in_file' | 'duplicate_existing'

/** One thing wrong with one cell, named as the curator finds it in the file: row number and column title. */
export interface Problem {
  row: number
  column: string
  code: ProblemCode
  value: string
  /** The length or count a too_long / too_many value exceeds. */
  limit?: number
  /** For duplicate_in_file: the earlier row with the same person. */
  otherRow?: number
}

export interface CheckedRow {
  row: number
  /** The record to write; null when the row has an error and will not be imported. */
  person: RecordFields<Person> | null
  duplicate: boolean
  cells: Cell[]
}

export interface ImportCheck {
  rows: CheckedRow[]
  /** Errors and duplicates, in file order. */
  problems: Problem[]
  importable: number
  errorRows: number
  duplicates: number
}

export type Existing = Iterable<Pick<Person, 'name' | 'birthDate'>>

/** Same person: same name (case, ё and spacing aside) and same birth date (both may be unknown). */
function personKey(person: Pick<Person, 'name' | 'birthDate'>): string {
  return `${searchable(person.name).replace(/\s+/g, ' ')}|${person.birthDate}`
}

/**
 * Checks every row of the sheet against the mapping, and flags duplicates (same name and birth date) within
 * the file and against the registry. Pure: nothing is written, so the curator can go back and change anything.
 */
export function checkSheet(sheet: Sheet, options: ImportOptions, existing: Existing): ImportCheck {
  const known = new Set<string>()
  for (const person of existing)
    known.add(personKey(person))
  const firstRow = new Map<string, number>()
  const rows: CheckedRow[] = []
  const problems: Problem[] = []
  let errorRows = 0
  let duplicates = 0
  const nameColumn = columnName(sheet.header, options.mapping.name ?? options.mapping.lastName)

  for (const sheetRow of sheet.rows) {
    const { person, problems: found } = checkRow(sheetRow, sheet.header, options)
    problems.push(...found)
    let duplicate = false
    if (!person) {
      errorRows++
    } else {
      const key = personKey(person)
      const earlier = firstRow.get(key)
      if (earlier !== undefined)
        problems.push({ row: sheetRow.row, column: nameColumn, code: 'duplicate_in_file', value: person.name, otherRow: earlier })
      else if (known.has(key))
        problems.push({ row: sheetRow.row, column: nameColumn, code: 'duplicate_existing', value: person.name })
      duplicate = earlier !== undefined || known.has(key)
      if (earlier === undefined)
        firstRow.set(key, sheetRow.row)
      if (duplicate)
        duplicates++
    }
    rows.push({ row: sheetRow.row, person, duplicate, cells: sheetRow.cells })
  }
  return { rows, problems, importable: rows.length - errorRows - duplicates, errorRows, duplicates }
}

/** What confirming writes: rows without errors, duplicates only where the curator ticked them. */
export function recordsToImport(check: ImportCheck, tickedDuplicates: ReadonlySet<number>): Array<RecordFields<Person>> {
  return check.rows.flatMap(r => (r.person && (!r.duplicate || tickedDuplicates.has(r.row)) ? [r.person] : []))
}
