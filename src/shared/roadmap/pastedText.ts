import * as v from 'valibot'
import { DOCUMENT_TABLE_MAX_CELLS, type DocumentTable, DocumentTableField, OTHER_TABLES_MAX, OTHER_TABLES_MAX_CHARS, tableChars } from '../model/roadmap.ts'
import { plainCell, plainLine } from './cellMarkup.ts'

/** A table of a pasted text and the paragraph above it, which names it («Паспорт программы наставничества»); '' where none does. */
export type CaptionedTable = DocumentTable

/**
 * A table of the document as it prints after the roadmap's: its blank rows gone, each row's empty cells at its end
 * gone too, so that its last cell spans the rest as it did in the school's table (seed 001's «I. Общая информация»
 * across the passport).
 */
export function documentTableOf(table: CaptionedTable): DocumentTable {
  return { caption: table.caption.trim().slice(0, 500), rows: table.rows.map(trimmedRow).filter(row => row.length).map(withinCells) }
}

/**
 * The tables a roadmap can keep, in the document's order: each within the record's bounds (its rows, its cells'
 * text) and, together, within `OTHER_TABLES_MAX` and `OTHER_TABLES_MAX_CHARS`. The others are named in the preview
 * as too big to print with the roadmap, and stay in the school's document.
 */
export function keepableTables(tables: readonly DocumentTable[]): Set<DocumentTable> {
  const kept = new Set<DocumentTable>()
  let chars = 0
  for (const table of tables) {
    if (kept.size < OTHER_TABLES_MAX && chars + tableChars(table) <= OTHER_TABLES_MAX_CHARS && v.is(DocumentTableField, table)) {
      kept.add(table)
      chars += tableChars(table)
    }
  }
  return kept
}

/** Word repeats a merged cell as empty ones: a row wider than a record holds keeps its first cells and the rest's words in its last. */
const withinCells = (row: string[]) => (row.length <= DOCUMENT_TABLE_MAX_CELLS ? row : [...row.slice(0, DOCUMENT_TABLE_MAX_CELLS - 1), row.slice(DOCUMENT_TABLE_MAX_CELLS - 1).filter(Boolean).join(' ')])

/** A table by the paragraph above it, else by its first row. */
export const tableName = (table: CaptionedTable) => (table.caption || (table.rows[0] ?? []).filter(Boolean).join(' | ')).slice(0, 120)

function trimmedRow(row: readonly string[]): string[] {
  const cells = row.map(cell => cell.trim())
  while (cells.length && !cells.at(-1))
    cells.pop()
  return cells
}

/**
 * The tables of a pasted text, each as its rows of cells with the paragraph above it: a table copied from Excel or
 * Word, or a whole document saved as text with its tables in it (the seeds: a title above the roadmap, a passport or
 * indicators below it).
 * Two layouts are read: the clipboard's, a row a line (`rowsFromPastedText`), and a converter's, a cell a line
 * opened by a tab, rows apart by a blank line (seed 003). A paragraph standing between blank lines (a title, «Паспорт
 * программы») ends a table; a row of nothing but dashes (a converter's rule) is blank. Cells lose their markup
 * (`plainCell`).
 */
export function captionedTables(text: string): CaptionedTable[] {
  const source = text.replace(/\r\n?/g, '\n')
  const rows = isCellPerLine(source) ? rowsOfCellLines(source) : rowsFromPastedText(source)
  return splitTables(rows.map(row => (row.every(cell => /^\s*-{2,}\s*$/.test(cell)) ? [''] : row.map(plainCell))))
}

/**
 * The cells of a table pasted from Excel or Word: tab between cells, a line break between rows, and a cell with a
 * line break (or a quote) inside wrapped in quotes, its own quotes doubled — as both put it on the clipboard.
 */
