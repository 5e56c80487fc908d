import type { DbKind } from '../db.ts'
import type { BackupTable } from './tables.ts'
import { isBackupTable } from './tables.ts'

/*
 * A logical backup is JSON lines: a header, one `{table, row}` line per row (tables in foreign-key order), and
 * a last `{end, rows}` line with the count per table. Without that last line a file cut at a line boundary
 * would look whole; with it, a truncated backup is refused before anything is committed.
 */

export const BACKUP_FORMAT = 'nastavnik-backup'
export const BACKUP_VERSION = 1

export interface BackupHeader {
  format: typeof BACKUP_FORMAT
  version: typeof BACKUP_VERSION
  createdAt: string
  /** The migrations applied to the database it was taken from, in order. */
  migrations: string[]
  database: DbKind
}

/** Text, a number, or null: bigint columns beyond 2^53 are written as decimal text. */
export type Value = string | number | null
export type Row = Record<string, Value>

export interface RowLine {
  table: BackupTable
  row: Row
}

export interface Trailer {
  end: true
  rows: Partial<Record<BackupTable, number>>
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isValue = (value: unknown): value is Value =>
  value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))

function parseJson(line: string, lineNo: number): unknown {
  try {
    return JSON.parse(line)
  } catch {
    throw new Error(`the backup is damaged at line ${lineNo}: not JSON (a truncated or edited file?)`)
  }
}

export function parseHeader(line: string | undefined): BackupHeader {
  const header = line === undefined ? undefined : parseJson(line, 1)
  if (!isObject(header) || header.format !== BACKUP_FORMAT)
    throw new Error('not a Наставник backup: the first line is not its header')
  if (header.version !== BACKUP_VERSION)
    throw new Error(`backup format version ${String(header.version)} is not known to this server (it reads ${BACKUP_VERSION})`)
  const { migrations } = header
  if (!Array.isArray(migrations) || !migrations.every(m => typeof m === 'string'))
    throw new Error('the backup header has no list of migrations')
  return header as unknown as BackupHeader
}

export function parseLine(line: string, lineNo: number): RowLine | Trailer {
  const value = parseJson(line, lineNo)
  if (isObject(value) && value.end === true && isObject(value.rows))
    return value as unknown as Trailer
  if (!isObject(value) || typeof value.table !== 'string' || !isObject(value.row))
    throw new Error(`the backup is damaged at line ${lineNo}: expected {table, row}`)
  if (!isBackupTable(value.table))
    throw new Error(`the backup has rows of an unknown table "${value.table}" (line ${lineNo})`)
  for (const [column, cell] of Object.entries(value.row)) {
    if (!isValue(cell))
      throw new Error(`the backup is damaged at line ${lineNo}: ${value.table}.${column} is not text, a number or null`)
  }
  return { table: value.table, row: value.row as Row }
}

/**
 * A backup may come from an older server (its migrations a prefix of ours: the columns added since take their
 * defaults), never from a newer one, whose rows may need columns or meanings this code does not know.
 */
export function checkMigrations(backup: readonly string[], ours: readonly string[]): void {
  const firstDifferent = backup.findIndex((name, i) => ours[i] !== name)
  if (firstDifferent === -1)
    return
  throw new Error(ours[firstDifferent] === undefined
    ? `the backup is from a newer server (migration ${backup[firstDifferent]} is unknown here): update this server first`
    : `the backup's migrations differ from this server's at ${backup[firstDifferent]}: it is from a different build`)
}
