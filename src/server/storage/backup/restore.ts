import type { Kysely, Transaction } from 'kysely'
import type { DbKind } from '../db.ts'
import type { Database } from '../schema.ts'
import type { Row, RowLine } from './format.ts'
import type { BackupTable, Column } from './tables.ts'
import { randomBytes } from 'node:crypto'
import { open } from 'node:fs/promises'
import { sql } from 'kysely'
import { migrations } from '../migrations/index.ts'
import { checkMigrations, parseHeader, parseLine } from './format.ts'
import { BACKUP_TABLES, readColumns } from './tables.ts'

// Rows per INSERT: far below both databases' limits on parameters (SQLite 32766, PostgreSQL 65535).
const BATCH_ROWS = 100

export interface RestoreSummary {
  migrations: string[]
  rows: Partial<Record<BackupTable, number>>
}

type Counts = Partial<Record<BackupTable, number>>

async function countRows(trx: Transaction<Database>): Promise<Counts> {
  const counts: Counts = {}
  for (const { name } of BACKUP_TABLES) {
    const { rows } = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(name)}`.execute(trx)
    counts[name] = Number(rows[0]?.n ?? 0)
  }
  return counts
}

/** Without --force only an empty database is restored into: a restore replaces, it never merges. */
async function makeRoom(trx: Transaction<Database>, force: boolean): Promise<void> {
  const counts = await countRows(trx)
  if (!Object.values(counts).some(n => n > 0))
    return
  if (!force)
    throw new Error(`the database is not empty (schools: ${counts.schools ?? 0}, users: ${counts.users ?? 0}): add --force to replace everything in it with the backup`)
  for (const { name } of [...BACKUP_TABLES].reverse())
    await sql`delete from ${sql.table(name)}`.execute(trx)
}

/**
 * Gathers consecutive rows of one table with the same columns into multi-row inserts. A batch the database
 * refuses is written again row by row, each behind a savepoint, to name the line it cannot write.
 */
class Inserter {
  private pending: Row[] = []
  private lines: number[] = []
  private table: BackupTable | null = null
  private names: string[] = []
  readonly counts: Counts = {}

  constructor(private readonly trx: Transaction<Database>, private readonly columns: Map<BackupTable, Column[]>) {}

  async add({ table, row }: RowLine, lineNo: number): Promise<void> {
    const names = Object.keys(row)
    const known = this.columns.get(table)!
    const unknown = names.find(n => !known.some(c => c.name === n))
    if (unknown !== undefined)
      throw new Error(`the backup has a column ${table}.${unknown} this database lacks (line ${lineNo})`)
    const sameShape = table === this.table && names.length === this.names.length && names.every((n, i) => n === this.names[i])
    if (!sameShape || this.pending.length >= BATCH_ROWS)
      await this.flush()
    this.table = table
    this.names = names
    this.pending.push(row)
    this.lines.push(lineNo)
    this.counts[table] = (this.counts[table] ?? 0) + 1
  }

  async flush(): Promise<void> {
    if (this.table === null || this.pending.length === 0)
      return
    const refused = await this.refusalOf(this.pending)
    if (refused !== null)
      throw await this.namedRefusal(this.table, refused)
    this.pending = []
    this.lines = []
  }

  /** Inserts the rows, or gives the database's refusal with the transaction as it was before. */
  private async refusalOf(rows: Row[]): Promise<Error | null> {
    const columns = sql.join(this.names.map(n => sql.ref(n)))
    const values = sql.join(rows.map(row => sql`(${sql.join(this.names.map(n => row[n]))})`))
    await sql.raw('savepoint restore_rows').execute(this.trx)
    try {
      await sql`insert into ${sql.table(this.table!)} (${columns}) values ${values}`.execute(this.trx)
      await sql.raw('release savepoint restore_rows').execute(this.trx)
      return null
    } catch (error) {
      await sql.raw('rollback to savepoint restore_rows').execute(this.trx)
      return error instanceof Error ? error : new Error(String(error))
    }
  }

  private async namedRefusal(table: BackupTable, batchRefusal: Error): Promise<Error> {
    for (const [i, row] of this.pending.entries()) {
      const refused = await this.refusalOf([row])
      if (refused !== null)
        return new Error(`line ${this.lines[i]} (a row of ${table}) cannot be written: ${refused.message}`, { cause: refused })
    }
    return new Error(`the rows of ${table} at lines ${this.lines[0]}–${this.lines.at(-1)} cannot be written together: ${batchRefusal.message}`, { cause: batchRefusal })
  }
}

/** Devices that pulled before the restore hold records the backup may lack: a new epoch resets each once. */
async function newEpoch(trx: Transaction<Database>): Promise<void> {
  await trx.updateTable('schools').set({ epoch: randomBytes(9).toString('base64url') }).execute()
}

function checkCounts(claimed: Counts, found: Counts): void {
  for (const { name } of BACKUP_TABLES) {
    if ((claimed[name] ?? 0) !== (found[name] ?? 0))
      throw new Error(`the backup is damaged: its last line counts ${claimed[name] ?? 0} rows of ${name}, the file holds ${found[name] ?? 0}`)
  }
}

/**
 * Restores a backup written by `writeBackup`, from SQLite or PostgreSQL into either, in one transaction:
 * a damaged or truncated file, or any failed insert, leaves the database as it was.
 */
export async function restoreBackup(db: Kysely<Database>, kind: DbKind, file: string, options: { force: boolean }): Promise<RestoreSummary> {
  // Opened before anything else, so a wrong path fails first and by name.
  const handle = await open(file, 'r')
  const reader = handle.readLines({ encoding: 'utf8' })
  const lines = reader[Symbol.asyncIterator]()
  try {
    const first = await lines.next()
    const header = parseHeader(first.done ? undefined : first.value)
    checkMigrations(header.migrations, Object.keys(migrations))
    const rows = await db.transaction().execute(async (trx) => {
      const inserter = new Inserter(trx, await readColumns(trx, kind))
      await makeRoom(trx, options.force)
      let lineNo = 1
      for (let next = await lines.next(); !next.done; next = await lines.next()) {
        const line = parseLine(next.value, ++lineNo)
        if ('end' in line) {
          await inserter.flush()
          checkCounts(line.rows, inserter.counts)
          await newEpoch(trx)
          if (!(await lines.next()).done)
            throw new Error(`the backup is damaged: lines follow its last line (${lineNo})`)
          return inserter.counts
        }
        await inserter.add(line, lineNo)
      }
      throw new Error('the backup is truncated: its last line, which counts the rows, is missing')
    })
    return { migrations: header.migrations, rows }
  } finally {
    reader.close()
    await handle.close().catch(() => {})
  }
}
