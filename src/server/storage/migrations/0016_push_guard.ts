import { type Kysely, PostgresAdapter, sql } from 'kysely'

/*
 * A push on PostgreSQL reads the school first and writes everything in one statement, guarded by the counter
 * and the device's seq it read (sync/guarded.ts). A statement cannot stop itself half-way in plain SQL: this
 * function fails it, undoing all of its writes, when the guard does not hold. `serialization_failure` is what
 * the push then tells apart from any other error, and takes the school's lock instead. SQLite needs none: its
 * pushes always take their transaction.
 */
const onPostgres = (db: Kysely<unknown>) => db.getExecutor().adapter instanceof PostgresAdapter

export async function up(db: Kysely<unknown>): Promise<void> {
  if (!onPostgres(db))
    return
  await sql`create function push_guard(held boolean) returns boolean language plpgsql as $$
    begin
      if not held then
        raise exception 'the school or the device moved on since the push read them' using errcode = 'serialization_failure';
      end if;
      return true;
    end $$`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (onPostgres(db))
    await sql`drop function push_guard(boolean)`.execute(db)
}
