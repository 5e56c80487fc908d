import type { TestServer } from './server.ts'
import { BACKUP_TABLES } from '../../../src/server/storage/backup/tables.ts'

/** Reads the server's tables directly, to check what a request did or did not change. */
export async function recordRow(server: TestServer, schoolId: string, entity: string, id: string) {
  const row = await server.storage.db.selectFrom('records').selectAll()
    .where('school_id', '=', schoolId).where('entity', '=', entity).where('id', '=', id)
    .executeTakeFirst()
  return row && { ...row, data: JSON.parse(row.data) as Record<string, unknown> }
}

export async function countRows(server: TestServer, table: 'records' | 'rejections' | 'client_state' | 'sessions' | 'users' | 'enrollments', schoolId?: string): Promise<number> {
  const row = await server.storage.db.selectFrom(table)
    .select(eb => eb.fn.countAll<number>().as('n'))
    .$if(schoolId !== undefined, q => q.where('school_id', '=', schoolId!))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** Everything of a school's records, to compare before and after a refused request. */
export async function snapshot(server: TestServer, schoolId: string) {
  const records = await server.storage.db.selectFrom('records').selectAll().where('school_id', '=', schoolId).orderBy('entity').orderBy('id').execute()
  const school = await server.storage.db.selectFrom('schools').select('version_counter').where('id', '=', schoolId).executeTakeFirstOrThrow()
  return { records, counter: Number(school.version_counter) }
}

/**
 * Every row of every table, sorted, for "a refused request changes nothing". A session's seen/synced times
 * are left out: a known token that is then refused (403) still marks its device as seen, which is no change.
 */
export async function snapshotAll(server: TestServer): Promise<Record<string, string[]>> {
  const tables: Record<string, string[]> = {}
  for (const { name } of BACKUP_TABLES) {
    const rows = await server.storage.db.selectFrom(name).selectAll().execute() as Array<Record<string, unknown>>
    tables[name] = rows.map((row) => {
      const { last_seen_at: _seen, last_sync_at: _synced, ...kept } = row
      return JSON.stringify(name === 'sessions' ? kept : row)
    }).sort()
  }
  return tables
}
