import { readFlatRows } from './importFlat.ts'
import type { ImportedRoadmap } from './importedRoadmap.ts'
import { readStagedRows } from './importStaged.ts'
import type { DeadlineContext } from './parseDeadline.ts'
import { PRINTED_COLUMNS, type PrintedHead } from '../model/roadmap.ts'
import { columnName, findHeader, type TableHeader } from './tableHeader.ts'
import type { TableReading } from './tableReading.ts'
import { numberingOf } from './tableStages.ts'

/**
 * Turns a roadmap table a school already has (cells of an XLSX sheet or of a table pasted from Word) into stages and
 * events. The header is found by its words; a table with a stage column (seeds 000, 004) has a stage a row, any
 * other has an event a row under stage heading rows (seeds 001–003). Rows above the header are the document's
 * title and are not read. Everything below it is placed in a stage or an event, or kept in a problem.
 */
export function readRoadmapTable(rows: readonly string[][], context: DeadlineContext): ImportedRoadmap {
  const header = findHeader(rows)
  if (!header)
    return { stages: [], events: [], problems: [{ row: 1, column: '', code: 'no_header', text: rows[0]?.join(' ') ?? '' }], numbering: 'arabic', columns: {}, heads: [], stageHead: '' }
  const reading: TableReading = { header, context, roadmap: { stages: [], events: [], problems: [] }, headings: [] }
  const body = rows.slice(header.index + 1)
  const read = header.columns.stage === undefined ? readFlatRows : readStagedRows
  read(reading, body, header.index + 2)
  reading.roadmap.problems.sort((a, b) => a.row - b.row)
  const columns = Object.fromEntries(Object.entries(header.columns).map(([role, column]) => [role, columnName(header, column)]))
  const stageHead = header.columns.stage === undefined ? '' : header.names[header.columns.stage] ?? ''
  return { ...reading.roadmap, numbering: numberingOf(reading.headings), columns, heads: printedHeads(header), stageHead }
}

/** The columns of the printed roadmap the table has, in its order, headed in its words. */
function printedHeads(header: TableHeader): PrintedHead[] {
  return PRINTED_COLUMNS
    .filter(role => header.columns[role] !== undefined)
    .sort((a, b) => header.columns[a]! - header.columns[b]!)
    .map(role => ({ role, text: header.names[header.columns[role]!] ?? '' }))
}
