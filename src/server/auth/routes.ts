import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import type { LoginResponse, SessionUser } from '#shared/api/auth'
import type { Database } from '../storage/schema.ts'
import { LoginRequest } from '#shared/api/auth'
import { parseBody } from '../http/body.ts'
import { accountDisabled } from '../users/accounts.ts'
import { clientInfo } from '../users/deviceDescription.ts'
import { HttpError } from '../http/errors.ts'
import { rateLimiter } from '../http/rateLimit.ts'
import { loginBackoff, loginWaits } from './backoff.ts'
import { makeAuthenticate, signedIn } from './guard.ts'
import { hashPassword, isOutdated, unusableHash, verifyPassword } from './password.ts'
import { createSession, isKnownDevice, loadSessionUser, revokeSession } from './sessions.ts'
import { hashToken } from './tokens.ts'

const loginFailed = () => new HttpError(401, 'login_failed')

/*
 * Per address: a staff room behind one school address signs in a few times a day, so 20 at once and one
 * every 3 seconds after that never bites them, while spraying many logins from one machine crawls.
 * Per login (any address): 5 wrong passwords free, then waits of 1, 2, 4 … up to 300 seconds. A device the
 * account signed in from before counts apart (its own login and device key), so nobody else's wrong
 * passwords make it wait: only its own.
 */
const LOGIN_LIMIT = { burst: 20, perSecond: 1 / 3, problem: 'login_flood' } as const
const LOGIN_BACKOFF = { free: 5, maxSeconds: 300 }

/** The one moment the password is at hand: a hash of older parameters is made anew at today's. */
async function rehash(db: Kysely<Database>, user: { school_id: string, id: string }, checked: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password)
  // Only over the hash just checked: a reset that landed meanwhile wins.
  await db.updateTable('users').set({ password_hash: passwordHash })
    .where('school_id', '=', user.school_id).where('id', '=', user.id).where('password_hash', '=', checked)
    .execute()
}

export function authRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  const authenticate = makeAuthenticate(db)
  // An unknown login is checked against this, so it takes as long as a wrong password and timing tells nothing.
  const unknownLogin = unusableHash()
  const limitRate = rateLimiter(LOGIN_LIMIT)
  const backoff = loginBackoff(LOGIN_BACKOFF)

  app.post('/api/auth/login', { preHandler: limitRate }, async (request, reply): Promise<LoginResponse> => {
    const { login, password, deviceKey } = parseBody(LoginRequest, request.body)
    const user = await db.selectFrom('users')
      .select(['school_id', 'id', 'password_hash', 'disabled_at'])
      .where('login', '=', login)
      .executeTakeFirst()
    const known = user !== undefined && deviceKey !== undefined && await isKnownDevice(db, user, deviceKey)
    const slot = known ? `${login} ${hashToken(deviceKey)}` : login
    const waiting = backoff.check(slot)
    if (waiting) {
      void reply.header('retry-after', String(waiting.retryAfter))
      throw loginWaits()
    }
    const matches = await verifyPassword(password, user?.password_hash ?? unknownLogin)
    if (!user?.password_hash || !matches) {
      backoff.failed(slot)
      throw loginFailed()
    }
    backoff.succeeded(slot)
    // Told only to whoever knows the password: the person learns why, a guesser learns nothing new.
    if (user.disabled_at !== null)
      throw accountDisabled()
    if (isOutdated(user.password_hash))
      await rehash(db, user, user.password_hash, password)
    const token = await createSession(db, user.school_id, user.id, { deviceKey, client: clientInfo(request) })
    const sessionUser = await loadSessionUser(db, user.school_id, user.id)
    if (!sessionUser)
      throw loginFailed()
    return { token, user: sessionUser }
  })

  app.get('/api/auth/me', { preHandler: authenticate }, async (request): Promise<SessionUser> => {
    const { schoolId, userId } = signedIn(request)
    const user = await loadSessionUser(db, schoolId, userId)
    if (!user)
      throw new HttpError(401, 'unauthorized', { problem: 'user_gone' })
    return user
  })

  app.post('/api/auth/logout', { preHandler: authenticate }, async (request, reply) => {
    const { tokenHash, userId } = signedIn(request)
    await revokeSession(db, tokenHash, userId)
    return reply.code(204).send()
  })
}
