import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify'
import type { Kysely } from 'kysely'
import type { Role } from '#shared/roles'
import type { SessionLimits } from '../config.ts'
import type { Head } from '../records/read.ts'
import type { Database } from '../storage/schema.ts'
import { isStaff } from '#shared/roles'
import { DEFAULT_SESSION_LIMITS } from '../config.ts'
import { HttpError } from '../http/errors.ts'
import { prepared } from '../storage/prepared.ts'
import { hashToken } from './tokens.ts'

export interface AuthContext {
  userId: string
  /** The account's name as the accounts page shows it: what the server writes where a record says who typed it in. */
  userName: string
  schoolId: string
  role: Role
  /** The person card of a mentor or mentee: what a mentor's sync scope hangs on. */
  personId: string | null
  /** Identifies the session itself, for logout. */
  tokenHash: string
  /** The session's public id: the device, as the curator sees it. */
  sessionId: string
  /** When this device last synced, so a sync writes it at most once a minute. */
  lastSyncAt: string | null
  /**
   * Where the school's writes stood when the session was read, in the same statement: a pull already at the head
   * (an idle app's timer, the commonest request there is) is answered without another read. Null where no
   * request was authenticated (the demo's own pushes).
   */
  head: Head | null
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by `authenticate`; null on routes that do not use it. */
    auth: AuthContext | null
  }
  interface FastifyInstance {
    /** How long a session may go unused, for every `authenticate` of this server (installAuth). */
    sessionLimits: SessionLimits
  }
}

/*
 * Writing last_seen_at on every request would turn each read into a write. It only has to tell a session in use
 * from one left for weeks (and the curator's device list needs no better), so an hour's precision is enough.
 */
const TOUCH_INTERVAL_MS = 3_600_000
const DAY_MS = 24 * 3_600_000

const unauthorized = () => new HttpError(401, 'unauthorized')
// Told apart from `unauthorized`: the app keeps unsent records exportable instead of just asking to sign in.
const revoked = () => new HttpError(401, 'revoked')
// Told apart too: the app keeps the unsent records and sends them after the person signs in (or enrolls) again.
const expired = () => new HttpError(401, 'expired')
const forbidden = () => new HttpError(403, 'forbidden')

function bearer(request: FastifyRequest): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')
  return match?.[1] ?? null
}

/** The session of a token with its account and the school's head: every request's one read. */
const sessionOf = prepared((db: Kysely<Database>, tokenHash: string) => db.selectFrom('sessions')
  .innerJoin('users', join => join.onRef('users.school_id', '=', 'sessions.school_id').onRef('users.id', '=', 'sessions.user_id'))
  .innerJoin('schools', 'schools.id', 'sessions.school_id')
  .select([
    'sessions.school_id',
    'sessions.user_id',
    'sessions.id',
    'sessions.last_seen_at',
    'sessions.last_sync_at',
    'sessions.revoked_at',
    'sessions.revoked_by',
    'users.role',
    'users.name',
    'users.person_id',
    'users.disabled_at',
    'schools.version_counter',
    'schools.epoch',
    'schools.scope_version',
  ])
  .where('sessions.token_hash', '=', tokenHash))

export function makeAuthenticate(db: Kysely<Database>): preHandlerAsyncHookHandler {
  return async function authenticate(request) {
    const token = bearer(request)
    if (!token)
      throw unauthorized()
    const tokenHash = hashToken(token)
    const [row] = await sessionOf(db, tokenHash)
    if (!row)
      throw unauthorized()
    if (row.revoked_at !== null)
      throw row.revoked_by !== null && row.revoked_by !== row.user_id ? revoked() : unauthorized()
    // Disabling revokes the account's sessions in the same transaction; this holds for any opened meanwhile.
    if (row.disabled_at !== null)
      throw revoked()
    const now = Date.now()
    const limits = request.server.sessionLimits
    const idleDays = isStaff(row.role) ? limits.staffIdleDays : limits.deviceIdleDays
    if (now - Date.parse(row.last_seen_at) >= idleDays * DAY_MS)
      throw expired()
    if (now - Date.parse(row.last_seen_at) >= TOUCH_INTERVAL_MS) {
      await db.updateTable('sessions')
        .set({ last_seen_at: new Date(now).toISOString() })
        .where('token_hash', '=', tokenHash)
        .execute()
    }
    request.auth = {
      userId: row.user_id,
      userName: row.name,
      schoolId: row.school_id,
      role: row.role,
      personId: row.person_id,
      tokenHash,
      sessionId: row.id,
      lastSyncAt: row.last_sync_at,
      head: { counter: row.version_counter, epoch: row.epoch, scopeVersion: row.scope_version },
    }
  }
}

/** The caller, on a route behind `authenticate`. */
export function signedIn(request: FastifyRequest): AuthContext {
  if (!request.auth)
    throw unauthorized()
  return request.auth
}

/** The caller, who must hold one of `roles`; anyone else gets 403. */
export function requireRole(request: FastifyRequest, ...roles: Role[]): AuthContext {
  const auth = signedIn(request)
  if (!roles.includes(auth.role))
    throw forbidden()
  return auth
}

/**
 * Declares `request.auth` once, so every request object has the same shape (Fastify's fast path), and the
 * server's session limits, which `authenticate` reads from the request's server.
 */
export function installAuth(app: FastifyInstance, limits: SessionLimits = DEFAULT_SESSION_LIMITS): void {
  app.decorateRequest('auth', null)
  app.decorate('sessionLimits', limits)
}
