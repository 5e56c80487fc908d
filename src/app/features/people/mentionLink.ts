import type { EntityName } from '#shared/sync/entityNames'
import { db } from '../../db/index.ts'

type Fields = Record<string, unknown> | undefined

const under = (prefix: string, value: unknown) => (typeof value === 'string' || typeof value === 'number') && value !== '' ? `${prefix}${value}` : null

/** A drafted document's page, to which its subject's id is added (a school-wide journal's has none: the list). */
const DRAFT_PAGES: Record<string, string> = {
  order: '/reports/order?program=',
  plan: '/reports/plan/',
  journal: '/reports/journal?pair=',
  appointment: '/reports/appointment?roadmap=',
  agreement: '/reports/agreement/',
}

/**
 * Where the curator opens a record to edit its text: its own page, or the page of what it belongs to (a
 * meeting's pair, a consent's card). A named answer is its respondent's words: nobody else may change them.
 */
const LINKS: Record<EntityName, (id: string, fields: Fields) => string | null> = {
  programs: id => `/programs/${id}`,
  people: id => `/people/${id}`,
  pairs: id => `/pairs/${id}`,
  meetings: (_, f) => under('/pairs/', f?.pairId),
  planItems: (_, f) => under('/pairs/', f?.pairId),
  consents: (_, f) => under('/people/', f?.personId),
  partners: id => `/partners/${id}`,
  roadmapItems: (_, f) => under('/programs/', f?.programId)?.concat('/roadmap') ?? null,
  surveyTemplates: id => `/surveys/templates/${id}`,
  surveyCampaigns: () => '/surveys',
  indicatorYears: (_, f) => under('/monitoring/indicators/', f?.year),
  awards: id => `/monitoring/awards/${id}`,
  practices: id => `/monitoring/practices/${id}`,
  reportNotes: (_, f) => under('/reports/spravka?year=', f?.year)?.concat(`&period=${f?.period === 'school' ? 'school' : 'calendar'}`) ?? null,
  surveyResponses: () => null,
  roadmaps: () => '/roadmap',
  roadmapEvents: () => '/roadmap',
  roadmapTemplates: () => '/roadmap',
  indicatorDefinitions: id => `/monitoring/definitions/${id}`,
  conflicts: () => '/conflicts',
  schoolRequisites: () => '/settings/school',
  documentDrafts: (_, f) => {
    const page = DRAFT_PAGES[String(f?.kind)]
    return page ? under(page, f?.subjectId) ?? '/reports' : '/reports/spravka'
  },
}

/** The link of a record, read from this device's copy when the page is its owner's. */
export async function mentionLink(entity: EntityName, id: string): Promise<string | null> {
  return LINKS[entity](id, await db.table(entity).get(id) as Fields)
}
