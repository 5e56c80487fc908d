import { CONSENT_KINDS } from '#shared/model/consent'
import { DOCUMENT_KINDS } from '#shared/model/documentDraft'
import { type EntityName, isEntityName } from '#shared/sync/entityNames'
import { shortName } from '../../data/names.ts'
import { db } from '../../db/index.ts'
import { fieldLabel } from '../../i18n/fieldLabels.ts'
import { formatShortDate, perLocale, t } from '../../i18n/index.ts'
import { describeRecord, quoted } from '../../sync/describeRecord.ts'
import { recordNoun } from './sentence.ts'

type Fields = Record<string, unknown>
type Get = (entity: EntityName, id: unknown) => Promise<Fields | undefined>

const text = (value: unknown) => typeof value === 'string' ? value : ''
const oneOf = <T extends string>(list: readonly T[], value: unknown): value is T => (list as readonly unknown[]).includes(value)

const dayMonth = perLocale(l => new Intl.DateTimeFormat(l, { day: '2-digit', month: '2-digit' }))

/** «12.10», the year added when it is not this one: a meeting's calendar date, never shifted by a time zone. */
export function shortDate(date: string, thisYear: number): string {
  const [y, m, d] = date.split('-').map(Number)
  if (!y || !m || !d)
    return ''
  return y === thisYear ? dayMonth().format(new Date(y, m - 1, d)) : formatShortDate(date)
}

const nameOf = async (get: Get, id: unknown) => shortName(text((await get('people', id))?.name))
async function pairNames(get: Get, pair: Fields | undefined): Promise<string> {
  if (!pair)
    return ''
  const mentees = await Promise.all((Array.isArray(pair.menteeIds) ? pair.menteeIds : []).map(id => nameOf(get, id)))
  return [await nameOf(get, pair.mentorId), mentees.filter(Boolean).join(', ')].filter(Boolean).join(' — ')
}
const templateName = async (get: Get, campaignId: unknown) => text((await get('surveyTemplates', (await get('surveyCampaigns', campaignId))?.templateId))?.name)

/**
 * The words that tell one record from others of its kind, for the entities whose own fields do not: a meeting
 * by its day and topic (or its pair), a pair by its people, a consent by whose it is. The rest say their name or
 * title (`describeRecord`).
 */
const LABELS: Partial<Record<EntityName, (record: Fields, get: Get, thisYear: number) => Promise<string> | string>> = {
  people: r => r.erased === 1 ? '' : quoted(shortName(text(r.name))),
  pairs: async (r, get) => quoted(await pairNames(get, r)),
  meetings: async (r, get, thisYear) => {
    const pair = r.topic ? '' : await pairNames(get, await get('pairs', r.pairId))
    return [shortDate(text(r.date), thisYear), r.topic ? quoted(text(r.topic)) : pair && `(${pair})`].filter(Boolean).join(' ')
  },
  consents: async (r, get) => [oneOf(CONSENT_KINDS, r.kind) ? t(`audit.consents.${r.kind}`) : '', quoted(await nameOf(get, r.personId))].filter(Boolean).join(' '),
  awards: async (r, get) => quoted(await nameOf(get, r.personId)),
  surveyCampaigns: async (r, get) => quoted(text((await get('surveyTemplates', r.templateId))?.name)),
  surveyResponses: async (r, get) => quoted(await templateName(get, r.campaignId)),
  indicatorYears: r => typeof r.year === 'number' ? t('audit.forYear', { year: r.year }) : '',
  // A school year's note names its two years, as its справка does; a note written before school years is a calendar year's.
  reportNotes: async (r, get) => t(r.period === 'school' ? 'audit.ofSchoolYear' : 'audit.ofYear', { name: quoted(text((await get('programs', r.programId))?.name)), year: String(r.year), next: String(Number(r.year) + 1) }).trim(),
  documentDrafts: (r) => {
    const name = oneOf(DOCUMENT_KINDS, r.kind) ? quoted(t(`audit.documents.${r.kind}`)) : ''
    return name && r.number ? t('audit.numbered', { name, number: text(r.number) }) : name
  },
  conflicts: r => `(${[recordNoun(text(r.entity), 'nom'), fieldLabel(text(r.entity), text(r.field))].filter(Boolean).join(': ')})`,
  schoolRequisites: () => '',
}

/**
 * What this device can say of a record the log names; null when the device does not hold it (deleted and
 * pulled away, or outside its scope). One maker per page of the log: a pair many entries name is read once.
 */
export function recordLabels(thisYear = new Date().getFullYear()) {
  const read = new Map<string, Promise<Fields | undefined>>()
  const get: Get = (entity, id) => {
    if (typeof id !== 'string' || !id)
      return Promise.resolve(undefined)
    const key = `${entity}/${id}`
    if (!read.has(key))
      read.set(key, db.table(entity).get(id) as Promise<Fields | undefined>)
    return read.get(key)!
  }
  return async (entity: string, id: string): Promise<string | null> => {
    if (!isEntityName(entity))
      return null
    const record = await get(entity, id)
    if (!record)
      return null
    const label = LABELS[entity]
    return label ? label(record, get, thisYear) : describeRecord(record)
  }
}
