import { FIRST_YEAR, LAST_YEAR } from '../model/indicatorYear.ts'

/**
 * An indicator table as a school's documents write it, copied from Word or Excel: a header row with a column per
 * year («2021 г», «2022 г.», «2020»), then one row per indicator — its name (with, often, «(отношение … к …)»
 * on a line of its own) and a target per year («10%», «10», «2,5 %»). Cells are tab-separated; Excel quotes a
 * cell that holds line breaks.
 */
export interface TableRow {
  /** The row's line in the pasted text (1-based), as the curator finds it. */
  line: number
  name: string
  /** The name cell's explanation in brackets, without them: «отношение количества … к общему количеству …». */
  note: string
  /** Year → percent, for the cells that hold one. */
  targets: Record<string, number>
}

type TableProblemCode = 'no_years' | 'not_percent' | 'no_name'

export interface TableProblem {
  line: number
  /** The column's heading as written («2021 г»); '' for the name. */
  column: string
  code: TableProblemCode
  /** The cell as written. */
  text: string
}

export interface Table {
  years: string[]
  rows: TableRow[]
  problems: TableProblem[]
}

interface Line { line: number, cells: string[] }

/** Splits tab-separated text into rows of cells, honouring Excel's quotes (`"a""b"`, a line break inside). */
function splitCells(text: string): Line[] {
  const rows: Line[] = []
  let cells: string[] = []
  let cell = ''
  let quoted = false
  let line = 1
  let start = 1
  const endRow = () => {
    rows.push({ line: start, cells: [...cells, cell] })
    cells = []
    cell = ''
    start = line
  }
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    if (char === '\n')
      line++
    if (quoted) {
      if (char === '"' && text[i + 1] === '"')
        cell += text[++i]
      else if (char === '"')
        quoted = false
      else
        cell += char
    } else if (char === '"' && cell === '') {
      quoted = true
    } else if (char === '\t') {
      cells.push(cell)
      cell = ''
    } else if (char === '\n') {
      endRow()
    } else if (char !== '\r') {
      cell += char
    }
  }
  endRow()
  return rows.filter(r => r.cells.some(c => c.trim() !== ''))
}

const YEAR = /^(\d{4})\s*(?:г\.?|год)?$/i

/** A year heading's year, within the years the app keeps, or null. */
function yearOf(heading: string): string | null {
  const year = YEAR.exec(heading.trim())?.[1]
  return year !== undefined && Number(year) >= FIRST_YEAR && Number(year) <= LAST_YEAR ? year : null
}

/** «10%», «10», «2,5 %» → 10, 10, 2.5; anything else (or outside 0–100) → null. */
function percentOf(text: string): number | null {
  const match = /^(\d{1,3}(?:[.,]\d+)?)\s*%?$/.exec(text.trim())
  const value = match ? Number(match[1]!.replace(',', '.')) : Number.NaN
  return value >= 0 && value <= 100 ? value : null
}

/** The name cell split into the name and its bracketed explanation on a line of its own. */
function nameAndNote(text: string): { name: string, note: string } {
  const clean = text.replace(/\s+/g, ' ').trim()
  const match = /^(.*?)\s*\((отношение.*)\)$/i.exec(clean)
  return match ? { name: match[1]!, note: match[2]! } : { name: clean, note: '' }
}

function rowOf({ line, cells }: Line, columns: ReadonlyArray<{ index: number, year: string, heading: string }>, problems: TableProblem[]): TableRow {
  const first = columns[0]!.index
  // The name is the longest text before the first year column (numbering and blank cells come first in Word).
  const name = cells.slice(0, first).reduce((longest, c) => (c.trim().length > longest.trim().length ? c : longest), '')
  if (name.trim() === '')
    problems.push({ line, column: '', code: 'no_name', text: '' })
  const targets: Record<string, number> = {}
  for (const { index, year, heading } of columns) {
    const text = cells[index]?.trim() ?? ''
    const value = percentOf(text)
    if (value !== null)
      targets[year] = value
    else if (text !== '')
      problems.push({ line, column: heading.trim(), code: 'not_percent', text })
  }
  return { line, ...nameAndNote(name), targets }
}

type Cells = ReadonlyArray<readonly string[]>

/** Rows of cells back into the text `parseIndicatorTable` reads: Excel's quotes around a cell with a tab, a line or a quote. */
export function tableText(rows: Cells): string {
  const cell = (text: string) => (/[\t\n\r"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text)
  return rows.map(row => row.map(cell).join('\t')).join('\n')
}

const yearColumns = (row: readonly string[]) => row.flatMap((heading, index) => (yearOf(heading) === null ? [] : [index]))

/**
 * The indicator table within one of a document's tables: the row heading two years or more, and the rows under it
 * with a target in one of those columns (seed 001's passport holds its six indicators among the programme's goal,
 * tasks and risks; seed 003's table is only that). Undefined where no row heads years.
 */
export function indicatorRows(rows: Cells): string[][] | undefined {
  const headerAt = rows.findIndex(row => yearColumns(row).length >= 2)
  if (headerAt < 0)
    return undefined
  const columns = yearColumns(rows[headerAt]!)
  const after = rows.slice(headerAt + 1)
  const end = after.findIndex(row => !columns.some(index => percentOf(row[index] ?? '') !== null))
  return [rows[headerAt]!, ...after.slice(0, end < 0 ? after.length : end)].map(row => [...row])
}

/** Reads a pasted table: its years, its rows, and what could not be read, by line and column. */
export function parseIndicatorTable(text: string): Table {
  const lines = splitCells(text)
  const headerAt = lines.findIndex(l => l.cells.some(c => yearOf(c) !== null))
  const header = lines[headerAt]
  if (!header)
    return { years: [], rows: [], problems: [{ line: lines[0]?.line ?? 1, column: '', code: 'no_years', text: '' }] }
  const columns = header.cells.flatMap((heading, index) => {
    const year = yearOf(heading)
    return year === null ? [] : [{ index, year, heading }]
  })
  const problems: TableProblem[] = []
  const rows = lines.slice(headerAt + 1).map(l => rowOf(l, columns, problems))
  return { years: columns.map(c => c.year), rows, problems }
}
