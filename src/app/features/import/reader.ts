import type { CellProblem, Parsed } from './cells.ts'
import type { Problem, ProblemCode } from './check.ts'
import { columnName, nameOf } from './columns.ts'
import type { Mapping, NameField } from './mapping.ts'
import { type Cell, cellText } from '../../data/spreadsheet.ts'
import type { SheetRow } from './parse.ts'

/**
 * One row of a file as a check reads it: a field's cell, and problems named by the file's row and column title.
 * `unmapped` names a field that has no column (a missing guardian's name when the file has no such column).
 */
export function readRow<F extends string>({ row, cells }: SheetRow, header: readonly string[], mapping: Mapping<F | NameField>, unmapped: (field: F | NameField) => string = () => '') {
  const found: Array<Problem & { at: number }> = []
  const columnOf = (field: F | NameField) => (field === 'name' ? mapping.name ?? mapping.lastName : mapping[field])
  const cellOf = (field: F | NameField): Cell => (mapping[field] === undefined ? undefined : cells[mapping[field]])
  const name = nameOf(cells, mapping)

  function at(field: F | NameField, code: ProblemCode, extra: Partial<Problem> = {}): Problem & { at: number } {
    const column = columnOf(field) ?? -1
    return { row, column: column < 0 ? unmapped(field) : columnName(header, column), code, value: field === 'name' ? name : cellText(cellOf(field)), ...extra, at: column }
  }
  function problem(field: F | NameField, code: ProblemCode, extra: Partial<Problem> = {}): void {
    const next = at(field, code, extra)
    // The schema may say the same thing twice about one cell (an empty name is both too short and missing).
    if (!found.some(p => p.at === next.at && p.column === next.column && p.code === code))
      found.push(next)
  }
  function take<T>(field: F | NameField, parsed: Parsed<T>, fallback: T, as?: Partial<Record<CellProblem, ProblemCode>>): T {
    if (parsed.ok)
      return parsed.value
    problem(field, as?.[parsed.problem] ?? parsed.problem)
    return fallback
  }
  /** Left to right, as the curator reads the row in the file. */
  const problems = (): Problem[] => found.sort((a, b) => a.at - b.at).map(({ at: _, ...p }) => p)
  /** A note on a row that is taken all the same (a warning), named like a problem. */
  const note = (field: F | NameField, code: ProblemCode, extra: Partial<Problem> = {}): Problem => {
    const { at: _, ...p } = at(field, code, extra)
    return p
  }

  return { name, cellOf, text: (field: F | NameField) => cellText(cellOf(field)), problem, take, problems, note }
}
