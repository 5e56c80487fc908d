import { decodeText, sniff } from './decode.ts'

/** A cell as the readers give it: CSV gives text only; XLSX gives numbers, booleans and real dates too. */
export type Cell = string | number | boolean | Date | null | undefined

/** A school's whole base fits well below this; past it the curator splits the file, and the page stays quick. */
export const MAX_ROWS = 10_000
export const MAX_FILE_MB = 20

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

export type ParseFailure = 'not_spreadsheet' | 'old_excel' | 'empty' | 'header_only' | 'too_many_rows' | 'too_big'
export type ParseResult = { ok: true, sheet: Sheet } | { ok: false, reason: ParseFailure }

const fail = (reason: ParseFailure): ParseResult => ({ ok: false, reason })

/** Reads a chosen file (.xlsx or .csv) into a sheet; the spreadsheet libraries load only here, on demand. */
export async function readSpreadsheet(bytes: Uint8Array): Promise<ParseResult> {
  if (bytes.length > MAX_FILE_MB * 1024 * 1024)
    return fail('too_big')
  const kind = sniff(bytes)
  if (kind === 'xls')
    return fail('old_excel')
  if (kind === 'binary')
    return fail('not_spreadsheet')
  if (kind === 'empty')
    return fail('empty')
  const rows = kind === 'xlsx' ? await readXlsx(bytes) : await readCsv(decodeText(bytes))
  return typeof rows === 'string' ? fail(rows) : sheetFromRows(rows)
}

async function readXlsx(bytes: Uint8Array): Promise<Cell[][] | ParseFailure> {
  // `universal` reads an ArrayBuffer in the browser and in node alike (no worker, no network).
  const { readSheet, InvalidInputError } = await import('read-excel-file/universal')
  try {
    const data = await readSheet(new Uint8Array(bytes).buffer)
    // The library's types say `typeof Date` where its cells hold Date instances.
    return data as unknown as Cell[][]
  } catch (error) {
    // Whatever the reader cannot make sense of (a zip that is not a workbook, a damaged file) is no spreadsheet to us.
    return error instanceof InvalidInputError && error.code === 'NO_DATA' ? 'empty' : 'not_spreadsheet'
  }
}

async function readCsv(text: string): Promise<Cell[][]> {
  const { default: Papa } = await import('papaparse')
  // Empty lines are kept, so row numbers stay those the curator sees when opening the file.
  return Papa.parse<string[]>(text, { delimiter: '', delimitersToGuess: [';', ',', '\t'], skipEmptyLines: false }).data
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
