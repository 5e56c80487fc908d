import type { TestServer } from './server.ts'

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
