import type { IndicatorDefinition } from '../model/indicatorDefinition.ts'
import type { IndicatorYear } from '../model/indicatorYear.ts'
import type { Pair } from '../model/pair.ts'
import type { Person } from '../model/person.ts'
import { inAgeBand } from './age.ts'
import { builtInRule, DENOMINATOR_OF, INDICATOR_KEYS, type IndicatorRule, seedTarget, UNDER_18 } from './definitions.ts'

/** The pooled exit-survey satisfaction of one audience in one year (groups under 5 already left out). */
export interface SatisfactionSample {
  audience: 'mentor' | 'mentee'
  year: number
  satisfied: number
  count: number
}

/** What a school's own definition brings to the computation (the rest of the record is its editor's). */
export type DefinitionInput = IndicatorRule & Pick<IndicatorDefinition, 'id' | 'name' | 'position' | 'deleted'>

/** Everything an indicator is computed from: the school's own records and what it entered. */
export interface IndicatorInput {
  year: number
  /** The model's first year, which decides which of the seeds' yearly targets applies. */
  firstYear: number
  people: ReadonlyArray<Pick<Person, 'id' | 'category' | 'birthDate' | 'partnerId' | 'deleted'>>
  pairs: ReadonlyArray<Pick<Pair, 'mentorId' | 'menteeIds' | 'startDate' | 'plannedEndDate' | 'deleted'>>
  /** Partner organisations in the registry: the denominator when the school entered none. */
  partnerCount: number
  settings: Pick<IndicatorYear, 'targets' | 'denominators'> | undefined
  satisfaction: readonly SatisfactionSample[]
  /** The school's own indicators; none (or only deleted ones): the six built-in ones. */
  definitions?: readonly DefinitionInput[]
}

/** A school's own definition as its value carries it: its words, what it counts, the built-in it stands for. */
export type OwnIndicator = Pick<IndicatorDefinition, 'name' | 'measure' | 'basedOn'>

export interface IndicatorValue {
  /** A built-in indicator's key, or the id of the school's own definition. */
  key: string
  numerator: number
  /** null: no total is known (not entered, or zero), so there is no share to show. */
  denominator: number | null
  /** Percent with one decimal, or null without a denominator. */
  value: number | null
  /** null: the school set none for the year. */
  target: number | null
  met: boolean | null
  /** Absent for a built-in indicator, which the app names in the reader's language by its key. */
  own?: OwnIndicator
}

/** A pair took part in the year when its planned span touches it. */
export function pairInYear(pair: Pick<Pair, 'startDate' | 'plannedEndDate' | 'deleted'>, year: number): boolean {
  return !pair.deleted && pair.startDate <= `${year}-12-31` && pair.plannedEndDate >= `${year}-01-01`
}

/**
 * A learner under 18 in the year: under 18 full years on its first day. A school pupil with no birth date
 * counts (pupils are minors); a college student must have one to count.
 */
export function isMinorLearner(person: Pick<Person, 'category' | 'birthDate'>, year: number): boolean {
  return (person.category === 'student' || person.category === 'college_student') && inAgeBand(person, UNDER_18, year)
}

const percent = (part: number, whole: number) => Math.round((part / whole) * 1000) / 10

/** A share and its verdict; no whole (none entered, or 0) means no share, never a division by zero. */
export function shareOf(key: string, numerator: number, denominator: number | null | undefined, target: number | null, own?: OwnIndicator): IndicatorValue {
  const whole = denominator && denominator > 0 ? denominator : null
  const value = whole === null ? null : percent(numerator, whole)
  const share: IndicatorValue = { key, numerator, denominator: whole, value, target, met: value === null || target === null ? null : value >= target }
  return own ? { ...share, own } : share
}

/** What every indicator of one year reads, counted once: who was in a pair as mentor and as mentee, and the partners who sent mentors. */
function tallyOf(input: IndicatorInput) {
  const roles = { mentor: new Set<string>(), mentee: new Set<string>() }
  for (const pair of input.pairs) {
    if (!pairInYear(pair, input.year))
      continue
    roles.mentor.add(pair.mentorId)
    for (const id of pair.menteeIds) roles.mentee.add(id)
  }
  const people = input.people.filter(p => !p.deleted)
  const providers = new Set(people.filter(p => roles.mentor.has(p.id) && p.partnerId !== '').map(p => p.partnerId))
  return { roles, people, providers: providers.size }
}
type Tally = ReturnType<typeof tallyOf>

