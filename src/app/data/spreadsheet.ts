import { decodeText, sniff } from './decode.ts'
import type { CaptionedTable } from '#shared/roadmap/pastedText'
import { readDocxTables } from './docxTables.ts'

/** A cell as the readers give it: CSV gives text only; XLSX gives numbers, booleans and real dates too. */
export type Cell = string | number | boolean | Date | null | undefined

/** A school's file of people or its roadmap fits well below this; past it, it is probably not the file meant. */
export const MAX_FILE_MB = 20

/** Why a file gives no cells; a CSV whose quote opens and never closes names the row where it opened. */
export type ReadFailure = 'not_spreadsheet' | 'old_excel' | 'empty' | 'too_big' | { unclosedQuoteRow: number }

/** Which of a Word document's tables is the one meant: the caller knows its own (a roadmap's has the most events). */
export type TablePick = (tables: readonly CaptionedTable[]) => string[][]
const mostRows: TablePick = tables => tables.map(table => table.rows).reduce((best, rows) => (rows.length > best.length ? rows : best))

/**
 * A chosen file's cells as they stand, every row kept (a roadmap's table has stage rows between its events); a Word
 * document's are those of its table `pick` chooses, by default the longest.
 */
export async function readCells(bytes: Uint8Array, pick: TablePick = mostRows): Promise<Cell[][] | ReadFailure> {
  if (bytes.length > MAX_FILE_MB * 1024 * 1024)
    return 'too_big'
  const kind = sniff(bytes)
  if (kind === 'xls')
    return 'old_excel'
  if (kind === 'binary')
    return 'not_spreadsheet'
  if (kind === 'empty')
    return 'empty'
  return kind === 'zip' ? readZip(bytes, pick) : readCsv(decodeText(bytes))
}

/** A zip is a workbook or, as a school's roadmap most often is, a Word document: its tables are its rows. */
async function readZip(bytes: Uint8Array, pick: TablePick): Promise<Cell[][] | ReadFailure> {
  try {
    const tables = await readDocxTables(bytes)
    if (tables)
      return tables.length ? pick(tables) : 'empty'
  } catch {
    return 'not_spreadsheet'
  }
  return readXlsx(bytes)
}

async function readXlsx(bytes: Uint8Array): Promise<Cell[][] | ReadFailure> {
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

async function readCsv(text: string): Promise<Cell[][] | ReadFailure> {
  const { default: Papa } = await import('papaparse')
  // Empty lines are kept, so row numbers stay those the curator sees when opening the file.
  const parsed = Papa.parse<string[]>(text, { delimiter: '', delimitersToGuess: [';', ',', '\t'], skipEmptyLines: false })
  // Past a quote that never closes, the rest of the file is one cell: its rows would be lost, that cell taken for a name.
  const unclosed = parsed.errors.find(error => error.code === 'MissingQuotes')
  return unclosed ? { unclosedQuoteRow: (unclosed.row ?? 0) + 1 } : parsed.data
}

const pad = (n: number) => String(n).padStart(2, '0')
const DAY_MS = 86_400_000

/** A cell as the curator typed it: numbers as written, dates as ДД.ММ.ГГГГ, whitespace trimmed. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined)
    return ''
  if (cell instanceof Date) {
    const date = utcDate(cell)
    return date ? `${date.slice(8)}.${date.slice(5, 7)}.${date.slice(0, 4)}` : ''
  }
  if (typeof cell === 'boolean')
    return cell ? 'да' : 'нет'
  return String(cell).trim()
}

/**
 * The calendar day a Date cell means. Readers give midnight UTC; a Date made at local midnight east or west of
 * Greenwich lies within 12 hours of it, so rounding to the nearest UTC day gives the day the sheet shows.
 */
export function utcDate(cell: Date): string | undefined {
  const time = cell.getTime()
  if (Number.isNaN(time))
    return undefined
  const day = new Date(Math.floor((time + DAY_MS / 2) / DAY_MS) * DAY_MS)
  return `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`
}
