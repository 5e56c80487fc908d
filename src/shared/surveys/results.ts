import { SCALE_MAX, SCALE_MIN, type SurveyItem, type SurveyItemKind } from '../model/surveyTemplate.ts'
import { type Answers, isAnswered } from './answers.ts'

/**
 * The results of a questionnaire, as pure functions the server runs (so nothing below the threshold ever
 * leaves it) and the app renders. Every aggregate of fewer than MIN_GROUP answers is replaced by
 * `{hidden: true, count}`: with four answers in a class, a teacher could tell whose is whose.
 */
const MIN_GROUP = 5
/** «доля ответов 7–10»: the methodology counts a 7 or more on a 1–10 scale as satisfied. */
const SATISFIED_FROM = 7
/** Items whose key starts with this are the satisfaction items; a template without any uses all its scales. */
const SATISFACTION_PREFIX = 'sat.'

export interface Hidden { hidden: true, count: number }
const hidden = (count: number): Hidden => ({ hidden: true, count })

/**
 * One respondent's answers to one campaign. `pseudonym` pairs entry with exit: a card's hash for an anonymous
 * answer, the person's id for a named one, which also carries a `label` (the name) for the comparison table.
 */
export interface AnswerRow { pseudonym: string, label?: string | undefined, answers: Answers }

interface ItemHead { key: string, text: string, kind: SurveyItemKind }
export interface ScaleResult extends ItemHead { kind: 'scale', hidden: false, count: number, distribution: number[], mean: number, highShare: number }
interface ChoiceResult extends ItemHead { kind: 'single' | 'multiple', hidden: false, count: number, options: Array<{ option: string, count: number, share: number }> }
interface TextResult extends ItemHead { kind: 'text', hidden: false, count: number, answers: string[] }
export type ItemResult = ScaleResult | ChoiceResult | TextResult | (ItemHead & Hidden)

export type SatisfactionResult = Hidden | { hidden: false, count: number, satisfied: number, level: number }
export type CampaignResults = Hidden | { hidden: false, count: number, items: ItemResult[], satisfaction: SatisfactionResult }

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length

function scaleValues(rows: readonly AnswerRow[], key: string): number[] {
  return rows.map(r => r.answers[key]).filter((v): v is number => typeof v === 'number')
}

export function scaleResult(item: ItemHead, values: readonly number[]): ScaleResult | (ItemHead & Hidden) {
  const head = { key: item.key, text: item.text, kind: item.kind }
  if (values.length < MIN_GROUP)
    return { ...head, ...hidden(values.length) }
  const distribution = Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => values.filter(v => v === SCALE_MIN + i).length)
  const high = values.filter(v => v >= SATISFIED_FROM).length
  return { ...head, kind: 'scale', hidden: false, count: values.length, distribution, mean: mean(values), highShare: high / values.length }
}

function itemResult(item: SurveyItem, rows: readonly AnswerRow[]): ItemResult {
  if (item.kind === 'scale')
    return scaleResult(item, scaleValues(rows, item.key))
  const given = rows.map(r => r.answers[item.key]).filter(isAnswered)
  const head = { key: item.key, text: item.text, kind: item.kind }
  if (given.length < MIN_GROUP)
    return { ...head, ...hidden(given.length) }
  if (item.kind === 'text') {
    // Sorted, so the order tells nothing of who answered when.
    const answers = given.filter((v): v is string => typeof v === 'string').sort((a, b) => a.localeCompare(b, 'ru'))
    return { ...head, kind: 'text', hidden: false, count: given.length, answers }
  }
  const chosen = given.flatMap(v => Array.isArray(v) ? v : [String(v)])
  const options = (item.options ?? []).map((option) => {
    const count = chosen.filter(c => c === option).length
    return { option, count, share: count / given.length }
  })
  return { ...head, kind: item.kind, hidden: false, count: given.length, options }
}

export function satisfactionKeys(items: readonly SurveyItem[]): string[] {
  const scales = items.filter(i => i.kind === 'scale')
  const marked = scales.filter(i => i.key.startsWith(SATISFACTION_PREFIX))
  return (marked.length > 0 ? marked : scales).map(i => i.key)
}

/**
 * «уровень удовлетворённости»: the share of respondents whose mean over the satisfaction items is 7 or more.
 * A respondent who answered none of them is not counted either way.
 */
/** Each respondent's mean over the satisfaction items; one who answered none of them is left out. */
function respondentMeans(items: readonly SurveyItem[], rows: readonly AnswerRow[]): number[] {
  const keys = satisfactionKeys(items)
  return rows
    .map(row => keys.map(k => row.answers[k]).filter((v): v is number => typeof v === 'number'))
    .filter(values => values.length > 0)
    .map(mean)
}

