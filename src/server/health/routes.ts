import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import type { HealthResponse } from '#shared/api/setup'
import type { DbKind } from '../storage/db.ts'
import type { Database } from '../storage/schema.ts'
import { sql } from 'kysely'

export function healthRoutes(app: FastifyInstance, db: Kysely<Database>, dbKind: DbKind, version: string): void {
  // Touches the database, so a monitor hears about a lost connection, not just a live process.
  app.get('/api/health', async (): Promise<HealthResponse> => {
    await sql`select 1`.execute(db)
    return { ok: true, version, db: dbKind }
  })
}
