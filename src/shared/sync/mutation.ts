import type { Award } from '../model/award.ts'
import type { Consent } from '../model/consent.ts'
import type { IndicatorYear } from '../model/indicatorYear.ts'
import type { Meeting } from '../model/meeting.ts'
import type { Pair } from '../model/pair.ts'
import type { Partner } from '../model/partner.ts'
import type { Person } from '../model/person.ts'
import type { PlanItem } from '../model/planItem.ts'
import type { Practice } from '../model/practice.ts'
import type { Program } from '../model/program.ts'
import type { ReportNote } from '../model/reportNote.ts'
import type { RoadmapItem } from '../model/roadmapItem.ts'
import type { SurveyCampaign } from '../model/surveyCampaign.ts'
import type { SurveyResponse } from '../model/surveyResponse.ts'
import type { SurveyTemplate } from '../model/surveyTemplate.ts'

/** Every synced table, by the name both sides use for it. */
export interface SyncedRecords {
  programs: Program
  people: Person
  pairs: Pair
  meetings: Meeting
  planItems: PlanItem
  consents: Consent
  partners: Partner
  roadmapItems: RoadmapItem
  surveyTemplates: SurveyTemplate
  surveyCampaigns: SurveyCampaign
  indicatorYears: IndicatorYear
  awards: Award
  practices: Practice
  reportNotes: ReportNote
  surveyResponses: SurveyResponse
}
export type EntityName = keyof SyncedRecords
export const ENTITY_NAMES = ['programs', 'people', 'pairs', 'meetings', 'planItems', 'consents', 'partners', 'roadmapItems', 'surveyTemplates', 'surveyCampaigns', 'indicatorYears', 'awards', 'practices', 'reportNotes', 'surveyResponses'] as const satisfies readonly EntityName[]

/**
 * One local change, as it waits in the outbox and as it is pushed. `fields` is a patch: only what
 * the user changed, so two devices editing different fields of one record both win (last writer per field).
 * `seq` increases per device (client id) and is what makes a push exactly-once.
 */
export interface Mutation<E extends EntityName = EntityName> {
  seq: number
  entity: E
  id: string
  op: 'upsert' | 'delete'
  fields: Partial<SyncedRecords[E]>
  /** Device clock when made: shown to people, never used to order. */
  at: string
}
