import * as v from 'valibot'
import { crossCheck, IdField, requiredText } from './fields.ts'
import type { RecordFields, SyncRecord } from './record.ts'

export const SURVEY_AUDIENCES = ['mentor', 'mentee', 'curator'] as const
export type SurveyAudience = typeof SURVEY_AUDIENCES[number]
/** вход, промежуточный, выход. */
export const SURVEY_PHASES = ['entry', 'mid', 'exit'] as const
export type SurveyPhase = typeof SURVEY_PHASES[number]
export const SURVEY_ITEM_KINDS = ['scale', 'single', 'multiple', 'text'] as const
export type SurveyItemKind = typeof SURVEY_ITEM_KINDS[number]

/** A scale item is answered 1..10, as the methodology's questionnaires ask. */
export const SCALE_MIN = 1
export const SCALE_MAX = 10
/** The points of a scale, 1 to 10: the answer form's, the printed blank's and the distribution's, in that order. */
export const SCALE_POINTS: readonly number[] = Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => SCALE_MIN + i)
const MAX_ITEMS = 100
/** Versions are counted from 1; the cap keeps every version inside the server's 32-bit integer column. */
export const MAX_TEMPLATE_VERSION = 10_000
/** Stable across versions: entry and exit are compared by key, so a key is never reused for another question. */
const ITEM_KEY_PATTERN = /^[a-z][a-z0-9_.-]{0,59}$/

export interface SurveyItem {
  key: string
  kind: SurveyItemKind
  text: string
  /** The choices of a single or multiple item; absent otherwise. */
  options?: string[]
  /**
   * A multiple item's choice that stands alone («Ничего не изменилось»): ticking it clears the others, and an answer
   * with it and another is refused. Absent where every choice combines.
   */
  exclusive?: string
  required: boolean
}

/**
 * анкета. A record is one version and never changes once answered: an edit then makes a new record with
 * `version + 1` and `basedOn` naming the old one, so answers keep the wording they were given on.
 */
export interface SurveyTemplate extends SyncRecord {
  name: string
  audience: SurveyAudience
  /** The phase it was written for (a hint for the campaign form); '' for any. */
  phase: SurveyPhase | ''
  version: number
  items: SurveyItem[]
  /** The template this one is a new version of; '' for a first version. */
  basedOn: string
}

const OptionsField = v.pipe(v.array(requiredText(200)), v.minLength(2, 'options_needed'), v.maxLength(30, 'too_many'))

export const SurveyItemSchema = v.pipe(
  v.object({
    key: v.pipe(v.string(), v.regex(ITEM_KEY_PATTERN, 'invalid_key')),
    kind: v.picklist(SURVEY_ITEM_KINDS),
    text: requiredText(1000),
    options: v.optional(OptionsField),
    exclusive: v.optional(requiredText(200)),
    required: v.boolean(),
  }),
  crossCheck('options', ['kind'], item => (item.kind === 'single' || item.kind === 'multiple') === (item.options !== undefined), 'options_needed'),
  crossCheck('options', [], item => new Set(item.options ?? []).size === (item.options ?? []).length, 'options_repeat'),
  crossCheck('exclusive', ['kind', 'options'], item => item.exclusive === undefined || (item.kind === 'multiple' && (item.options ?? []).includes(item.exclusive)), 'exclusive_unknown'),
)

const ItemsField = v.pipe(
  v.array(SurveyItemSchema),
  v.minLength(1, 'questions_required'),
  v.maxLength(MAX_ITEMS, 'too_many'),
  v.check(items => new Set(items.map(i => i.key)).size === items.length, 'keys_repeat'),
)

export const SurveyTemplateObject = v.object({
  name: v.pipe(requiredText(300), v.minLength(2, 'required')),
  audience: v.picklist(SURVEY_AUDIENCES),
  phase: v.picklist([...SURVEY_PHASES, '']),
  version: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_TEMPLATE_VERSION)),
  items: ItemsField,
  basedOn: v.optional(v.union([v.literal(''), IdField]), ''),
})

export const SurveyTemplateFields = SurveyTemplateObject satisfies v.GenericSchema<unknown, RecordFields<SurveyTemplate>>