function satisfactionOf(input: IndicatorInput, audience: SatisfactionSample['audience']) {
  const samples = input.satisfaction.filter(s => s.audience === audience && s.year === input.year)
  return { satisfied: samples.reduce((sum, s) => sum + s.satisfied, 0), count: samples.reduce((sum, s) => sum + s.count, 0) }
}

/** Counts people (a mentee of two pairs counts once), organisations, or satisfied respondents (and all who answered). */
function numeratorAndRespondents(rule: IndicatorRule, input: IndicatorInput, tally: Tally): { numerator: number, respondents?: number } {
  if (rule.measure === 'satisfaction') {
    const { satisfied, count } = satisfactionOf(input, rule.role)
    return { numerator: satisfied, respondents: count }
  }
  if (rule.measure === 'partners')
    return { numerator: tally.providers }
  const ids = tally.roles[rule.role]
  const counts = (p: Tally['people'][number]) => ids.has(p.id) && (rule.categories.length === 0 || rule.categories.includes(p.category)) && inAgeBand(p, rule.ageBand, input.year)
  return { numerator: tally.people.filter(counts).length }
}

/**
 * The share's whole when it is not the respondents: the total entered for the year in the definition, else
 * in the year settings of the built-in it stands for, else — for the school's partners — the registry's count (a
 * region's companies, which no school registers, wait for their total to be entered).
 */
function enteredTotal(rule: IndicatorRule, input: IndicatorInput): number | null | undefined {
  const of = rule.basedOn ? DENOMINATOR_OF[rule.basedOn] : undefined
  const total = rule.totals[String(input.year)] ?? (of && of !== 'respondents' ? input.settings?.denominators[of] : undefined)
  return rule.basedOn === 'partnersWithMentors' ? total ?? input.partnerCount : total
}

/**
 * The year's target: the definition's own; else the year settings' for its built-in; else, when it has no
 * targets at all (a built-in, or a definition whose table is still empty), the seeds' for the year of the model.
 */
function targetOf(rule: IndicatorRule, input: IndicatorInput): number | null {
  const own = rule.targets[String(input.year)]
  if (own !== undefined || !rule.basedOn)
    return own ?? null
  const set = input.settings?.targets[rule.basedOn]
  if (set !== undefined && set !== null)
    return set
  return Object.keys(rule.targets).length ? null : seedTarget(rule.basedOn, input.year - input.firstYear)
}

/** One indicator's value in the year: the one computation every indicator, built-in or the school's, goes through. */
function computeIndicator(rule: IndicatorRule, key: string, input: IndicatorInput, tally: Tally, own?: OwnIndicator): IndicatorValue {
  const { numerator, respondents } = numeratorAndRespondents(rule, input, tally)
  const denominator = rule.measure === 'satisfaction' ? respondents : enteredTotal(rule, input)
  return shareOf(key, numerator, denominator, targetOf(rule, input), own)
}

/**
 * The school's live definitions in their order, or none. Two devices that added indicators offline may have
 * given the same positions: the ids (time-ordered) settle it alike on every device.
 */
export function liveDefinitions<D extends Pick<DefinitionInput, 'id' | 'position' | 'deleted'>>(definitions: readonly D[] | undefined): D[] {
  return (definitions ?? []).filter(d => !d.deleted).sort((a, b) => a.position - b.position || a.id.localeCompare(b.id))
}

/**
 * The year's value of every indicator of the school — its own definitions, or the six built-in ones when it has
 * none — the one computation the dashboard, the справка, the workbook and the regional roll-up all use.
 */
export function computeIndicators(input: IndicatorInput): IndicatorValue[] {
  const tally = tallyOf(input)
  const own = liveDefinitions(input.definitions)
  if (!own.length)
    return INDICATOR_KEYS.map(key => computeIndicator(builtInRule(key), key, input, tally))
  return own.map(d => computeIndicator(d, d.id, input, tally, { name: d.name, measure: d.measure, basedOn: d.basedOn }))
}
