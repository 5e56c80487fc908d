import type { Kysely } from 'kysely'
import type { SchoolRecords } from '#shared/indicators/school'
import type { Database } from '../storage/schema.ts'
import { liveRecordsOf } from '../records/read.ts'
import { surveySummary } from '../surveys/results.ts'

/**
 * A school's records as the shared indicator code reads them. Deleted rows are left out here (their data
 * stays on the server for audit), so every array holds live records only.
 */
export async function schoolRecords(db: Kysely<Database>, schoolId: string): Promise<SchoolRecords> {
  const live = await liveRecordsOf(db, schoolId, ['people', 'pairs', 'partners', 'programs', 'indicatorYears', 'indicatorDefinitions', 'surveyCampaigns'])
  const alive = <T>(records: readonly T[]) => records.map(r => ({ ...r, deleted: 0 as const }))
  return {
    people: alive(live.people),
    pairs: alive(live.pairs),
    partners: alive(live.partners),
    programs: alive(live.programs),
    indicatorYears: alive(live.indicatorYears),
    indicatorDefinitions: alive(live.indicatorDefinitions),
    campaigns: alive(live.surveyCampaigns),
    campaignSatisfaction: (await surveySummary(db, schoolId)).campaigns,
  }
}