export function rowsFromPastedText(text: string): string[][] {
  const rows: string[][] = [[]]
  let cell = ''
  let i = 0
  const source = text.replace(/\r\n?/g, '\n')
  while (i < source.length) {
    const char = source[i]!
    if (char === '"' && cell === '') {
      const end = closingQuote(source, i + 1)
      if (end >= 0) {
        cell = source.slice(i + 1, end).replace(/""/g, '"')
        i = end + 1
        continue
      }
    }
    if (char === '\t' || char === '\n') {
      rows.at(-1)!.push(cell)
      cell = ''
      if (char === '\n')
        rows.push([])
    } else {
      cell += char
    }
    i++
  }
  rows.at(-1)!.push(cell)
  // The clipboard ends with a line break, which opens no row.
  return rows.at(-1)!.length === 1 && rows.at(-1)![0] === '' ? rows.slice(0, -1) : rows
}

/**
 * Where a quoted cell ends: the quote followed by a tab, a line break or the end. A cell that only starts with a
 * quote («"Наставничество" в школе») has none, and is read as it is.
 */
function closingQuote(source: string, from: number): number {
  for (let i = from; i < source.length; i++) {
    if (source[i] !== '"')
      continue
    if (source[i + 1] === '"') {
      i++
      continue
    }
    return i + 1 === source.length || source[i + 1] === '\t' || source[i + 1] === '\n' ? i : -1
  }
  return -1
}

/** A converter's layout: lines open with a tab to start a cell, and no line has a tab after its text. */
function isCellPerLine(source: string): boolean {
  const lines = source.split('\n')
  return lines.filter(line => line.startsWith('\t')).length >= 3 && !lines.some(line => /[^\t]\t/.test(line))
}

/**
 * Rows of the cell-a-line layout. A line opened by a tab starts a cell, any other line goes on with the cell before
 * it. A blank line ends a row once the row has as many cells as its table's first (a blank line inside a cell does
 * not); a line outside any row is a paragraph, a row of its own, and a new table may follow it.
 */
function rowsOfCellLines(source: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let width = 0
  const close = () => {
    rows.push(row)
    width ||= row.length
    row = []
  }
  for (const line of source.split('\n')) {
    if (line.startsWith('\t')) {
      row.push(line.slice(1))
    } else if (row.length && line.trim()) {
      row[row.length - 1] += `\n${line}`
    } else if (row.length && row.length >= width) {
      close()
    } else if (!row.length) {
      // A paragraph comes after a blank line, which closed the row before it: kept, it sets the paragraph apart.
      if (line.trim() && !isBlank(rows.at(-1)))
        rows.push([''])
      rows.push([line])
      if (line.trim())
        width = 0
    }
  }
  if (row.length)
    close()
  return rows
}

const isBlank = (row: readonly string[] | undefined) => !row || row.every(cell => !cell.trim())
const isParagraph = (row: readonly string[]) => row.length === 1 && !isBlank(row)

/** The tables of a text's rows, apart where a paragraph (one cell, one line or more) has blank rows on both sides. */
function splitTables(rows: readonly string[][]): CaptionedTable[] {
  const tables: CaptionedTable[] = [{ caption: '', rows: [] }]
  for (let i = 0; i < rows.length; i++) {
    let end = i
    while (end < rows.length && isParagraph(rows[end]!))
      end++
    if (end > i && isBlank(rows[i - 1]) && isBlank(rows[end])) {
      tables.push({ caption: rows.slice(i, end).map(row => plainLine(row[0]!).replace(/\s+/g, ' ')).join(' '), rows: [] })
      i = end - 1
      continue
    }
    tables.at(-1)!.rows.push(rows[i]!)
  }
  return tables.map(table => ({ ...table, rows: trimBlankRows(table.rows) })).filter(table => table.rows.length)
}

function trimBlankRows(rows: string[][]): string[][] {
  const kept = rows.map(row => !isBlank(row))
  return rows.slice(kept.indexOf(true), kept.lastIndexOf(true) + 1)
}
