import type { DatabaseConfig } from '../config.ts'
import type { Database } from './schema.ts'
import SQLite from 'better-sqlite3'
import { CompiledQuery, type DatabaseConnection, type Driver, Kysely, type QueryResult, PostgresDialect, type SqliteDatabase, SqliteDialect, SqliteDriver, type TransactionSettings } from 'kysely'
import { createHash } from 'node:crypto'
import { setTimeout } from 'node:timers/promises'
import pg from 'pg'
import { StorageHealth } from './health.ts'

export type DbKind = DatabaseConfig['kind']

export interface Storage {
  db: Kysely<Database>
  kind: DbKind
  /** What every query's outcome told of the storage: a damaged file, a full disk. */
  health: StorageHealth
  close: () => Promise<void>
}

/**
 * SQLite rolls a transaction back by itself on some errors (SQLITE_FULL among them); Kysely's ROLLBACK then
 * fails with «no transaction is active», and that error would replace the one that says what happened.
 *
 * A transaction that may write begins IMMEDIATE, taking the file's write lock at once: the server writes on two
 * connections (its own and the writer thread's, sync/writeThread.ts), and a deferred one that read first and then
 * found the other's commit in between would fail at its first write (SQLITE_BUSY_SNAPSHOT) instead of waiting.
 * A snapshot read (`readSnapshot`, read only) stays deferred, so it never waits for a writer.
 */
class SqliteRollbackDriver extends SqliteDriver {
  #waiting: LockWaiting | undefined

  constructor(private readonly sqlite: SQLite.Database) {
    super({ database: preparedOnce(sqlite) })
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    const connection = await super.acquireConnection()
    this.#waiting ??= new LockWaiting(connection)
    return this.#waiting
  }

  override async beginTransaction(connection: DatabaseConnection, settings?: TransactionSettings): Promise<void> {
    const writes = !this.sqlite.readonly && settings?.accessMode !== 'read only'
    await connection.executeQuery(CompiledQuery.raw(writes ? 'begin immediate' : 'begin'))
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.sqlite.inTransaction)
      await super.rollbackTransaction(connection)
  }
}

/** How long a statement waits for a lock another connection holds (the writer thread's, another process's). */
const LOCK_WAIT_MS = 5000

/** SQLite's «busy» codes a retry can outlast: a snapshot that another's commit made stale never becomes current. */
const waitsOut = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY') && code !== 'SQLITE_BUSY_SNAPSHOT'
}

/**
 * A connection that waits for a lock without stopping its thread. SQLite's own busy handler sleeps inside the call
 * (better-sqlite3 is synchronous), and the server's thread then answered no request while the writer thread held
 * the file; so the connections wait for nothing (`busy_timeout = 0`) and a statement refused as busy, which has
 * done nothing, is tried again a millisecond later, for `LOCK_WAIT_MS` at most. A transaction that may write
 * takes the lock with its BEGIN (IMMEDIATE), so that is where a writer waits.
 */
class LockWaiting implements DatabaseConnection {
  constructor(private readonly connection: DatabaseConnection) {}

  /** Kysely's SQLite connection runs the statement in the call and throws there: a statement that ran costs no extra step. */
  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    try {
      return this.connection.executeQuery<R>(query)
    } catch (error) {
      return this.#again(query, error, Date.now())
    }
  }

  async #again<R>(query: CompiledQuery, refusal: unknown, started: number): Promise<QueryResult<R>> {
    let error = refusal
    while (waitsOut(error) && Date.now() - started < LOCK_WAIT_MS) {
      await setTimeout(1)
      try {
        return this.connection.executeQuery<R>(query)
      } catch (next) {
        error = next
      }
    }
    throw error
  }

  streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    return this.connection.streamQuery<R>(query, chunkSize)
  }
}

/** Distinct statements kept compiled; lists of ids make new texts, so the cache starts over when it is full. */
const STATEMENT_CACHE = 1000

/**
 * Kysely compiles every query's SQL afresh (`prepare`): on a push that was a tenth of the server's time. The
 * same text is compiled once here and its statement reused; none is ever iterated (the server streams no query),
 * so a reused statement is never busy.
 */
