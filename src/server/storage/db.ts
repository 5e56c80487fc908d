import type { DatabaseConfig } from '../config.ts'
import type { Database } from './schema.ts'
import SQLite from 'better-sqlite3'
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely'
import pg from 'pg'

export type DbKind = DatabaseConfig['kind']

export interface Storage {
  db: Kysely<Database>
  kind: DbKind
  close: () => Promise<void>
}

function openSqlite(file: string): Kysely<Database> {
  const sqlite = new SQLite(file)
  sqlite.pragma('journal_mode = WAL')
  // FULL: a commit the server acknowledged survives a power cut, which the outbox relies on.
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
}

// bigint (counters, count(*)) arrives from pg as a string; as a number it matches what SQLite returns.
// Counters stay far below 2^53, so nothing is lost.
const types = new pg.TypeOverrides()
types.setTypeParser(pg.types.builtins.INT8, Number)

function openPostgres(url: string): Kysely<Database> {
  const pool = new pg.Pool({ connectionString: url, types })
  // An idle connection the database closes (a restart, an administrator) must not take the server down:
  // the pool drops it and opens a fresh one for the next query.
  pool.on('error', error => console.warn(`PostgreSQL closed an idle connection: ${error.message}`))
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
}

export function openDatabase(config: { database: DatabaseConfig }): Storage {
  const { database } = config
  const db = database.kind === 'sqlite' ? openSqlite(database.file) : openPostgres(database.url)
  return { db, kind: database.kind, close: () => db.destroy() }
}
