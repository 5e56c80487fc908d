import { SCALE_POINTS, type SurveyItem, type SurveyItemKind } from '../model/surveyTemplate.ts'
import { type Answers, type AnswerValue, isAnswered } from './answers.ts'

/**
 * The results of a questionnaire, as pure functions the server runs (so nothing below the threshold ever
 * leaves it) and the app renders. Two rules keep anonymous answers from being read one by one:
 * - every aggregate of fewer than MIN_GROUP answers is replaced by `{hidden: true, count}`: with four answers
 *   in a class, a teacher could tell whose is whose;
 * - anonymous answers count in whole fives, in the order they arrived (`publishedOf`): the 6th waits for the
 *   10th, so reading the results before and after it shows the same figures. The cut is taken again over what
 *   each figure uses (an item some skipped, the satisfaction level, the pairs of a comparison), so none of them
 *   moves by fewer than five anonymous answers either.
 */
const MIN_GROUP = 5
/** «доля ответов 7–10»: the methodology counts a 7 or more on a 1–10 scale as satisfied. */
const SATISFIED_FROM = 7
/** Items whose key starts with this are the satisfaction items; a template without any uses all its scales. */
const SATISFACTION_PREFIX = 'sat.'

export interface Hidden { hidden: true, count: number }
const hidden = (count: number): Hidden => ({ hidden: true, count })

/**
 * One respondent's answers to one campaign. `pseudonym` pairs entry with exit: a card's keyed hash for an
 * anonymous answer, the person's id for a named one. An anonymous answer has its `arrival`, its place among
 * the school's answers; a named one has none and counts at once (the curator reads named responses anyway),
 * and carries a `label` (the name) for the comparison by person.
 */
export interface AnswerRow { pseudonym: string, label?: string | undefined, arrival?: number | undefined, answers: Answers }

/**
 * What of a group may count: every named row and, of the anonymous ones in the order they arrived, the whole
 * fives. An answer arrives after every one already counted, so what counted once keeps counting, and the
 * group grows by five anonymous answers at a time: no difference of two readings isolates fewer.
 */
function publishedOf<T>(rows: readonly T[], arrivalOf: (row: T) => number | undefined): T[] {
  const anonymous = rows.filter(r => arrivalOf(r) !== undefined).sort((a, b) => arrivalOf(a)! - arrivalOf(b)!)
  return [...rows.filter(r => arrivalOf(r) === undefined), ...anonymous.slice(0, anonymous.length - anonymous.length % MIN_GROUP)]
}
const published = (rows: readonly AnswerRow[]) => publishedOf(rows, r => r.arrival)

/** The published rows that `answered`, cut to whole fives again; `seen` is how many answered before that cut. */
function counted(rows: readonly AnswerRow[], answered: (row: AnswerRow) => boolean): { rows: AnswerRow[], seen: number } {
  const given = published(rows).filter(answered)
  return { rows: published(given), seen: given.length }
}

const isNumber = (value: AnswerValue | undefined): value is number => typeof value === 'number'
const scaleOf = (key: string) => (row: AnswerRow) => isNumber(row.answers[key])

interface ItemHead { key: string, text: string, kind: SurveyItemKind }
export interface ScaleResult extends ItemHead { kind: 'scale', hidden: false, count: number, distribution: number[], mean: number, highShare: number }
interface ChoiceResult extends ItemHead { kind: 'single' | 'multiple', hidden: false, count: number, options: Array<{ option: string, count: number, share: number }> }
interface TextResult extends ItemHead { kind: 'text', hidden: false, count: number, answers: string[] }
/** Free text withheld while anonymous answers may still come in: enough of it exists, but not yet. */
interface TextWithheld extends ItemHead, Hidden { kind: 'text', untilClosed: true }
export type ItemResult = ScaleResult | ChoiceResult | TextResult | TextWithheld | (ItemHead & Hidden)

export type SatisfactionResult = Hidden | { hidden: false, count: number, satisfied: number, level: number }
export type CampaignResults = Hidden | { hidden: false, count: number, items: ItemResult[], satisfaction: SatisfactionResult }

/**
 * How free text may be shown. While anonymous answers can still come in it is withheld: a sentence may name
 * its writer or a child, and the fives it arrived in would tell when it was written. Once the campaign has
 * closed, `arrange` orders each item's texts (the server shuffles them with its secret), never by arrival.
 */
