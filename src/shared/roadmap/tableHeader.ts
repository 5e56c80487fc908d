/** What a column of a school's roadmap table holds, recognised by the words of its header. */
export type ColumnRole = 'number' | 'stage' | 'title' | 'deadline' | 'responsible' | 'result' | 'inside' | 'outside' | 'resources'

// Order matters: «Ресурсы для реализации этапа» is resources, not a stage; «Наименование этапа» and
// «Содержание/сроки этапов» are the stage, not a title or a deadline; «Срок реализации мероприятия» is the deadline.
const ROLES: Array<[RegExp, ColumnRole]> = [
  [/^работа внутри/, 'inside'],
  [/^работа с внешн/, 'outside'],
  [/^ресурс/, 'resources'],
  [/^(?:результат|документ)/, 'result'],
  [/^(?:ответствен|исполнител)/, 'responsible'],
  [/этап/, 'stage'],
  [/^№|п\/п/, 'number'],
  [/^срок/, 'deadline'],
  [/мероприяти|наименование|содержание/, 'title'],
]

const normalizeHeader = (cell: string) => cell.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim()

function roleOf(cell: string): ColumnRole | undefined {
  const words = normalizeHeader(cell)
  return words ? ROLES.find(([pattern]) => pattern.test(words))?.[1] : undefined
}

export interface TableHeader {
  /** 0-based index of the header row in the grid. */
  index: number
  /** The column of each role found; the first column wins where two say the same. */
  columns: Partial<Record<ColumnRole, number>>
  /** Each column's title as the school wrote it, for naming it in a problem. */
  names: string[]
}

/** The first row that names at least two different roles; the rows above it are the document's title. */
export function findHeader(rows: readonly string[][]): TableHeader | undefined {
  for (const [index, row] of rows.entries()) {
    const columns: TableHeader['columns'] = {}
    row.forEach((cell, column) => {
      const role = roleOf(cell)
      if (role && columns[role] === undefined)
        columns[role] = column
    })
    if (Object.keys(columns).length >= 2)
      return { index, columns, names: row.map(cell => cell.replace(/\s+/g, ' ').trim()) }
  }
  return undefined
}

const letter = (column: number): string =>
  (column >= 26 ? letter(Math.floor(column / 26) - 1) : '') + String.fromCharCode(65 + (column % 26))

/** A column as the school knows it: its header, or its spreadsheet letter where the header is blank. */
export const columnName = (header: TableHeader, column: number) => header.names[column] || letter(column)
