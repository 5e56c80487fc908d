import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import type { Database } from '../storage/schema.ts'
import { makeAuthenticate, requireRole } from '../auth/guard.ts'
import { erasePerson } from './erase.ts'

/** What is done to a person card beyond sync: erasure of personal data, by the curator, online. */
export function peopleRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  const authenticate = makeAuthenticate(db)
  app.post<{ Params: { id: string } }>('/api/people/:id/erase', { preHandler: authenticate }, async (request, reply) => {
    const { schoolId, userId } = requireRole(request, 'curator')
    await erasePerson(db, schoolId, userId, request.params.id)
    return reply.code(204).send()
  })
}
