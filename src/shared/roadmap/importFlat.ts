import type { ImportedEvent, ImportedStage } from './importedRoadmap.ts'
import { addProblem, cellOf, isBlankRow, keepUnplacedCells, readDeadlineCell, type TableReading } from './tableReading.ts'
import { type StageHeading, stageHeading } from './tableStages.ts'

/**
 * Seeds 001, 002, 003: one event a row, stages as rows whose text sits in one cell (or is repeated across merged
 * cells), or a numbered title alone over the events numbered under it (seed 003's «3.» over «3.1»). A sub-section under a stage («1. Изучение…» inside «I. …», seed 002) becomes a stage of its own, so
 * its events keep the heading they were written under; its parent stays, with no events, in its place.
 */
export function readFlatRows(reading: TableReading, rows: readonly string[][], firstRow: number) {
  let stageIndex: number | null = null
  let last: ImportedEvent | undefined
  rows.forEach((row, i) => {
    const rowNumber = firstRow + i
    if (isBlankRow(row))
      return
    const texts = [...new Set(row.map(cell => cell.trim()).filter(Boolean))]
    const written = texts.length === 1 ? stageHeading(texts[0]!, Boolean(row[0]?.trim())) : undefined
    const heading = written ?? (texts.length > 1 ? headsNext(reading, row, rows.slice(i + 1)) : undefined)
    if (heading) {
      stageIndex = addStage(reading, heading, rowNumber, row.findIndex(cell => cell.trim()), !written)
      last = undefined
      return
    }
    if (texts.length === 1 && row.filter(cell => cell.trim()).length > 1) {
      // The same words in several cells: a merged row that is no stage heading. Kept, but it is no event.
      addProblem(reading, rowNumber, row.findIndex(cell => cell.trim()), 'unplaced', texts[0]!)
      return
    }
    if (last && continues(reading, row)) {
      joinTo(last, reading, row)
      keepUnplacedCells(reading, row, rowNumber)
      return
    }
    last = readEvent(reading, row, rowNumber, stageIndex)
  })
}

/**
 * «3. Оценка результатов опыта наставничества» with nothing but its number and title, over «3.1 Мониторинг…»
 * (seed 003): no event with no deadline, but the heading of the events numbered under it.
 */
function headsNext(reading: TableReading, row: readonly string[], after: readonly string[][]): StageHeading | undefined {
  const number = cellOf(row, reading, 'number').replace(/\.$/, '')
  const title = cellOf(row, reading, 'title')
  if (!/^\d+$/.test(number) || !title || cellOf(row, reading, 'deadline') || cellOf(row, reading, 'responsible') || cellOf(row, reading, 'result'))
    return undefined
  const next = after.find(cells => !isBlankRow(cells))
  return next && cellOf(next, reading, 'number').startsWith(`${number}.`) && cellOf(next, reading, 'number') !== `${number}.`
    ? { numberLabel: number, title: title.replace(/\s+/g, ' '), rest: '', numbering: 'arabic' }
    : undefined
}

function addStage(reading: TableReading, heading: StageHeading, rowNumber: number, column: number, asRow = false): number {
  const stage: ImportedStage = { title: heading.title, numberLabel: heading.numberLabel, resources: '', rowNumber, ...(asRow && { asRow }) }
  // Words after a quoted title are the stage's deadline, as in seed 000: «2 этап «…» октябрь 2024 года».
  if (heading.rest)
    stage.deadline = readDeadlineCell(reading, rowNumber, column, heading.rest)
  reading.headings.push(heading.numbering)
  return reading.roadmap.stages.push(stage) - 1
}

/**
 * A row with no number and no deadline continues the event above: a cell that a page break split in two
 * (seed 001, after its second event 19). Only where the table numbers its events, or every row would be one.
 */
const continues = (reading: TableReading, row: readonly string[]) =>
  reading.header.columns.number !== undefined && !cellOf(row, reading, 'number') && !cellOf(row, reading, 'deadline')

const join = (before: string, after: string) => [before, after].filter(Boolean).join(' ')

function joinTo(event: ImportedEvent, reading: TableReading, row: readonly string[]) {
  event.title = join(event.title, cellOf(row, reading, 'title'))
  event.result = join(event.result, cellOf(row, reading, 'result'))
  event.responsible = join(event.responsible, cellOf(row, reading, 'responsible'))
}

function readEvent(reading: TableReading, row: readonly string[], rowNumber: number, stageIndex: number | null): ImportedEvent | undefined {
  const { columns } = reading.header
  const title = cellOf(row, reading, 'title')
  if (!title) {
    // The whole row goes in the problem, so the curator sees what the school wrote there.
    addProblem(reading, rowNumber, columns.title, 'no_title', row.map(cell => cell.trim()).filter(Boolean).join(' | '))
    return undefined
  }
  const event: ImportedEvent = {
    stageIndex,
    // As the school wrote it, its dot too («1.», seed 002's «1.1.»): printed where the roadmap numbers as its table does.
    number: cellOf(row, reading, 'number'),
    title,
    deadline: readDeadlineCell(reading, rowNumber, columns.deadline, cellOf(row, reading, 'deadline')),
    responsible: cellOf(row, reading, 'responsible'),
    result: cellOf(row, reading, 'result'),
    sphere: '',
    rowNumber,
  }
  reading.roadmap.events.push(event)
  keepUnplacedCells(reading, row, rowNumber)
  return event
}
