import type { Kysely } from 'kysely'
import type { Device, UserSummary } from '#shared/api/users'
import type { Database } from '../storage/schema.ts'
import { HttpError } from '../http/errors.ts'
import { describeDevice } from './deviceDescription.ts'

/** Every account of the school with its devices (sessions), revoked ones included, for the curator's list. */
export async function listUsers(db: Kysely<Database>, schoolId: string): Promise<UserSummary[]> {
  const users = await db.selectFrom('users')
    .select(['id', 'name', 'role', 'person_id', 'login', 'password_hash', 'title', 'disabled_at'])
    .where('school_id', '=', schoolId)
    .orderBy('name').orderBy('id')
    .execute()
  const sessions = await db.selectFrom('sessions')
    .select(['id', 'user_id', 'device_name', 'created_at', 'last_seen_at', 'last_sync_at', 'revoked_at', 'user_agent', 'ua_hints'])
    .where('school_id', '=', schoolId)
    .orderBy('created_at')
    .execute()
  const devices = new Map<string, Device[]>()
  for (const s of sessions) {
    const device: Device = {
      id: s.id,
      name: s.device_name,
      description: describeDevice(s.user_agent, s.ua_hints),
      createdAt: s.created_at,
      lastSeenAt: s.last_seen_at,
      lastSyncAt: s.last_sync_at,
      revokedAt: s.revoked_at,
    }
    devices.set(s.user_id, [...devices.get(s.user_id) ?? [], device])
  }
  return users.map(u => ({
    id: u.id,
    name: u.name,
    role: u.role,
    personId: u.person_id,
    // A generated login (an enrolled phone's account) signs nobody in, so it is not shown as one.
    login: u.password_hash === null ? null : u.login,
    title: u.title,
    disabledAt: u.disabled_at,
    devices: devices.get(u.id) ?? [],
  }))
}

const deviceNotFound = () => new HttpError(404, 'not_found', { problem: 'device_not_found' })

/** Ends a device's session; its next request hears `revoked`. Revoking twice is not an error. */
export async function revokeDevice(db: Kysely<Database>, schoolId: string, deviceId: string, by: string): Promise<void> {
  const session = await db.selectFrom('sessions').select('revoked_at')
    .where('school_id', '=', schoolId).where('id', '=', deviceId)
    .executeTakeFirst()
  if (!session)
    throw deviceNotFound()
  if (session.revoked_at !== null)
    return
  await db.updateTable('sessions').set({ revoked_at: new Date().toISOString(), revoked_by: by })
    .where('school_id', '=', schoolId).where('id', '=', deviceId).where('revoked_at', 'is', null)
    .execute()
}

/** Ends every open session of a user (a password reset); their devices hear `revoked`. */
export async function revokeUserSessions(db: Kysely<Database>, schoolId: string, userId: string, by: string): Promise<number> {
  const result = await db.updateTable('sessions').set({ revoked_at: new Date().toISOString(), revoked_by: by })
    .where('school_id', '=', schoolId).where('user_id', '=', userId).where('revoked_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows)
}

/** Ends the user's unused codes (a newer code, a disabled account); returns how many were still valid. */
export async function voidEnrollments(db: Kysely<Database>, schoolId: string, userId: string, now: string): Promise<number> {
  const result = await db.updateTable('enrollments').set({ expires_at: now })
    .where('school_id', '=', schoolId).where('user_id', '=', userId).where('used_at', 'is', null).where('expires_at', '>', now)
    .executeTakeFirst()
  return Number(result.numUpdatedRows)
}

/** The name the curator gives a device («телефон директора»), shown in the list instead of the phone's own. */
export async function renameDevice(db: Kysely<Database>, schoolId: string, deviceId: string, name: string): Promise<void> {
  const result = await db.updateTable('sessions').set({ device_name: name })
    .where('school_id', '=', schoolId).where('id', '=', deviceId)
    .executeTakeFirst()
  if (result.numUpdatedRows === 0n)
    throw deviceNotFound()
}
