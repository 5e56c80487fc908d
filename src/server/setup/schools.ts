import type { Kysely } from 'kysely'
import type { Database } from '../storage/schema.ts'
import { uuidv7 } from '#shared/ids'
import { HttpError } from '../http/errors.ts'

export interface SchoolSummary {
  id: string
  name: string
  createdAt: string
  users: number
}

/**
 * A school without a curator yet (the admin CLI adds one). The first school made this way also writes the
 * installation row, as the setup page would have, so the setup page does not offer itself afterwards.
 */
export async function createSchool(db: Kysely<Database>, name: string, now = new Date()): Promise<string> {
  const id = uuidv7()
  const createdAt = now.toISOString()
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('installation').values({ id: 1, created_at: createdAt })
      .onConflict(oc => oc.column('id').doNothing())
      .execute()
    await trx.insertInto('schools').values({ id, name, created_at: createdAt }).execute()
  })
  return id
}

export async function listSchools(db: Kysely<Database>): Promise<SchoolSummary[]> {
  const rows = await db.selectFrom('schools')
    .leftJoin('users', 'users.school_id', 'schools.id')
    .select(eb => ['schools.id', 'schools.name', 'schools.created_at', eb.fn.count<number>('users.id').as('users')])
    .groupBy(['schools.id', 'schools.name', 'schools.created_at'])
    .orderBy('schools.created_at').orderBy('schools.id')
    .execute()
  return rows.map(r => ({ id: r.id, name: r.name, createdAt: r.created_at, users: Number(r.users) }))
}

/** Refuses an unknown school by name, before a foreign key would refuse it in words nobody can act on. */
export async function requireSchool(db: Kysely<Database>, schoolId: string): Promise<void> {
  const school = await db.selectFrom('schools').select('id').where('id', '=', schoolId).executeTakeFirst()
  if (!school)
    throw new HttpError(404, 'not_found', { problem: 'school_not_found', params: { schoolId } })
}
