import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import type { ServerAddresses } from '#shared/api/addresses'
import type { Database } from '../storage/schema.ts'
import { makeAuthenticate } from '../auth/guard.ts'

/** For the cards a signed-in person prints: the links on them must lead phones to this server (`serverOrigins`). */
export function addressRoutes(app: FastifyInstance, db: Kysely<Database>, origins: readonly string[]): void {
  const authenticate = makeAuthenticate(db)
  app.get('/api/server/addresses', { preHandler: authenticate }, async (): Promise<ServerAddresses> => ({ origins: [...origins] }))
}
