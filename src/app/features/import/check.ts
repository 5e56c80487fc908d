import type { CellProblem } from './cells.ts'
import type { Cell } from '../../data/spreadsheet.ts'
import type { Sheet, SheetRow } from './parse.ts'

/** Why a row's cell cannot be taken, or why the row is only a repeat; the UI words each code (import.problems). */
export type ProblemCode = CellProblem | 'missing_name' | 'too_long' | 'too_many' | 'experience_range' | 'teaching_over_total' | 'invalid'
  | 'duplicate_in_file' | 'duplicate_existing'
  | 'person_not_found' | 'person_not_found_born' | 'person_ambiguous' | 'person_twins' | 'missing_date' | 'date_in_future'
  | 'missing_guardian' | 'missing_agreement' | 'duties_signed_by_self' | 'end_before_start' | 'consent_self_under_14'
  | 'consent_self_age_unknown'
  | 'guardian_wanted' | 'consent_in_file' | 'consent_exists' | 'unknown_partner'
  | 'birth_date_not_on_card'

/** Codes that skip a row as a repeat rather than refuse it. */
export const REPEATS: ReadonlySet<ProblemCode> = new Set(['duplicate_in_file', 'duplicate_existing', 'consent_in_file', 'consent_exists'])

/** One thing wrong with one cell, named as the curator finds it in the file: row number and column title. */
export interface Problem {
  row: number
  column: string
  code: ProblemCode
  value: string
  /** The length or count a too_long / too_many value exceeds; an age; how many people share a name. */
  limit?: number
  /** For a repeat within the file: the earlier row. */
  otherRow?: number
}

export interface CheckedRow<R> {
  row: number
  /** The record to write; null when the row has an error and will not be imported. */
  record: R | null
  duplicate: boolean
  cells: Cell[]
}

export interface ImportCheck<R> {
  rows: Array<CheckedRow<R>>
  /** Errors and repeats, in file order. */
  problems: Problem[]
  /** Rows taken, with something the curator should act on (a 15-year-old's own consent: ask a parent's too). */
  warnings: Problem[]
  importable: number
  errorRows: number
  duplicates: number
}

export interface RowResult<R> { record: R | null, problems: Problem[], warnings?: Problem[] }

/** How repeats are told: a key per record, the keys already stored, and the words for each kind of repeat. */
export interface Repeats<R> {
  key: (record: R) => string
  known: ReadonlySet<string>
  inFile: (row: number, record: R, earlier: number) => Problem
  existing: (row: number, record: R) => Problem
}

/**
 * Checks every row and flags repeats within the file and against what is stored. Pure: nothing is written, so
 * the curator can go back and change anything.
 */
export function tally<R>(sheet: Sheet, checkRow: (row: SheetRow) => RowResult<R>, repeats: Repeats<R>): ImportCheck<R> {
  const firstRow = new Map<string, number>()
  const check: ImportCheck<R> = { rows: [], problems: [], warnings: [], importable: 0, errorRows: 0, duplicates: 0 }
  for (const sheetRow of sheet.rows) {
    const { record, problems, warnings = [] } = checkRow(sheetRow)
    check.problems.push(...problems)
    let duplicate = false
    if (!record) {
      check.errorRows++
    } else {
      check.warnings.push(...warnings)
      const key = repeats.key(record)
      const earlier = firstRow.get(key)
      if (earlier !== undefined)
        check.problems.push(repeats.inFile(sheetRow.row, record, earlier))
      else if (repeats.known.has(key))
        check.problems.push(repeats.existing(sheetRow.row, record))
      if (earlier === undefined)
        firstRow.set(key, sheetRow.row)
      duplicate = earlier !== undefined || repeats.known.has(key)
      check.duplicates += duplicate ? 1 : 0
    }
    check.rows.push({ row: sheetRow.row, record, duplicate, cells: sheetRow.cells })
  }
  check.importable = check.rows.length - check.errorRows - check.duplicates
  return check
}

/** What confirming writes: rows without errors, repeats only where the curator ticked them. */
export function recordsToImport<R>(check: ImportCheck<R>, tickedDuplicates: ReadonlySet<number>): R[] {
  return check.rows.flatMap(r => (r.record && (!r.duplicate || tickedDuplicates.has(r.row)) ? [r.record] : []))
}
