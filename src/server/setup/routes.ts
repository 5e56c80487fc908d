import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import type { LoginResponse } from '#shared/api/auth'
import type { SetupStatus } from '#shared/api/setup'
import type { Database } from '../storage/schema.ts'
import { SetupRequest } from '#shared/api/setup'
import { uuidv7 } from '#shared/ids'
import { createSession, loadSessionUser } from '../auth/sessions.ts'
import { hashNewPassword } from '../auth/strength.ts'
import { parseBody } from '../http/body.ts'
import { HttpError } from '../http/errors.ts'
import { clientInfo } from '../users/deviceDescription.ts'
import { setupTokenMatches } from './token.ts'

async function schoolExists(db: Kysely<Database>): Promise<boolean> {
  return (await db.selectFrom('schools').select('id').limit(1).executeTakeFirst()) !== undefined
}

const setupDone = () => new HttpError(409, 'setup_done')

export function setupRoutes(app: FastifyInstance, db: Kysely<Database>, setupToken: string | null): void {
  app.get('/api/setup', async (): Promise<SetupStatus> => ({ needed: !(await schoolExists(db)) }))

  app.post('/api/setup', async (request, reply) => {
    if (await schoolExists(db))
      throw setupDone()
    const body = parseBody(SetupRequest, request.body)
    if (!setupTokenMatches(setupToken, body.token))
      throw new HttpError(403, 'setup_token_invalid')

    // Hashed before the transaction: the slow part should not hold the database.
    const passwordHash = await hashNewPassword(body.password, [body.login, body.curatorName])
    const now = new Date().toISOString()
    const schoolId = uuidv7()
    const userId = uuidv7()
    let token: string
    try {
      token = await db.transaction().execute(async (trx) => {
        // The singleton row goes first: of two racing setups, the second stops here.
        await trx.insertInto('installation').values({ id: 1, created_at: now }).execute()
        await trx.insertInto('schools').values({ id: schoolId, name: body.schoolName, created_at: now }).execute()
        await trx.insertInto('users').values({
          school_id: schoolId,
          id: userId,
          name: body.curatorName,
          role: 'curator',
          login: body.login,
          password_hash: passwordHash,
          created_at: now,
        }).execute()
        return createSession(trx, schoolId, userId, { deviceKey: body.deviceKey, client: clientInfo(request) })
      })
    } catch (error) {
      if (await schoolExists(db))
        throw setupDone()
      throw error
    }
    const user = await loadSessionUser(db, schoolId, userId)
    if (!user)
      throw new Error('setup committed but the curator is missing')
    const response: LoginResponse = { token, user }
    return reply.code(201).send(response)
  })
}
