import type { AgeBand, IndicatorDefinition } from '../model/indicatorDefinition.ts'
import type { PersonCategory } from '../model/person.ts'

/**
 * The indicators of the target model as the seeds' roadmaps set them (показатели эффективности внедрения
 * целевой модели наставничества), with the yearly targets they give, in percent.
 */
export const INDICATOR_KEYS = [
  'menteeStudents',
  'mentorStudents',
  'menteeYoungSpecialists',
  'partnersWithMentors',
  'menteeSatisfaction',
  'mentorSatisfaction',
] as const
export type IndicatorKey = typeof INDICATOR_KEYS[number]

/** The totals a school knows and the app does not: entered per year by the curator. */
export const DENOMINATOR_KEYS = ['studentsUnder18', 'youngSpecialists', 'partnerOrganizations'] as const
export type DenominatorKey = typeof DENOMINATOR_KEYS[number]

/**
 * Targets for the 1st, 2nd, 3rd and 4th year of the model (seed 001: 10/30/50/70, 2/5/8/10, 10/30/50/70,
 * 2/8/15/20, 50/65/75/85); later years keep the last one.
 */
const SEED_TARGETS: Record<IndicatorKey, readonly number[]> = {
  menteeStudents: [10, 30, 50, 70],
  mentorStudents: [2, 5, 8, 10],
  menteeYoungSpecialists: [10, 30, 50, 70],
  partnersWithMentors: [2, 8, 15, 20],
  menteeSatisfaction: [50, 65, 75, 85],
  mentorSatisfaction: [50, 65, 75, 85],
}

/** What each indicator divides by: a total the school enters, or the respondents of the exit surveys. */
export const DENOMINATOR_OF: Record<IndicatorKey, DenominatorKey | 'respondents'> = {
  menteeStudents: 'studentsUnder18',
  mentorStudents: 'studentsUnder18',
  menteeYoungSpecialists: 'youngSpecialists',
  partnersWithMentors: 'partnerOrganizations',
  menteeSatisfaction: 'respondents',
  mentorSatisfaction: 'respondents',
}

/** The seeds' target for the `index`-th year of the model (0 = its first year). */
export function seedTarget(key: IndicatorKey, index: number): number {
  const targets = SEED_TARGETS[key]
  return targets[Math.min(Math.max(index, 0), targets.length - 1)]!
}

/** Who an indicator counts and what its share is of: a school's definition or a built-in one. */
export type IndicatorRule = Pick<IndicatorDefinition, 'measure' | 'role' | 'categories' | 'ageBand' | 'targets' | 'totals' | 'basedOn'>

/** «До 18 лет»: 0 to 17 full years on 1 January. */
export const UNDER_18: AgeBand = { from: 0, to: 17 }
const LEARNERS: PersonCategory[] = ['student', 'college_student']

/** The built-in indicators as rules: what a school counts until it defines its own. */
const BUILT_IN_RULES: Record<IndicatorKey, Pick<IndicatorRule, 'measure' | 'role' | 'categories' | 'ageBand'>> = {
  menteeStudents: { measure: 'participants', role: 'mentee', categories: LEARNERS, ageBand: UNDER_18 },
  mentorStudents: { measure: 'participants', role: 'mentor', categories: LEARNERS, ageBand: UNDER_18 },
  menteeYoungSpecialists: { measure: 'participants', role: 'mentee', categories: ['young_specialist'], ageBand: null },
  partnersWithMentors: { measure: 'partners', role: 'mentor', categories: [], ageBand: null },
  menteeSatisfaction: { measure: 'satisfaction', role: 'mentee', categories: [], ageBand: null },
  mentorSatisfaction: { measure: 'satisfaction', role: 'mentor', categories: [], ageBand: null },
}

/** A built-in indicator's rule: no targets or totals of its own, so the year's settings and the seeds' apply. */
export function builtInRule(key: IndicatorKey): IndicatorRule {
  return { ...BUILT_IN_RULES[key], targets: {}, totals: {}, basedOn: key }
}

export const isIndicatorKey = (key: string): key is IndicatorKey => (INDICATOR_KEYS as readonly string[]).includes(key)
