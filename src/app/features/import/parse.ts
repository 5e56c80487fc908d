import { type Cell, type ReadFailure, readCells } from '../../data/spreadsheet.ts'

/** A school's whole base fits well below this; past it the curator splits the file, and the page stays quick. */
export const MAX_ROWS = 10_000

export interface SheetRow {
  /** The row's number as the spreadsheet shows it (1-based, the header counted). */
  row: number
  cells: Cell[]
}

export interface Sheet {
  /** Column titles from the header row, trimmed; '' where a column has none. As wide as the widest row. */
  header: string[]
  /** The non-empty rows after the header. */
  rows: SheetRow[]
}

export type ParseFailure = ReadFailure | 'header_only' | 'too_many_rows'
export type ParseResult = { ok: true, sheet: Sheet } | { ok: false, reason: ParseFailure }

const fail = (reason: ParseFailure): ParseResult => ({ ok: false, reason })

/** Reads a chosen file (.xlsx or .csv) into a sheet; the spreadsheet libraries load only here, on demand. */
export async function readSpreadsheet(bytes: Uint8Array): Promise<ParseResult> {
  const rows = await readCells(bytes)
  return Array.isArray(rows) ? sheetFromRows(rows) : fail(rows)
}

const isBlank = (cell: Cell) => cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')
const filled = (cells: readonly Cell[]) => cells.reduce<number>((n, cell) => n + (isBlank(cell) ? 0 : 1), 0)

/**
 * Finds the header and the data rows. A title line above the table («Список 5А класса», one filled cell) is
 * skipped when the table itself has several columns.
 */
export function sheetFromRows(rows: readonly Cell[][]): ParseResult {
  const counts = rows.map(filled)
  const wide = counts.some(n => n >= 2)
  const headerIndex = counts.findIndex(n => (wide ? n >= 2 : n >= 1))
  if (headerIndex < 0)
    return fail('empty')
  const data: SheetRow[] = []
  let width = rows[headerIndex]!.length
  for (let i = headerIndex + 1; i < rows.length; i++) {
    if (counts[i]! === 0)
      continue
    data.push({ row: i + 1, cells: rows[i]! })
    width = Math.max(width, rows[i]!.length)
    if (data.length > MAX_ROWS)
      return fail('too_many_rows')
  }
  if (!data.length)
    return fail('header_only')
  const headerCells = rows[headerIndex]!
  const header = Array.from({ length: width }, (_, i) => {
    const cell = headerCells[i]
    return isBlank(cell) ? '' : String(cell).trim().replace(/\s+/g, ' ')
  })
  return { ok: true, sheet: { header, rows: data } }
}
