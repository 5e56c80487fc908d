import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import type { ErasureMention } from '#shared/api/erasure'
import type { Database } from '../storage/schema.ts'
import { makeAuthenticate, requireRole } from '../auth/guard.ts'
import { erasePerson } from './erase.ts'
import { openMentions } from './mentions.ts'

/** What is done to a person card beyond sync: erasure of personal data, by the curator, online, and what it leaves to edit. */
export function peopleRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  const authenticate = makeAuthenticate(db)
  app.post<{ Params: { id: string } }>('/api/people/:id/erase', { preHandler: authenticate }, async (request, reply) => {
    const { schoolId, userId } = requireRole(request, 'curator')
    await erasePerson(db, schoolId, userId, request.params.id)
    return reply.code(204).send()
  })
  // Where the erased person's name still stands in the school's free text, for the curator to edit.
  app.get<{ Params: { id: string } }>('/api/people/:id/mentions', { preHandler: authenticate }, async (request): Promise<ErasureMention[]> => {
    const { schoolId } = requireRole(request, 'curator')
    return openMentions(db, schoolId, request.params.id)
  })
}
