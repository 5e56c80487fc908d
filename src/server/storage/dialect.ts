import type { Compilable, Kysely, OperationNodeSource, Transaction } from 'kysely'
import type { DbKind } from './db.ts'
import type { Database } from './schema.ts'
import { PostgresAdapter, sql } from 'kysely'

/*
 * The only places the two databases need different SQL. SQLite has one connection, which Kysely's driver
 * holds for a whole transaction, so transactions there are serial and need no isolation level; PostgreSQL runs
 * them concurrently and needs one. Row locks need nothing here: the writers take theirs with an UPDATE, which
 * locks on PostgreSQL and is serial on SQLite.
 */

/**
 * Runs reads that must see one moment: a pull reads the counter and then the rows up to it, and a push that
 * commits in between must not make a row vanish from a reset answer. SQLite's WAL gives a read transaction a
 * snapshot of its own (a deferred BEGIN: `storage/db.ts`).
 */
export function readSnapshot<T>(db: Kysely<Database>, kind: DbKind, run: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  const builder = db.transaction().setAccessMode('read only')
  return (kind === 'postgres' ? builder.setIsolationLevel('repeatable read') : builder).execute(run)
}

/** The schema unqualified names resolve to: PostgreSQL may hold other schemas' tables of the same name; SQLite has one. */
export async function currentSchema(db: Kysely<Database>, kind: DbKind): Promise<string | undefined> {
  if (kind === 'sqlite')
    return undefined
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db)
  return rows[0]?.schema
}

/** Whether a failed write broke a primary key or unique constraint (each driver says so its own way). */
export function isUniqueViolation(error: unknown, kind: DbKind): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return kind === 'postgres' ? code === '23505' : code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE'
}

/**
 * Whether statements are worth joining: on PostgreSQL each is a round trip to another process, and a WITH can
 * hold writes; SQLite runs in process and has no such WITH.
 */
export function joinsStatements(db: Kysely<Database>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter
}

/** An INSERT, UPDATE or DELETE whose result nobody reads. */
export type Write = Compilable & OperationNodeSource & { execute: () => Promise<unknown> }

/** Statements of `writeAll` joined in one: each is a chunk of rows (`chunks.ts`), so eight stay far below 65,535 parameters. */
const WRITES_IN_ONE_STATEMENT = 8

/**
 * Writes in order, in the caller's transaction. On PostgreSQL up to eight go as one statement, all but the last
 * in a WITH, which saves a round trip each: they then all see the tables as the statement found them, so none
 * may depend on another's effect, nor two of them touch one row. On SQLite, in process, a statement costs no
 * round trip and there is no such WITH.
 */
export async function writeAll(db: Kysely<Database>, writes: readonly Write[]): Promise<void> {
  if (!joinsStatements(db)) {
    for (const write of writes)
      await write.execute()
    return
  }
  for (let start = 0; start < writes.length; start += WRITES_IN_ONE_STATEMENT) {
    const group = writes.slice(start, start + WRITES_IN_ONE_STATEMENT)
    const last = group.pop()!
    await (group.length ? sql`with ${sql.join(group.map((write, i) => sql`${sql.ref(`write${i}`)} as (${write})`))} ${last}`.execute(db) : last.execute())
  }
}
