/**
 * The names of the synced entities, as both sides call their tables. The registry (`entities.ts`) must have
 * exactly these keys — the compiler refuses it otherwise — so the two cannot drift; they are written out here,
 * apart from it, because the registry brings every entity's schemas, and a device that needs only the names
 * (its tables, its outbox, the sync) must not load them on the mentor's first screen (a 100 KB budget).
 */
export const ENTITY_NAMES = ['programs', 'people', 'pairs', 'meetings', 'planItems', 'consents', 'partners', 'roadmapItems', 'surveyTemplates', 'surveyCampaigns', 'indicatorYears', 'awards', 'practices', 'reportNotes', 'surveyResponses', 'roadmaps', 'roadmapEvents', 'roadmapTemplates', 'indicatorDefinitions', 'conflicts', 'schoolRequisites', 'documentDrafts'] as const
export type EntityName = typeof ENTITY_NAMES[number]

export const isEntityName = (name: string): name is EntityName => (ENTITY_NAMES as readonly string[]).includes(name)
