import type { Pair } from '../model/pair.ts'
import type { Person } from '../model/person.ts'
import type { IndicatorYear } from '../model/indicatorYear.ts'
import { DENOMINATOR_OF, INDICATOR_KEYS, type IndicatorKey, seedTarget } from './definitions.ts'

/** The age at which a learner stops counting for the «до 18 лет» indicators. */
const ADULT_AGE = 18

/** The pooled exit-survey satisfaction of one audience in one year (groups under 5 already left out). */
export interface SatisfactionSample {
  audience: 'mentor' | 'mentee'
  year: number
  satisfied: number
  count: number
}

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
}

export interface IndicatorValue {
  key: IndicatorKey
  numerator: number
  /** null: no total is known (not entered, or zero), so there is no share to show. */
  denominator: number | null
  /** Percent with one decimal, or null without a denominator. */
  value: number | null
  target: number
  met: boolean | null
}

/** A pair took part in the year when its planned span touches it. */
export function pairInYear(pair: Pick<Pair, 'startDate' | 'plannedEndDate' | 'deleted'>, year: number): boolean {
  return !pair.deleted && pair.startDate <= `${year}-12-31` && pair.plannedEndDate >= `${year}-01-01`
}

/**
 * A learner under 18 in the year: born less than 18 years before its first day. A school pupil with no
 * birth date counts (pupils are minors); a college student must have one to count.
 */
export function isMinorLearner(person: Pick<Person, 'category' | 'birthDate'>, year: number): boolean {
  if (person.category !== 'student' && person.category !== 'college_student')
    return false
  if (person.birthDate === '')
    return person.category === 'student'
  return person.birthDate > `${year - ADULT_AGE}-01-01`
}

const percent = (part: number, whole: number) => Math.round((part / whole) * 1000) / 10

function shareOf(key: IndicatorKey, numerator: number, denominator: number | null | undefined, target: number): IndicatorValue {
  const whole = denominator && denominator > 0 ? denominator : null
  const value = whole === null ? null : percent(numerator, whole)
  return { key, numerator, denominator: whole, value, target, met: value === null ? null : value >= target }
}

function participants(input: IndicatorInput) {
  const mentors = new Set<string>()
  const mentees = new Set<string>()
  for (const pair of input.pairs) {
    if (!pairInYear(pair, input.year))
      continue
    mentors.add(pair.mentorId)
    for (const id of pair.menteeIds) mentees.add(id)
  }
  return { mentors, mentees }
}

function satisfactionOf(input: IndicatorInput, audience: SatisfactionSample['audience']) {
  const samples = input.satisfaction.filter(s => s.audience === audience && s.year === input.year)
  return { satisfied: samples.reduce((sum, s) => sum + s.satisfied, 0), count: samples.reduce((sum, s) => sum + s.count, 0) }
}

/**
 * The year's value of every indicator, the one computation the dashboard, the справка and the regional
 * roll-up all use. Counts are of people (a mentee of two pairs counts once).
 */
export function computeIndicators(input: IndicatorInput): IndicatorValue[] {
  const { mentors, mentees } = participants(input)
  const people = input.people.filter(p => !p.deleted)
  const count = (ids: Set<string>, test: (p: IndicatorInput['people'][number]) => boolean) => people.filter(p => ids.has(p.id) && test(p)).length
  const target = (key: IndicatorKey) => input.settings?.targets[key] ?? seedTarget(key, input.year - input.firstYear)
  const providers = new Set(people.filter(p => mentors.has(p.id) && p.partnerId !== '').map(p => p.partnerId))
  const satisfaction = { menteeSatisfaction: satisfactionOf(input, 'mentee'), mentorSatisfaction: satisfactionOf(input, 'mentor') }
  const numerators: Record<IndicatorKey, number> = {
    menteeStudents: count(mentees, p => isMinorLearner(p, input.year)),
    mentorStudents: count(mentors, p => isMinorLearner(p, input.year)),
    menteeYoungSpecialists: count(mentees, p => p.category === 'young_specialist'),
    partnersWithMentors: providers.size,
    menteeSatisfaction: satisfaction.menteeSatisfaction.satisfied,
    mentorSatisfaction: satisfaction.mentorSatisfaction.satisfied,
  }
  // What each share divides by (DENOMINATOR_OF): the surveys' respondents, or a total the school entered —
  // for partners the registry's count until one is.
  const denominator = (key: IndicatorKey): number | null | undefined => {
    const of = DENOMINATOR_OF[key]
    if (of === 'respondents')
      return satisfaction[key as keyof typeof satisfaction].count
    const entered = input.settings?.denominators[of]
    return of === 'partnerOrganizations' ? entered ?? input.partnerCount : entered
  }
  return INDICATOR_KEYS.map(key => shareOf(key, numerators[key], denominator(key), target(key)))
}

/**
 * Several schools' values as one: numerators and denominators are added, never the percentages, so a
 * small school weighs what it is. Schools without a denominator are left out of that indicator's total.
 */
export function sumIndicators(schools: ReadonlyArray<readonly IndicatorValue[]>): IndicatorValue[] {
  return INDICATOR_KEYS.map((key) => {
    const values = schools.map(s => s.find(v => v.key === key)).filter((v): v is IndicatorValue => v !== undefined && v.denominator !== null)
    const numerator = values.reduce((sum, v) => sum + v.numerator, 0)
    const denominator = values.reduce((sum, v) => sum + (v.denominator ?? 0), 0)
    // The region has no targets of its own here: the schools' average stands for it.
    const targets = schools.map(s => s.find(v => v.key === key)?.target).filter((t): t is number => t !== undefined)
    const target = targets.length ? Math.round(targets.reduce((a, b) => a + b, 0) / targets.length * 10) / 10 : seedTarget(key, 0)
    return shareOf(key, numerator, denominator, target)
  })
}
