import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import type { LoginResponse } from '#shared/api/auth'
import type { AccessReset, Enrollment, UserSummary } from '#shared/api/users'
import type { Database } from '../storage/schema.ts'
import { CreateUserRequest, EnrollRequest, RenameDeviceRequest, SetDisabledRequest } from '#shared/api/users'
import { makeAuthenticate, requireRole } from '../auth/guard.ts'
import { parseBody } from '../http/body.ts'
import { rateLimiter } from '../http/rateLimit.ts'
import { createUser, resetAccess, setDisabled } from './accounts.ts'
import { clientInfo } from './deviceDescription.ts'
import { listUsers, renameDevice, revokeDevice } from './devices.ts'
import { enrollDevice, issueEnrollment } from './enrollment.ts'

interface ById { Params: { id: string } }

/*
 * A code is ~39 bits and lives 7 days, so guessing one is hopeless at this pace; the burst fits a training
 * session where a room of mentors enroll their phones from one school address at once.
 */
const ENROLL_LIMIT = { burst: 30, perSecond: 1 / 2, problem: 'enroll_flood' } as const

/**
 * Accounts and devices: the curator's, for the own school only (everyone else gets 403); enrolling is public.
 * A region account comes only from the admin CLI (`create-user --role region`, see `createUser`).
 */
export function userRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  const authenticate = makeAuthenticate(db)
  const limitEnroll = rateLimiter(ENROLL_LIMIT)

  app.get('/api/users', { preHandler: authenticate }, async (request): Promise<UserSummary[]> =>
    listUsers(db, requireRole(request, 'curator').schoolId))

  app.post('/api/users', { preHandler: authenticate }, async (request, reply) => {
    const { schoolId } = requireRole(request, 'curator')
    const user: UserSummary = await createUser(db, schoolId, parseBody(CreateUserRequest, request.body), 'curator')
    return reply.code(201).send(user)
  })

  app.post<ById>('/api/users/:id/password', { preHandler: authenticate }, async (request, reply) => {
    const { schoolId, userId } = requireRole(request, 'curator')
    const reset: AccessReset = await resetAccess(db, schoolId, request.params.id, userId)
    return reply.code(201).send(reset)
  })

  app.put<ById>('/api/users/:id/disabled', { preHandler: authenticate }, async (request, reply) => {
    const { schoolId, userId } = requireRole(request, 'curator')
    await setDisabled(db, schoolId, request.params.id, parseBody(SetDisabledRequest, request.body).disabled, userId)
    return reply.code(204).send()
  })

  app.post<ById>('/api/users/:id/enrollment', { preHandler: authenticate }, async (request, reply) => {
    const { schoolId } = requireRole(request, 'curator')
    const enrollment: Enrollment = await issueEnrollment(db, schoolId, request.params.id)
    return reply.code(201).send(enrollment)
  })

  app.post<ById>('/api/devices/:id/revoke', { preHandler: authenticate }, async (request, reply) => {
    const { schoolId, userId } = requireRole(request, 'curator')
    await revokeDevice(db, schoolId, request.params.id, userId)
    return reply.code(204).send()
  })

  app.put<ById>('/api/devices/:id/name', { preHandler: authenticate }, async (request, reply) => {
    const { schoolId } = requireRole(request, 'curator')
    await renameDevice(db, schoolId, request.params.id, parseBody(RenameDeviceRequest, request.body).name)
    return reply.code(204).send()
  })

  // Public: the code is the credential, as a password is for /api/auth/login.
  app.post('/api/enroll', { preHandler: limitEnroll }, async (request, reply) => {
    const response: LoginResponse = await enrollDevice(db, parseBody(EnrollRequest, request.body), clientInfo(request))
    return reply.code(201).send(response)
  })
}
