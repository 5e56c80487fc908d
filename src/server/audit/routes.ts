import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import type { AuditPage } from '#shared/api/audit'
import type { Database } from '../storage/schema.ts'
import { AuditQuery } from '#shared/api/audit'
import { makeAuthenticate, requireRole } from '../auth/guard.ts'
import { parseBody } from '../http/body.ts'
import { readAudit } from './log.ts'

/** The school's audit log, for those who answer for the school's data: the curator and the observer. */
export function auditRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  const authenticate = makeAuthenticate(db)
  app.get('/api/audit', { preHandler: authenticate }, async (request): Promise<AuditPage> => {
    const { schoolId } = requireRole(request, 'curator', 'observer')
    return readAudit(db, schoolId, parseBody(AuditQuery, request.query))
  })
}
