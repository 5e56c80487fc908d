import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import type { RegionIndicators } from '#shared/api/region'
import type { Database } from '../storage/schema.ts'
import { RegionQuery } from '#shared/api/region'
import { regionValues, sumIndicators } from '#shared/indicators/total'
import { schoolIndicators } from '#shared/indicators/school'
import { makeAuthenticate, requireRole } from '../auth/guard.ts'
import { parseBody } from '../http/body.ts'
import { chunks } from '../storage/chunks.ts'
import { schoolRecords } from './records.ts'

/** Fewer than the PostgreSQL pool's ten connections, so the region's read leaves room for the schools' syncs. */
const SCHOOLS_AT_ONCE = 6

/**
 * The regional operator's view: every school of this server, by the same code the schools' own dashboards
 * use. A region account is created in any school of the server (`create-user --role region`) and sees
 * them all, as numbers only.
 */
async function regionIndicators(db: Kysely<Database>, year: number): Promise<RegionIndicators> {
  const schools = await db.selectFrom('schools').select(['id', 'name']).orderBy('name').execute()
  const rows: RegionIndicators['schools'] = []
  // A few schools at once: on PostgreSQL their reads overlap on the pool's connections (200 schools one by one
  // were 200 × 3 round trips in a row); SQLite runs them in turn either way.
  for (const group of chunks(schools, SCHOOLS_AT_ONCE)) {
    rows.push(...await Promise.all(group.map(async school =>
      ({ schoolId: school.id, name: school.name, indicators: regionValues(schoolIndicators(await schoolRecords(db, school.id), year)) }))))
  }
  return { year, schools: rows, total: sumIndicators(rows.map(r => r.indicators)) }
}

export function regionRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  const authenticate = makeAuthenticate(db)
  app.get('/api/region/indicators', { preHandler: authenticate }, async (request): Promise<RegionIndicators> => {
    requireRole(request, 'region')
    const { year } = parseBody(RegionQuery, request.query)
    return regionIndicators(db, year ?? new Date().getFullYear())
  })
}
