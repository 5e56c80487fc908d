import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import { type Handover, HandoverDecision, HandoverRequest } from '#shared/api/handovers'
import { makeAuthenticate, requireRole, signedIn } from '../auth/guard.ts'
import { parseBody } from '../http/body.ts'
import type { Database } from '../storage/schema.ts'
import { decideHandover, keepHandover, openHandovers } from './store.ts'

/**
 * Refused changes handed to the curator: anyone signed in hands over their own; the curator and the observer
 * read the school's; the curator decides (accepting means the curator's device has entered it).
 */
export function handoverRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  const authenticate = makeAuthenticate(db)
  app.post('/api/handovers', { preHandler: authenticate }, async (request, reply) => {
    await keepHandover(db, signedIn(request), parseBody(HandoverRequest, request.body), new Date().toISOString())
    return reply.code(204).send()
  })
  app.get('/api/handovers', { preHandler: authenticate }, async (request): Promise<Handover[]> => {
    const { schoolId } = requireRole(request, 'curator', 'observer')
    return openHandovers(db, schoolId)
  })
  app.post<{ Params: { id: string } }>('/api/handovers/:id/decision', { preHandler: authenticate }, async (request, reply) => {
    const auth = requireRole(request, 'curator')
    await decideHandover(db, auth, request.params.id, parseBody(HandoverDecision, request.body).status, new Date().toISOString())
    return reply.code(204).send()
  })
}
