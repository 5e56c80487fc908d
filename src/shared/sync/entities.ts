import * as v from 'valibot'
import { type Award, AwardFields, AwardObject } from '../model/award.ts'
import { type DocumentDraft, DocumentDraftFields, DocumentDraftObject } from '../model/documentDraft.ts'
import { type Consent, ConsentFields, ConsentObject } from '../model/consent.ts'
import { type FieldConflict, FieldConflictFields, FieldConflictObject } from '../model/fieldConflict.ts'
import { type IndicatorDefinition, IndicatorDefinitionFields, IndicatorDefinitionObject } from '../model/indicatorDefinition.ts'
import { type IndicatorYear, IndicatorYearFields, IndicatorYearObject } from '../model/indicatorYear.ts'
import { type Meeting, MeetingFields, MeetingObject } from '../model/meeting.ts'
import { type Pair, PairFields, PairObject } from '../model/pair.ts'
import { type Partner, PartnerFields, PartnerObject } from '../model/partner.ts'
import { MENTOR_VISIBLE_PERSON_FIELDS, type Person, PersonFields, PersonObject } from '../model/person.ts'
import { type PlanItem, PlanItemFields, PlanItemObject } from '../model/planItem.ts'
import { type Practice, PracticeFields, PracticeObject } from '../model/practice.ts'
import { type Program, ProgramFields, ProgramObject } from '../model/program.ts'
import type { RecordFields, SyncRecord } from '../model/record.ts'
import { type ReportNote, ReportNoteFields, ReportNoteObject } from '../model/reportNote.ts'
import { type Roadmap, RoadmapFields, RoadmapObject } from '../model/roadmap.ts'
import { type RoadmapEvent, RoadmapEventFields, RoadmapEventObject } from '../model/roadmapEvent.ts'
import { type RoadmapItem, RoadmapItemFields, RoadmapItemObject } from '../model/roadmapItem.ts'
import { type RoadmapTemplate, RoadmapTemplateFields, RoadmapTemplateObject } from '../model/roadmapTemplate.ts'
import { type SchoolRequisites, SchoolRequisitesFields, SchoolRequisitesObject } from '../model/schoolRequisites.ts'
import { type SurveyCampaign, SurveyCampaignFields, SurveyCampaignObject } from '../model/surveyCampaign.ts'
import { type SurveyResponse, SurveyResponseFields, SurveyResponseObject } from '../model/surveyResponse.ts'
import { type SurveyTemplate, SurveyTemplateFields, SurveyTemplateObject } from '../model/surveyTemplate.ts'
import { type EntityName, isEntityName } from './entityNames.ts'

/**
 * The sets a mentor's or mentee's scope is made of (the server fills them, `src/server/sync/scope.ts`); a
 * curator's and an observer's scope is the whole school.
 */
export const SCOPE_SETS = ['pairs', 'people', 'programs', 'campaigns', 'templates', 'respondents'] as const
export type ScopeSet = typeof SCOPE_SETS[number]

/**
 * Whether a person's (mentor's or mentee's) device may hold a record: `school` — never, it is the curator's;
 * otherwise when the record's own id (`by: 'id'`) or its owner (`by: 'owner'`, the `owner` field) is in one set.
 */
type ScopeRule = 'school' | { set: ScopeSet, by: 'id' | 'owner' }

/**
 * Who writes an entity: the curator; also the mentor of the pair the record belongs to (`pairMentor`); or
 * only the person it belongs to (`respondent`: its rule module says when).
 */
type Writers = 'curator' | 'pairMentor' | 'respondent'

type FieldName<T extends SyncRecord> = keyof RecordFields<T> & string

export interface EntitySpec<T extends SyncRecord = SyncRecord> {
  /** Checks the fields a mutation carries (any subset). */
  patch: v.GenericSchema
  /** The names of its fields: nothing else a device sends is kept, not even as a name in the audit log. */
  fields: readonly string[]
  /** Checks the record they make together (cross-field rules included); its output is what is stored. */
  full: v.GenericSchema<unknown, RecordFields<T>>
  scope: ScopeRule
  /** The field that ties a record to its pair or person: the server indexes it (`records.ref_id`). */
  owner?: FieldName<T>
  /** All a mentor's or mentee's device may receive of the entity; absent: every field. */
  personFields?: ReadonlyArray<FieldName<T>>
  writers: Writers
}

interface Definition<T extends SyncRecord> extends Omit<EntitySpec<T>, 'patch' | 'fields' | 'writers'> {
  object: v.ObjectSchema<v.ObjectEntries, v.ErrorMessage<v.ObjectIssue> | undefined>
  writers?: Writers
}

/** One entity's entry; the record type rides along as a type parameter, so `SyncedRecords` derives from the table. */
/* @__NO_SIDE_EFFECTS__ */
function entity<T extends SyncRecord>({ object, writers = 'curator', ...rest }: Definition<T>): EntitySpec<T> {
  return { ...rest, patch: v.partial(object), fields: Object.keys(object.entries), writers }
}

const inPair = { set: 'pairs', by: 'owner' } as const

/**
 * Every synced entity, once. The types, the device's tables, the server's scope, field filter and write
 * permission are derived from here; a rule beyond these lives in the entity's module in src/server/sync/rules/.
 */
