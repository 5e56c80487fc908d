import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import type { HealthResponse } from '#shared/api/setup'
import type { DbKind } from '../storage/db.ts'
import type { StorageHealth } from '../storage/health.ts'
import type { Database } from '../storage/schema.ts'
import { sql } from 'kysely'
import { FAULT_PROBLEM, storageError } from '../http/errors.ts'
import { isApiPath } from '../http/protocol.ts'

const HEALTH = '/api/health'

export function healthRoutes(app: FastifyInstance, db: Kysely<Database>, dbKind: DbKind, version: string, health: StorageHealth): void {
  // A damaged database answers every API call with one sentence instead of a 500 wherever a query meets the damage.
  app.addHook('onRequest', async (request) => {
    if (health.fault === 'damaged' && isApiPath(request.url) && request.url.split('?')[0] !== HEALTH)
      throw storageError('damaged')
  })

  // Touches the database, so a monitor hears about a lost connection, not just a live process; and says what
  // the storage is known to suffer from (503), so a monitor alerts on a damaged file or a full disk.
  app.get(HEALTH, async (_request, reply): Promise<HealthResponse> => {
    const fault = health.fault
    if (fault === null) {
      await sql`select 1`.execute(db)
      return { ok: true, version, db: dbKind }
    }
    void reply.code(503)
    return { ok: false, version, db: dbKind, problem: FAULT_PROBLEM[fault], message: storageError(fault).message }
  })
}