export interface TextRule { closed: boolean, arrange: (key: string, texts: string[]) => string[] }

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length

export function scaleResult(item: ItemHead, values: readonly number[], min = MIN_GROUP): ScaleResult | (ItemHead & Hidden) {
  const head = { key: item.key, text: item.text, kind: item.kind }
  if (values.length < min)
    return { ...head, ...hidden(values.length) }
  const distribution = SCALE_POINTS.map(point => values.filter(v => v === point).length)
  const high = values.filter(v => v >= SATISFIED_FROM).length
  return { ...head, kind: 'scale', hidden: false, count: values.length, distribution, mean: mean(values), highShare: high / values.length }
}

function itemResult(item: SurveyItem, rows: readonly AnswerRow[], texts: TextRule, min: number): ItemResult {
  const head = { key: item.key, text: item.text, kind: item.kind }
  const used = counted(rows, row => isAnswered(row.answers[item.key]))
  if (used.rows.length < min)
    return { ...head, ...hidden(used.seen) }
  const given = used.rows.map(row => row.answers[item.key]!)
  if (item.kind === 'scale')
    return scaleResult(item, given.filter(isNumber), min)
  if (item.kind === 'text') {
    if (!texts.closed && rows.some(row => row.arrival !== undefined))
      return { ...head, kind: 'text', hidden: true, count: given.length, untilClosed: true }
    return { ...head, kind: 'text', hidden: false, count: given.length, answers: texts.arrange(item.key, given.filter(v => typeof v === 'string')) }
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

/** Each counted respondent's mean over the satisfaction items; one who answered none of them is left out. */
function respondentMeans(items: readonly SurveyItem[], rows: readonly AnswerRow[]): { means: number[], seen: number } {
  const keys = satisfactionKeys(items)
  const used = counted(rows, row => keys.some(k => isNumber(row.answers[k])))
  return { means: used.rows.map(row => mean(keys.map(k => row.answers[k]).filter(isNumber))), seen: used.seen }
}

function level(means: readonly number[], seen = means.length, min = MIN_GROUP): SatisfactionResult {
  if (means.length < min)
    return hidden(seen)
  const satisfied = means.filter(m => m >= SATISFIED_FROM).length
  return { hidden: false, count: means.length, satisfied, level: satisfied / means.length }
}

/** «уровень удовлетворённости»: the share of respondents whose mean over the satisfaction items is 7 or more. */
export function satisfaction(items: readonly SurveyItem[], rows: readonly AnswerRow[], min = MIN_GROUP): SatisfactionResult {
  const { means, seen } = respondentMeans(items, rows)
  return level(means, seen, min)
}

/**
 * A campaign's results over its published answers; under 5 of them, only how many were received. A named campaign's
 * show from its first answer: the school's curators and observers read each named response anyway, so a group of
 * four (seed 004's teachers) hides nothing from them by waiting for a fifth. The pools beyond the school (the
 * summary, the region) keep the threshold.
 */
export function campaignResults(items: readonly SurveyItem[], rows: readonly AnswerRow[], texts: TextRule): CampaignResults {
  const min = rows.every(row => row.arrival === undefined) ? 1 : MIN_GROUP
  const count = published(rows).length
  if (count < min)
    return hidden(rows.length)
  return { hidden: false, count, items: items.map(item => itemResult(item, rows, texts, min)), satisfaction: satisfaction(items, rows, min) }
}

interface ItemComparison {
  key: string
  text: string
  entry: Hidden | { hidden: false, count: number, mean: number }
  exit: Hidden | { hidden: false, count: number, mean: number }
  /** Respondents who answered the item in both phases and count (whole fives of the cards, as everywhere). */
  paired: number
  /** Mean of (exit − entry) over them; null below MIN_GROUP. */
  change: number | null
}
interface RespondentComparison { label: string, entryMean: number, exitMean: number }
export interface Comparison {
  items: ItemComparison[]
  /** Named respondents only, by name: cards are compared in aggregate and never get a row. */
  respondents?: Hidden | { hidden: false, rows: RespondentComparison[] }
}

function meanOrHidden({ rows, seen }: ReturnType<typeof counted>, key: string): ItemComparison['entry'] {
  const values = rows.map(row => row.answers[key]).filter(isNumber)
  return values.length < MIN_GROUP ? hidden(seen) : { hidden: false, count: values.length, mean: mean(values) }
}

/** When each published anonymous answer was published: the arrival of the last answer of its five. */
function publicationOf(rows: readonly AnswerRow[]): Map<AnswerRow, number> {
  const anonymous = published(rows).filter(row => row.arrival !== undefined)
  return new Map(anonymous.map((row, i) => [row, anonymous[i - (i % MIN_GROUP) + MIN_GROUP - 1]!.arrival!]))
}

/**
 * A pair of a card's answers is publishable once both its fives are, and pairs count in whole fives in that
 * order: a new pair is always publishable after every pair already counted, so the paired figures too move by
 * five cards at a time, even when a new five of exits matches only one entry.
 */
function pairedChanges(entry: ReadonlyMap<string, AnswerRow>, exit: readonly AnswerRow[], key: string, publication: ReadonlyMap<AnswerRow, number>) {
  const pairs = exit.flatMap((after) => {
    const before = entry.get(after.pseudonym)
    const [from, to] = [before?.answers[key], after.answers[key]]
    if (!before || !isNumber(from) || !isNumber(to))
      return []
    const times = [publication.get(before), publication.get(after)].filter(t => t !== undefined)
    return [{ change: to - from, publishedAt: times.length ? Math.max(...times) : undefined }]
  })
  return { used: publishedOf(pairs, p => p.publishedAt).map(p => p.change), seen: pairs.length }
}

/**
 * Entry against exit, on the scale items both templates share by key (the exit re-asks the entry's
 * expectations under the same keys): per item both means and the mean change over the respondents who
 * answered both. Named respondents are also listed by name, with their means over the shared items.
 */
export function compareEntryExit(entryItems: readonly SurveyItem[], exitItems: readonly SurveyItem[], entry: readonly AnswerRow[], exit: readonly AnswerRow[]): Comparison {
  const entryKeys = new Set(entryItems.filter(i => i.kind === 'scale').map(i => i.key))
  const shared = exitItems.filter(i => i.kind === 'scale' && entryKeys.has(i.key))
  const entryBy = new Map(published(entry).map(row => [row.pseudonym, row]))
  const exits = published(exit)
  const publication = new Map([...publicationOf(entry), ...publicationOf(exit)])
  const items = shared.map((item): ItemComparison => {
    const { used, seen } = pairedChanges(entryBy, exits, item.key, publication)
    return {
      key: item.key,
      text: item.text,
      entry: meanOrHidden(counted(entry, scaleOf(item.key)), item.key),
      exit: meanOrHidden(counted(exit, scaleOf(item.key)), item.key),
      paired: used.length < MIN_GROUP ? seen : used.length,
      change: used.length < MIN_GROUP ? null : mean(used),
    }
  })
  const named = exits.filter(row => row.arrival === undefined)
  return named.length ? { items, respondents: byPerson(shared, entryBy, named) } : { items }
}

function byPerson(shared: readonly SurveyItem[], entry: ReadonlyMap<string, AnswerRow>, exit: readonly AnswerRow[]): NonNullable<Comparison['respondents']> {
  const rows = exit.flatMap((row): RespondentComparison[] => {
    const before = entry.get(row.pseudonym)
    const both = shared.map(i => [before?.answers[i.key], row.answers[i.key]]).filter((p): p is [number, number] => isNumber(p[0]) && isNumber(p[1]))
    return both.length === 0 ? [] : [{ label: row.label ?? '—', entryMean: mean(both.map(p => p[0])), exitMean: mean(both.map(p => p[1])) }]
  }).sort((a, b) => a.label.localeCompare(b.label))
  return rows.length < MIN_GROUP ? hidden(rows.length) : { hidden: false, rows }
}

/** One campaign's answers with the items they were asked on, for a level pooled over several campaigns. */
export interface AnsweredCampaign { items: readonly SurveyItem[], rows: readonly AnswerRow[] }

/**
 * The level over several campaigns (one audience, one form). A campaign under the threshold adds nothing:
 * otherwise the pool minus the campaigns shown on their own would give away the small one.
 */
export function pooledSatisfaction(campaigns: readonly AnsweredCampaign[]): SatisfactionResult {
  return level(campaigns.map(c => respondentMeans(c.items, c.rows).means).filter(means => means.length >= MIN_GROUP).flat())
}
