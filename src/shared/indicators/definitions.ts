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