function level(means: readonly number[]): SatisfactionResult {
  if (means.length < MIN_GROUP)
    return hidden(means.length)
  const satisfied = means.filter(m => m >= SATISFIED_FROM).length
  return { hidden: false, count: means.length, satisfied, level: satisfied / means.length }
}

/** «уровень удовлетворённости»: the share of respondents whose mean over the satisfaction items is 7 or more. */
export function satisfaction(items: readonly SurveyItem[], rows: readonly AnswerRow[]): SatisfactionResult {
  return level(respondentMeans(items, rows))
}

export function campaignResults(items: readonly SurveyItem[], rows: readonly AnswerRow[]): CampaignResults {
  if (rows.length < MIN_GROUP)
    return hidden(rows.length)
  return { hidden: false, count: rows.length, items: items.map(item => itemResult(item, rows)), satisfaction: satisfaction(items, rows) }
}

interface ItemComparison {
  key: string
  text: string
  entry: Hidden | { hidden: false, count: number, mean: number }
  exit: Hidden | { hidden: false, count: number, mean: number }
  /** Respondents (cards) who answered the item in both phases. */
  paired: number
  /** Mean of (exit − entry) over them; null below MIN_GROUP. */
  change: number | null
}
interface RespondentComparison { label: string, entryMean: number, exitMean: number }
export interface Comparison { items: ItemComparison[], respondents: Hidden | { hidden: false, rows: RespondentComparison[] } }

function meanOrHidden(values: readonly number[]): ItemComparison['entry'] {
  return values.length < MIN_GROUP ? hidden(values.length) : { hidden: false, count: values.length, mean: mean(values) }
}

/** A label for a card in the table: enough to tell rows apart, nothing to find the card by. */
const pseudonymLabel = (pseudonym: string) => pseudonym.slice(0, 6).toUpperCase()

/**
 * Entry against exit, on the scale items both templates share by key (the exit re-asks the entry's
 * expectations under the same keys). Per item: both means and the mean change over the cards that
 * answered both; per card: its mean over the shared items in each phase.
 */
export function compareEntryExit(entryItems: readonly SurveyItem[], exitItems: readonly SurveyItem[], entry: readonly AnswerRow[], exit: readonly AnswerRow[]): Comparison {
  const entryKeys = new Set(entryItems.filter(i => i.kind === 'scale').map(i => i.key))
  const shared = exitItems.filter(i => i.kind === 'scale' && entryKeys.has(i.key))
  const entryBy = new Map(entry.map(r => [r.pseudonym, r.answers]))
  const items = shared.map((item): ItemComparison => {
    const changes = exit.flatMap((row) => {
      const before = entryBy.get(row.pseudonym)?.[item.key]
      const after = row.answers[item.key]
      return typeof before === 'number' && typeof after === 'number' ? [after - before] : []
    })
    return {
      key: item.key,
      text: item.text,
      entry: meanOrHidden(scaleValues(entry, item.key)),
      exit: meanOrHidden(scaleValues(exit, item.key)),
      paired: changes.length,
      change: changes.length < MIN_GROUP ? null : mean(changes),
    }
  })
  const rows = exit.flatMap((row): RespondentComparison[] => {
    const before = entryBy.get(row.pseudonym)
    const both = shared.map(i => [before?.[i.key], row.answers[i.key]]).filter((p): p is [number, number] => typeof p[0] === 'number' && typeof p[1] === 'number')
    return both.length === 0 ? [] : [{ label: row.label ?? pseudonymLabel(row.pseudonym), entryMean: mean(both.map(p => p[0])), exitMean: mean(both.map(p => p[1])) }]
  }).sort((a, b) => a.label.localeCompare(b.label))
  return { items, respondents: rows.length < MIN_GROUP ? hidden(rows.length) : { hidden: false, rows } }
}

/** One campaign's answers with the items they were asked on, for a level pooled over several campaigns. */
export interface AnsweredCampaign { items: readonly SurveyItem[], rows: readonly AnswerRow[] }

/**
 * The level over several campaigns (one audience, one form). A campaign under the threshold adds nothing:
 * otherwise the pool minus the campaigns shown on their own would give away the small one.
 */
export function pooledSatisfaction(campaigns: readonly AnsweredCampaign[]): SatisfactionResult {
  return level(campaigns.map(c => respondentMeans(c.items, c.rows)).filter(means => means.length >= MIN_GROUP).flat())
}
