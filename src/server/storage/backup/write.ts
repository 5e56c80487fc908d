import type { FileHandle } from 'node:fs/promises'
import type { Kysely, Transaction } from 'kysely'
import type { DbKind } from '../db.ts'
import type { Database } from '../schema.ts'
import type { BackupHeader, Row, Trailer, Value } from './format.ts'
import type { BackupTable, Column } from './tables.ts'
import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { DEFAULT_MIGRATION_TABLE, sql } from 'kysely'
import { readSnapshot } from '../dialect.ts'
import { BACKUP_FORMAT, BACKUP_VERSION } from './format.ts'
import { BACKUP_TABLES, readColumns } from './tables.ts'

// Rows per query: keyset pages keep memory flat however large `records` grows.
const PAGE_ROWS = 1000
const FLUSH_BYTES = 1024 * 1024

export interface BackupSummary {
  migrations: string[]
  rows: Partial<Record<BackupTable, number>>
}

/** Buffers lines and writes them in large pieces. */
class LineWriter {
  private chunks: string[] = []
  private size = 0
  constructor(private readonly handle: FileHandle) {}

  async line(value: unknown): Promise<void> {
    const text = `${JSON.stringify(value)}\n`
    this.chunks.push(text)
    this.size += text.length
    if (this.size >= FLUSH_BYTES)
      await this.flush()
  }

  async flush(): Promise<void> {
    await this.handle.write(this.chunks.join(''))
    this.chunks = []
    this.size = 0
  }
}

function toValue(table: string, column: Column, value: unknown): Value {
  if (value === null)
    return null
  if (column.bigint && typeof value === 'string') {
    const number = Number(value)
    return Number.isSafeInteger(number) ? number : value
  }
  if (typeof value === 'string' || typeof value === 'number')
    return value
  throw new Error(`${table}.${column.name} holds a value the backup cannot write (${typeof value})`)
}

/** Every row of a table in primary-key order, a page at a time, each page starting after the last key seen. */
async function* tableRows(trx: Transaction<Database>, table: typeof BACKUP_TABLES[number], columns: Column[]): AsyncGenerator<Row> {
  const select = sql.join(columns.map(c => c.bigint ? sql`cast(${sql.ref(c.name)} as text) as ${sql.ref(c.name)}` : sql.ref(c.name)))
  const key = sql.join(table.key.map(k => sql.ref(k)))
  let last: Record<string, unknown> | undefined
  for (;;) {
    const after = last ? sql`where (${key}) > (${sql.join(table.key.map(k => last![k]))})` : sql``
    const { rows } = await sql<Record<string, unknown>>`select ${select} from ${sql.table(table.name)} ${after} order by ${key} limit ${PAGE_ROWS}`.execute(trx)
    for (const row of rows)
      yield Object.fromEntries(columns.map(c => [c.name, toValue(table.name, c, row[c.name])]))
    last = rows.at(-1)
    if (rows.length < PAGE_ROWS)
      return
  }
}

async function writeAll(trx: Transaction<Database>, kind: DbKind, out: LineWriter): Promise<BackupSummary> {
  const columns = await readColumns(trx, kind)
  const applied = await sql<{ name: string }>`select name from ${sql.table(DEFAULT_MIGRATION_TABLE)} order by name`.execute(trx)
  const migrations = applied.rows.map(r => r.name)
  const header: BackupHeader = { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: new Date().toISOString(), migrations, database: kind }
  await out.line(header)
  const rows: BackupSummary['rows'] = {}
  for (const table of BACKUP_TABLES) {
    let count = 0
    for await (const row of tableRows(trx, table, columns.get(table.name)!)) {
      await out.line({ table: table.name, row })
      count++
    }
    rows[table.name] = count
  }
  const trailer: Trailer = { end: true, rows }
  await out.line(trailer)
  await out.flush()
  return { migrations, rows }
}

/** A rename is only durable once the directory itself is on disk; some file systems cannot sync one. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => null)
  await handle?.sync().catch(() => {})
  await handle?.close()
}

/**
 * Writes a logical backup of the whole database to `file`: read in one snapshot, so it is consistent while the
 * server keeps writing, and written beside the target then renamed, so `file` is never a half-written backup.
 * The file is readable by its owner only: it holds password and token hashes.
 */
export async function writeBackup(db: Kysely<Database>, kind: DbKind, file: string): Promise<BackupSummary> {
  const partial = join(dirname(file), `.${basename(file)}.partial-${process.pid}`)
  const handle = await open(partial, 'wx', 0o600).catch((error: Error) => {
    throw new Error(`cannot write a backup in ${dirname(file)}: ${error.message}`, { cause: error })
  })
  try {
    const summary = await readSnapshot(db, kind, trx => writeAll(trx, kind, new LineWriter(handle)))
    await handle.sync()
    await handle.close()
    await rename(partial, file)
    await syncDirectory(dirname(file))
    return summary
  } catch (error) {
    await handle.close().catch(() => {})
    await rm(partial, { force: true })
    throw error
  }
}
