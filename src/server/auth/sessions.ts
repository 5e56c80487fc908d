import type { Kysely } from 'kysely'
import type { SessionUser } from '#shared/api/auth'
import type { Database } from '../storage/schema.ts'
import { hashToken, newToken } from './tokens.ts'

/** Opens a session and returns its token, the only time the token exists in the clear. */
export async function createSession(db: Kysely<Database>, schoolId: string, userId: string): Promise<string> {
  const token = newToken()
  const now = new Date().toISOString()
  await db.insertInto('sessions').values({
    token_hash: hashToken(token),
    school_id: schoolId,
    user_id: userId,
    created_at: now,
    last_seen_at: now,
    revoked_at: null,
  }).execute()
  return token
}

export async function revokeSession(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.updateTable('sessions')
    .set({ revoked_at: new Date().toISOString() })
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .execute()
}

export async function loadSessionUser(db: Kysely<Database>, schoolId: string, userId: string): Promise<SessionUser | undefined> {
  const row = await db.selectFrom('users')
    .innerJoin('schools', 'schools.id', 'users.school_id')
    .select(['users.id', 'users.name', 'users.role', 'users.school_id', 'schools.name as school_name'])
    .where('users.school_id', '=', schoolId)
    .where('users.id', '=', userId)
    .executeTakeFirst()
  return row && { id: row.id, name: row.name, role: row.role, schoolId: row.school_id, schoolName: row.school_name }
}
