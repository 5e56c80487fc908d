import type { AuditAction } from '#shared/api/audit'
import { type EntityName, isEntityName } from '#shared/sync/entityNames'
import { genderOf, shortName } from '../../data/names.ts'
import { fieldLabels } from '../../i18n/fieldLabels.ts'
import { t } from '../../i18n/index.ts'
import './messages.ts'

/** One entry of the log with what this device knows of its record. */
export interface AuditLine {
  /** The author's account name, as the server keeps it. */
  who: string
  action: AuditAction
  entity: string
  /** The record's own words («12.10 «Тема»»), '' when it has none; null when this device does not hold it. */
  label: string | null
  fields: readonly string[]
  /** How many records alike this line stands for (a batch); one when left out. */
  count?: number
}

/** The grammatical gender of each kind of record, for the participle when the author's gender is unknown. */
const GENDERS: Record<EntityName | 'other', 'm' | 'f' | 'n' | 'pl'> = {
  programs: 'f', people: 'm', pairs: 'f', meetings: 'f', planItems: 'm', consents: 'n', partners: 'f', roadmaps: 'f', roadmapEvents: 'n',
  roadmapTemplates: 'm', roadmapItems: 'n', surveyTemplates: 'f', surveyCampaigns: 'n', indicatorYears: 'pl', awards: 'n', practices: 'f',
  reportNotes: 'm', indicatorDefinitions: 'm', conflicts: 'f', schoolRequisites: 'pl', documentDrafts: 'm', surveyResponses: 'm', other: 'f',
}

const kindOf = (entity: string): EntityName | 'other' => isEntityName(entity) ? entity : 'other'

/** «встречу», «встреча»: what kind of record it is, in the case the sentence needs. */
export const recordNoun = (entity: string, form: 'acc' | 'nom' | 'many') => t(`audit.records.${kindOf(entity)}.${form}`)

const joined = (...words: string[]) => words.filter(Boolean).join(' ')

/**
 * «Петрова А. И. изменила встречу 12.10 «Тема»: тема, длительность» — who, the verb agreeing with them, the
 * record in words and, for a change, its fields by their names on the forms. Never a key, an id or a code.
 */
export function auditSentence(line: AuditLine): string {
  const kind = kindOf(line.entity)
  const label = line.label ?? t('audit.missing')
  const count = line.count ?? 1
  const batch = count > 1 ? t('audit.batch', { records: recordNoun(kind, 'many'), n: count }) : ''
  const params = {
    who: shortName(line.who),
    what: batch || joined(recordNoun(kind, 'acc'), label),
    thing: batch || joined(recordNoun(kind, 'nom'), label),
  }
  const gender = genderOf(line.who)
  const sentence = gender ? t(`audit.said.${gender}.${line.action}`, params) : t(`audit.said.neutral.${line.action}.${batch ? 'pl' : GENDERS[kind]}`, params)
  const fields = line.action === 'update' ? fieldLabels(line.entity, line.fields) : []
  return fields.length ? t('audit.withFields', { sentence, fields: fields.join(', ') }) : sentence
}
