import type { Kysely } from 'kysely'
import type { Database } from '../../../src/server/storage/schema.ts'
import { sql } from 'kysely'
import { expect, vi } from 'vitest'

/**
 * Runs `push` while another writer holds the school's counter, and commits that writer once the push's guarded
 * statement (src/server/sync/guarded.ts) waits on it: the push read the counter before the writer moved it, so its
 * guard must fail. Returns what `push` gave.
 */
export async function pushedBetween<T>(db: Kysely<Database>, schoolId: string, push: () => Promise<T>): Promise<T> {
  let pushed: Promise<T> | undefined
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('schools').set(eb => ({ version_counter: eb('version_counter', '+', 1) })).where('id', '=', schoolId).execute()
    pushed = push()
    // pg_stat_activity keeps a statement's first kilobyte: its opening names it.
    await vi.waitFor(async () => expect((await sql<{ n: number }>`select count(*) as n from pg_stat_activity
      where wait_event_type = 'Lock' and query like 'with "claimed" as %'`.execute(db)).rows[0]!.n).toBe(1), { timeout: 10_000 })
  })
  return pushed!
}
