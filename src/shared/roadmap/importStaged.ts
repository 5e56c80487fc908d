import type { Deadline } from './deadline.ts'
import type { EventSphere, ImportedStage } from './importedRoadmap.ts'
import { splitItems } from './tableItems.ts'
import { addProblem, cellOf, isBlankRow, keepUnplacedCells, readDeadlineCell, type TableReading } from './tableReading.ts'
import type { ColumnRole } from './tableHeader.ts'
import { stageHeading } from './tableStages.ts'

interface StageRow { rowNumber: number, cells: string[] }

/**
 * Seeds 000 and 004: one row a stage, its events written inside cells («1.Разработать… 2.Подготовить…»).
 * A row that opens no stage (no number, no «Блок 3 …») continues the one above, cell by cell: seed 000's
 * page breaks cut «2 этап «Формирование» from «базы наставляемых» октябрь 2024 года…».
 */
export function readStagedRows(reading: TableReading, rows: readonly string[][], firstRow: number) {
  const stageRows: StageRow[] = []
  rows.forEach((row, i) => {
    if (isBlankRow(row))
      return
    const previous = stageRows.at(-1)
    if (previous && !opensStage(reading, row))
      previous.cells = previous.cells.map((cell, column) => [cell, row[column]?.trim() ?? ''].filter(Boolean).join(' '))
    else
      stageRows.push({ rowNumber: firstRow + i, cells: row.map(cell => cell.trim()) })
  })
  for (const stageRow of stageRows)
    readStage(reading, stageRow)
}

const opensStage = (reading: TableReading, row: readonly string[]) =>
  Boolean(cellOf(row, reading, 'number')) || stageHeading(cellOf(row, reading, 'stage')) !== undefined

function readStage(reading: TableReading, { rowNumber, cells }: StageRow) {
  const { columns } = reading.header
  const stageCell = cellOf(cells, reading, 'stage')
  const heading = stageHeading(stageCell)
  const numberLabel = cellOf(cells, reading, 'number').replace(/\.$/, '') || heading?.numberLabel || ''
  reading.headings.push(heading?.numbering ?? 'arabic')
  const title = heading?.title ?? stageCell
  if (!title)
    addProblem(reading, rowNumber, columns.stage, 'no_title', cells.filter(Boolean).join(' | '))
  const { deadline, written } = stageDeadline(reading, cells, rowNumber, heading?.rest ?? '')
  const stage: ImportedStage = { title, numberLabel, resources: cellOf(cells, reading, 'resources'), rowNumber, ...(written && { deadline }) }
  const stageIndex = reading.roadmap.stages.push(stage) - 1
  for (const [role, sphere] of SPHERES)
    addEvents(reading, cells, { stageIndex, rowNumber, deadline, role, sphere })
  keepUnplacedCells(reading, cells, rowNumber)
}

/**
 * The stage's deadline: in its own column (seed 004) or after its quoted title (seed 000). Words after the title
 * where the table also has a deadline column are kept in a problem.
 */
function stageDeadline(reading: TableReading, cells: readonly string[], rowNumber: number, rest: string) {
  const { columns } = reading.header
  if (columns.deadline === undefined)
    return { deadline: readDeadlineCell(reading, rowNumber, columns.stage, rest), written: Boolean(rest) }
  if (rest)
    addProblem(reading, rowNumber, columns.stage, 'unplaced', rest)
  const text = cellOf(cells, reading, 'deadline')
  return { deadline: readDeadlineCell(reading, rowNumber, columns.deadline, text), written: Boolean(text) }
}

const SPHERES: Array<[ColumnRole, EventSphere]> = [['title', ''], ['inside', 'inside'], ['outside', 'outside']]

interface EventPlace { stageIndex: number, rowNumber: number, deadline: Deadline, role: ColumnRole, sphere: EventSphere }

/** The items of one cell as events of the stage, each with the stage's deadline, responsible and result. */
function addEvents(reading: TableReading, cells: readonly string[], place: EventPlace) {
  for (const item of splitItems(cellOf(cells, reading, place.role))) {
    reading.roadmap.events.push({
      stageIndex: place.stageIndex,
      number: item.label,
      title: item.text,
      deadline: place.deadline,
      responsible: cellOf(cells, reading, 'responsible'),
      result: cellOf(cells, reading, 'result'),
      sphere: place.sphere,
      rowNumber: place.rowNumber,
    })
  }
}
