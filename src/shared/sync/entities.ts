import * as v from 'valibot'
import { AwardFields, AwardObject } from '../model/award.ts'
import { ConsentFields, ConsentObject } from '../model/consent.ts'
import { IndicatorYearFields, IndicatorYearObject } from '../model/indicatorYear.ts'
import { MeetingFields, MeetingObject } from '../model/meeting.ts'
import { PairFields, PairObject } from '../model/pair.ts'
import { PartnerFields, PartnerObject } from '../model/partner.ts'
import { MENTOR_VISIBLE_PERSON_FIELDS, PersonFields, PersonObject } from '../model/person.ts'
import { PlanItemFields, PlanItemObject } from '../model/planItem.ts'
import { PracticeFields, PracticeObject } from '../model/practice.ts'
import { ProgramFields, ProgramObject } from '../model/program.ts'
import { ReportNoteFields, ReportNoteObject } from '../model/reportNote.ts'
import { RoadmapItemFields, RoadmapItemObject } from '../model/roadmapItem.ts'
import { SurveyCampaignFields, SurveyCampaignObject } from '../model/surveyCampaign.ts'
import { SurveyResponseFields, SurveyResponseObject } from '../model/surveyResponse.ts'
import { SurveyTemplateFields, SurveyTemplateObject } from '../model/surveyTemplate.ts'
import type { EntityName } from './mutation.ts'

/**
 * How each synced entity is checked and scoped, for both sides:
 * - `patch` checks the fields a mutation carries (any subset);
 * - `full` checks the record they make together (cross-field rules included);
 * - `pairScoped` entities belong to one pair through `pairId`: a mentor sees and writes those of own pairs;
 * - `mentorFields`, when set, is all a mentor's device may receive of the entity.
 */
export interface EntitySpec {
  patch: v.GenericSchema
  full: v.GenericSchema
  pairScoped: boolean
  mentorFields?: readonly string[]
}

export const ENTITIES: Record<EntityName, EntitySpec> = {
  programs: { patch: v.partial(ProgramObject), full: ProgramFields, pairScoped: false, mentorFields: ['name', 'form', 'startDate', 'endDate', 'status'] },
  people: { patch: v.partial(PersonObject), full: PersonFields, pairScoped: false, mentorFields: MENTOR_VISIBLE_PERSON_FIELDS },
  pairs: { patch: v.partial(PairObject), full: PairFields, pairScoped: false },
  meetings: { patch: v.partial(MeetingObject), full: MeetingFields, pairScoped: true },
  planItems: { patch: v.partial(PlanItemObject), full: PlanItemFields, pairScoped: true },
  // The curator's registries: never on a mentor's phone (the scope has no arm for them).
  consents: { patch: v.partial(ConsentObject), full: ConsentFields, pairScoped: false },
  partners: { patch: v.partial(PartnerObject), full: PartnerFields, pairScoped: false },
  roadmapItems: { patch: v.partial(RoadmapItemObject), full: RoadmapItemFields, pairScoped: false },
  // Questionnaires and campaigns are the curator's; named ones also reach the respondents they address.
  surveyTemplates: { patch: v.partial(SurveyTemplateObject), full: SurveyTemplateFields, pairScoped: false },
  surveyCampaigns: { patch: v.partial(SurveyCampaignObject), full: SurveyCampaignFields, pairScoped: false },
  // Monitoring (stage 7): the school's targets and totals, awards, best practices, the справка's text.
  indicatorYears: { patch: v.partial(IndicatorYearObject), full: IndicatorYearFields, pairScoped: false },
  awards: { patch: v.partial(AwardObject), full: AwardFields, pairScoped: false },
  practices: { patch: v.partial(PracticeObject), full: PracticeFields, pairScoped: false },
  reportNotes: { patch: v.partial(ReportNoteObject), full: ReportNoteFields, pairScoped: false },
  // A named answer: written by its respondent only, while the campaign is open (server/surveys/named.ts).
  surveyResponses: { patch: v.partial(SurveyResponseObject), full: SurveyResponseFields, pairScoped: false },
}

export function isEntityName(name: string): name is EntityName {
  return Object.hasOwn(ENTITIES, name)
}

/** Keeps only the fields a role may hold of a record (the server filters; the client never asks for more). */
export function visibleFields(entity: EntityName, fields: Record<string, unknown>, role: 'full' | 'mentor'): Record<string, unknown> {
  const allowed = role === 'mentor' ? ENTITIES[entity].mentorFields : undefined
  if (!allowed)
    return fields
  return Object.fromEntries(Object.entries(fields).filter(([key]) => allowed.includes(key)))
}