function preparedOnce(sqlite: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>()
  return {
    close: () => sqlite.close(),
    prepare: (sql) => {
      let statement = statements.get(sql)
      if (!statement) {
        if (statements.size >= STATEMENT_CACHE)
          statements.clear()
        statement = sqlite.prepare(sql)
        statements.set(sql, statement)
      }
      return statement
    },
  }
}

class SqliteRollbackDialect extends SqliteDialect {
  constructor(private readonly sqlite: SQLite.Database) {
    super({ database: sqlite })
  }

  override createDriver(): Driver {
    return new SqliteRollbackDriver(this.sqlite)
  }
}

/** How a SQLite connection is opened: the pull thread's (`sync/pageThread.ts`) cannot write, so nothing it runs by mistake can. */
export interface OpenOptions {
  readOnly?: boolean
}

function openSqlite(file: string, health: StorageHealth, { readOnly = false }: OpenOptions): Kysely<Database> {
  // A reader opens the file the server made and migrated; the WAL mode is the file's own by then.
  const sqlite = new SQLite(file, { readonly: readOnly, fileMustExist: readOnly })
  if (!readOnly) {
    sqlite.pragma('journal_mode = WAL')
    // FULL: a commit the server acknowledged survives a power cut, which the outbox relies on.
    sqlite.pragma('synchronous = FULL')
  }
  sqlite.pragma('foreign_keys = ON')
  // Waiting for a lock is LockWaiting's, which lets the thread go on meanwhile.
  sqlite.pragma('busy_timeout = 0')
  // 64 MiB of pages where SQLite's default is 2 MiB: a region's 200 schools in one file have far more index pages
  // than the default holds (a mentor's pull measured 3.3 ms with its school alone, 6.1 ms beside 199 others).
  sqlite.pragma('cache_size = -65536')
  return new Kysely<Database>({ dialect: new SqliteRollbackDialect(sqlite), log: health.observe })
}

// bigint (counters, count(*)) arrives from pg as a string; as a number it matches what SQLite returns.
// Counters stay far below 2^53, so nothing is lost.
const types = new pg.TypeOverrides()
types.setTypeParser(pg.types.builtins.INT8, Number)

/** Statement texts a connection keeps prepared: lists of ids make new texts, which then go unnamed. */
const PREPARED_PER_CONNECTION = 200

type Query = (...args: unknown[]) => Promise<pg.QueryResult>

/**
 * Kysely sends every statement as text with its parameters, which PostgreSQL parses and plans afresh each time.
 * This client names each text (its hash) the first time, so the connection prepares it once and afterwards
 * only binds the parameters: a push is about ten statements, and a region's server pushed a fifth to a third
 * more per second so.
 */
class PreparingClient extends pg.Client {
  /** Statement text → its name, the text's sha1 (computed once per text, not per query). */
  readonly #prepared = new Map<string, string>()
  readonly #query = super.query.bind(this) as Query

  override query: Query = (...args) => {
    const [text, values] = args
    if (typeof text !== 'string' || !Array.isArray(values))
      return this.#query(...args)
    let name = this.#prepared.get(text)
    if (name === undefined) {
      if (this.#prepared.size >= PREPARED_PER_CONNECTION)
        return this.#query(...args)
      name = createHash('sha1').update(text).digest('base64')
      this.#prepared.set(text, name)
    }
    return this.#query({ name, text, values })
  }
}

function openPostgres(url: string, health: StorageHealth): Kysely<Database> {
  const pool = new pg.Pool({ connectionString: url, types, Client: PreparingClient })
  // An idle connection the database closes (a restart, an administrator) must not take the server down:
  // the pool drops it and opens a fresh one for the next query.
  pool.on('error', error => console.warn(`PostgreSQL closed an idle connection: ${error.message}`))
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log: health.observe })
}

export function openDatabase(config: { database: DatabaseConfig }, options: OpenOptions = {}): Storage {
  const { database } = config
  const health = new StorageHealth()
  const db = database.kind === 'sqlite' ? openSqlite(database.file, health, options) : openPostgres(database.url, health)
  return { db, kind: database.kind, health, close: () => db.destroy() }
}
