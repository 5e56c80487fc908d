import type { Kysely } from 'kysely'
import type { SchoolRecords } from '#shared/indicators/school'
import type { Database } from '../storage/schema.ts'
import { surveySummary } from '../surveys/results.ts'

const ENTITIES = ['people', 'pairs', 'partners', 'programs', 'indicatorYears', 'surveyCampaigns'] as const
type Entity = typeof ENTITIES[number]

/**
 * A school's records as the shared indicator code reads them. Deleted rows are left out here (their data
 * stays on the server for audit), so every array holds live records only.
 */
export async function schoolRecords(db: Kysely<Database>, schoolId: string): Promise<SchoolRecords> {
  const rows = await db.selectFrom('records').select(['entity', 'id', 'data'])
    .where('school_id', '=', schoolId).where('entity', 'in', [...ENTITIES]).where('deleted', '=', 0)
    .execute()
  const live = (entity: Entity) => rows.filter(r => r.entity === entity).map(r => ({ ...JSON.parse(r.data), id: r.id, deleted: 0 as const }))
  const summary = await surveySummary(db, schoolId)
  return {
    people: live('people'),
    pairs: live('pairs'),
    partners: live('partners'),
    programs: live('programs'),
    indicatorYears: live('indicatorYears'),
    campaigns: live('surveyCampaigns'),
    campaignSatisfaction: summary.campaigns,
  }
}
