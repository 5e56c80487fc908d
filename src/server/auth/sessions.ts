import type { Kysely } from 'kysely'
import type { SessionUser } from '#shared/api/auth'
import type { Database } from '../storage/schema.ts'
import type { ClientInfo } from '../users/deviceDescription.ts'
import { uuidv7 } from '#shared/ids'
import { hashToken, newToken } from './tokens.ts'

// A sync writes last_sync_at at most this often: the curator's device list needs minutes, not milliseconds.
const SYNC_TOUCH_INTERVAL_MS = 60_000

/** How a device introduced itself: the name its person gave, the app's key, what its browser said. */
export interface DeviceIntro {
  deviceName?: string
  deviceKey?: string
  client?: ClientInfo
}

/**
 * Opens a session (one device) and returns its token, the only time the token exists in the clear. A sign-in
 * with a password passes the app's device key, which makes the device known to the account (`isKnownDevice`).
 */
export async function createSession(db: Kysely<Database>, schoolId: string, userId: string, { deviceName = '', deviceKey, client }: DeviceIntro = {}): Promise<string> {
  const token = newToken()
  const now = new Date().toISOString()
  await db.insertInto('sessions').values({
    token_hash: hashToken(token),
    id: uuidv7(),
    school_id: schoolId,
    user_id: userId,
    device_name: deviceName,
    created_at: now,
    last_seen_at: now,
    revoked_at: null,
    device_key_hash: deviceKey === undefined ? null : hashToken(deviceKey),
    user_agent: client?.userAgent ?? null,
    ua_hints: client?.hints ?? null,
  }).execute()
  return token
}

/**
 * Whether the account signed in from the device with this key before: any of its sessions, open, expired or
 * logged out, except one revoked by someone else (a curator, a password reset), which makes the device a
 * stranger again.
 */
export async function isKnownDevice(db: Kysely<Database>, user: { school_id: string, id: string }, deviceKey: string): Promise<boolean> {
  const session = await db.selectFrom('sessions').select('id')
    .where('school_id', '=', user.school_id).where('user_id', '=', user.id).where('device_key_hash', '=', hashToken(deviceKey))
    .where(eb => eb.or([eb('revoked_by', 'is', null), eb('revoked_by', '=', user.id)]))
    .executeTakeFirst()
  return session !== undefined
}

/** Ends a session; `by` is who did it (the user on logout, a curator otherwise), which the device is told. */
export async function revokeSession(db: Kysely<Database>, tokenHash: string, by: string): Promise<void> {
  await db.updateTable('sessions')
    .set({ revoked_at: new Date().toISOString(), revoked_by: by })
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .execute()
}

type Synced = { tokenHash: string, lastSyncAt: string | null }

/** Whether `touchSync` has anything to write: a sync a minute or more after the session's last. */
export const syncTouchDue = (auth: Synced, now = Date.now()): boolean =>
  auth.lastSyncAt === null || now - Date.parse(auth.lastSyncAt) >= SYNC_TOUCH_INTERVAL_MS

/** Notes that a device synced, for the curator's device list. */
export async function touchSync(db: Kysely<Database>, auth: Synced): Promise<void> {
  const now = Date.now()
  if (!syncTouchDue(auth, now))
    return
  await db.updateTable('sessions')
    .set({ last_sync_at: new Date(now).toISOString() })
    .where('token_hash', '=', auth.tokenHash)
    .execute()
}

export async function loadSessionUser(db: Kysely<Database>, schoolId: string, userId: string): Promise<SessionUser | undefined> {
  const row = await db.selectFrom('users')
    .innerJoin('schools', 'schools.id', 'users.school_id')
    .select(['users.id', 'users.name', 'users.role', 'users.school_id', 'users.person_id', 'schools.name as school_name'])
    .where('users.school_id', '=', schoolId)
    .where('users.id', '=', userId)
    .executeTakeFirst()
  return row && { id: row.id, name: row.name, role: row.role, schoolId: row.school_id, schoolName: row.school_name, personId: row.person_id }
}
