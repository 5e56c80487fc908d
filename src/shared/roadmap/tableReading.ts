import { tidyCell } from './cellMarkup.ts'
import type { Deadline } from './deadline.ts'
import type { ImportedRoadmap, ImportProblemCode } from './importedRoadmap.ts'
import { type DeadlineContext, parseDeadline } from './parseDeadline.ts'
import { columnName, type ColumnRole, type TableHeader } from './tableHeader.ts'
import type { StageNumbering } from '../model/roadmap.ts'

/** What the readers of both table shapes share while they go down the rows. */
export interface TableReading {
  header: TableHeader
  context: DeadlineContext
  roadmap: Omit<ImportedRoadmap, 'numbering' | 'columns' | 'heads' | 'stageHead'>
  headings: StageNumbering[]
}

/** A cell's text, trimmed; '' for a role the table has no column for or a row shorter than the header. */
export const cellOf = (row: readonly string[], reading: TableReading, role: ColumnRole) => {
  const column = reading.header.columns[role]
  return column === undefined ? '' : tidyCell(row[column] ?? '')
}

export const isBlankRow = (row: readonly string[]) => row.every(cell => !cell.trim())

export function addProblem(reading: TableReading, row: number, column: number | undefined, code: ImportProblemCode, text: string) {
  reading.roadmap.problems.push({ row, column: column === undefined ? '' : columnName(reading.header, column), code, text })
}

/** The deadline a cell says; its problem, if any, is recorded against the cell. */
export function readDeadlineCell(reading: TableReading, row: number, column: number | undefined, text: string): Deadline {
  const { deadline, problem } = parseDeadline(text, reading.context)
  if (problem)
    addProblem(reading, row, column, problem, deadline.text)
  return deadline
}

/** Text in a column the header gives no role (a «Примечание» column, a cell past the header): kept as a problem. */
export function keepUnplacedCells(reading: TableReading, row: readonly string[], rowNumber: number) {
  const placed = new Set(Object.values(reading.header.columns))
  row.forEach((cell, column) => {
    if (!placed.has(column) && cell.trim())
      addProblem(reading, rowNumber, column, 'unplaced', cell.trim())
  })
}