export const ENTITIES = {
  programs: entity<Program>({ object: ProgramObject, full: ProgramFields, scope: { set: 'programs', by: 'id' }, personFields: ['name', 'form', 'startDate', 'endDate', 'status', 'meetingKinds'] }),
  people: entity<Person>({ object: PersonObject, full: PersonFields, scope: { set: 'people', by: 'id' }, personFields: MENTOR_VISIBLE_PERSON_FIELDS }),
  pairs: entity<Pair>({ object: PairObject, full: PairFields, scope: { set: 'pairs', by: 'id' }, owner: 'mentorId' }),
  meetings: entity<Meeting>({ object: MeetingObject, full: MeetingFields, scope: inPair, owner: 'pairId', writers: 'pairMentor' }),
  planItems: entity<PlanItem>({ object: PlanItemObject, full: PlanItemFields, scope: inPair, owner: 'pairId', writers: 'pairMentor' }),
  // The curator's registries: never on a mentor's phone.
  consents: entity<Consent>({ object: ConsentObject, full: ConsentFields, scope: 'school', owner: 'personId' }),
  partners: entity<Partner>({ object: PartnerObject, full: PartnerFields, scope: 'school' }),
  // The school's roadmap per period, its events and its own templates; `roadmapItems` are the per-programme
  // events from before, kept until the curator's app turns them into the school's roadmap.
  roadmaps: entity<Roadmap>({ object: RoadmapObject, full: RoadmapFields, scope: 'school' }),
  roadmapEvents: entity<RoadmapEvent>({ object: RoadmapEventObject, full: RoadmapEventFields, scope: 'school' }),
  roadmapTemplates: entity<RoadmapTemplate>({ object: RoadmapTemplateObject, full: RoadmapTemplateFields, scope: 'school' }),
  roadmapItems: entity<RoadmapItem>({ object: RoadmapItemObject, full: RoadmapItemFields, scope: 'school' }),
  // Questionnaires and campaigns are the curator's; named ones also reach the respondents they address.
  surveyTemplates: entity<SurveyTemplate>({ object: SurveyTemplateObject, full: SurveyTemplateFields, scope: { set: 'templates', by: 'id' } }),
  surveyCampaigns: entity<SurveyCampaign>({ object: SurveyCampaignObject, full: SurveyCampaignFields, scope: { set: 'campaigns', by: 'id' } }),
  // Monitoring (stage 7): the school's targets and totals, awards, best practices, the справка's text.
  indicatorYears: entity<IndicatorYear>({ object: IndicatorYearObject, full: IndicatorYearFields, scope: 'school' }),
  awards: entity<Award>({ object: AwardObject, full: AwardFields, scope: 'school' }),
  practices: entity<Practice>({ object: PracticeObject, full: PracticeFields, scope: 'school' }),
  reportNotes: entity<ReportNote>({ object: ReportNoteObject, full: ReportNoteFields, scope: 'school' }),
  // A named answer: written by its respondent only, while the campaign is open (src/server/sync/rules/surveyResponses.ts).
  // The school's own indicators as its documents define them (src/shared/indicators): the curator's, like the year settings.
  indicatorDefinitions: entity<IndicatorDefinition>({ object: IndicatorDefinitionObject, full: IndicatorDefinitionFields, scope: 'school' }),
  // Two devices' changes of one field (src/shared/model/fieldConflict.ts): with its record, on the pair's mentor's phone too.
  conflicts: entity<FieldConflict>({ object: FieldConflictObject, full: FieldConflictFields, scope: inPair, owner: 'pairId', writers: 'pairMentor' }),
  // The school's requisites (one record) and the documents as the curator edited them before printing.
  schoolRequisites: entity<SchoolRequisites>({ object: SchoolRequisitesObject, full: SchoolRequisitesFields, scope: 'school' }),
  documentDrafts: entity<DocumentDraft>({ object: DocumentDraftObject, full: DocumentDraftFields, scope: 'school' }),
  surveyResponses: entity<SurveyResponse>({ object: SurveyResponseObject, full: SurveyResponseFields, scope: { set: 'respondents', by: 'owner' }, owner: 'personId', writers: 'respondent' }),
} satisfies Record<EntityName, unknown>

/** Every synced table, by the name both sides use for it. */
export type SyncedRecords = { [E in EntityName]: typeof ENTITIES[E] extends EntitySpec<infer T> ? T : never }

/** The spec without its record type, for code that handles every entity alike. */
/**
 * The entity's own field names among these, sorted: all a server may keep of the names a device sent (a
 * made-up name could be a child's). None for an entity the registry does not have.
 */
export const ownFields = (entity: string, names: Iterable<string>): string[] =>
  isEntityName(entity) ? [...names].filter(name => ENTITIES[entity].fields.includes(name)).sort() : []

export const specOf = (entity: EntityName): EntitySpec => ENTITIES[entity] as unknown as EntitySpec

/** The owner a scope query looks a record up by: a pair's mentor, a meeting's pair, a named answer's respondent. */
export function ownerOf(entity: EntityName, data: Record<string, unknown>): string | null {
  const field = specOf(entity).owner
  const owner = field === undefined ? null : data[field]
  return typeof owner === 'string' ? owner : null
}

/** Keeps only the fields a device may hold of a record (the server filters; the client never asks for more). */
export function visibleFields(entity: EntityName, fields: Record<string, unknown>, device: 'full' | 'person'): Record<string, unknown> {
  const allowed: readonly string[] | undefined = device === 'person' ? specOf(entity).personFields : undefined
  if (!allowed)
    return fields
  return Object.fromEntries(Object.entries(fields).filter(([key]) => allowed.includes(key)))
}
