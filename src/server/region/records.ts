import type { Kysely } from 'kysely'
import type { SchoolRecords } from '#shared/indicators/school'
import type { EntityName } from '#shared/sync/entityNames'
import type { Database } from '../storage/schema.ts'
import { liveRecords } from '../records/read.ts'
import { surveySummary } from '../surveys/results.ts'

/**
 * A school's records as the shared indicator code reads them. Deleted rows are left out here (their data
 * stays on the server for audit), so every array holds live records only.
 */
export async function schoolRecords(db: Kysely<Database>, schoolId: string): Promise<SchoolRecords> {
  const live = async <E extends EntityName>(entity: E) =>
    (await liveRecords(db, schoolId, entity)).map(r => ({ ...r, deleted: 0 as const }))
  return {
    people: await live('people'),
    pairs: await live('pairs'),
    partners: await live('partners'),
    programs: await live('programs'),
    indicatorYears: await live('indicatorYears'),
    campaigns: await live('surveyCampaigns'),
    campaignSatisfaction: (await surveySummary(db, schoolId)).campaigns,
  }
}
