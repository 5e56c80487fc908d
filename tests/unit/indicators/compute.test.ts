import type { IndicatorInput, IndicatorValue } from '#shared/indicators/compute'
import type { IndicatorKey } from '#shared/indicators/definitions'
import type { Person } from '#shared/model/person'
import { describe, expect, it } from 'vitest'
import { computeIndicators, isMinorLearner, pairInYear } from '#shared/indicators/compute'
import { sumIndicators } from '#shared/indicators/total'
import { seedTarget } from '#shared/indicators/definitions'
import { pooledLevel, satisfactionSamples } from '#shared/indicators/satisfaction'
import { firstYearOf, yearRange } from '#shared/indicators/school'
import { indicatorYearId } from '#shared/model/indicatorYear'
import { reportNoteId } from '#shared/model/reportNote'

type P = IndicatorInput['people'][number]
const person = (id: string, category: Person['category'], birthDate = '', partnerId = ''): P => ({ id, category, birthDate, partnerId, deleted: 0 })
const pair = (mentorId: string, menteeIds: string[], startDate = '2025-09-01', plannedEndDate = '2026-05-31', deleted: 0 | 1 = 0): IndicatorInput['pairs'][number] =>
  ({ mentorId, menteeIds, startDate, plannedEndDate, deleted })

const PEOPLE: P[] = [
  person('s1', 'student', '2012-03-01'),
  person('s2', 'student'), // no birth date: a pupil counts as a minor
  person('s3', 'student', '2007-01-02'), // turns 18 during 2025: still under 18 on its first day
  person('s4', 'student', '2006-06-30'), // 18 before 2025 began
  person('c1', 'college_student'), // no birth date: not counted as a minor
  person('t1', 'teacher'),
  person('y1', 'young_specialist'),
  person('y2', 'young_specialist'),
  person('e1', 'partner_employee', '', 'org-a'),
  person('e2', 'partner_employee', '', 'org-b'),
]

function input(overrides: Partial<IndicatorInput> = {}): IndicatorInput {
  return {
    year: 2025,
    firstYear: 2024,
    people: PEOPLE,
    pairs: [
      pair('t1', ['s1', 's2']),
      pair('s3', ['s4']), // a minor mentor; an adult mentee
      pair('t1', ['y1']),
      pair('e1', ['c1', 's1']), // s1 again: counted once
      pair('e2', ['y2'], '2023-09-01', '2024-05-31'), // ended the year before
    ],
    partnerCount: 5,
    settings: { targets: { menteeStudents: 25, mentorStudents: null, menteeYoungSpecialists: null, partnersWithMentors: null, menteeSatisfaction: null, mentorSatisfaction: null }, denominators: { studentsUnder18: 40, youngSpecialists: 4, partnerOrganizations: null } },
    satisfaction: [],
    ...overrides,
  }
}

const byKey = (values: IndicatorValue[]) => Object.fromEntries(values.map(v => [v.key, v])) as Record<IndicatorKey, IndicatorValue>

describe('indicators of one year', () => {
  it('counts minor learners as mentees and mentors, each person once, against the entered total', () => {
    const values = byKey(computeIndicators(input()))
    // s1, s2 (s3 is a mentor, s4 is 18, c1 has no birth date): 2 of 40.
    expect(values.menteeStudents).toEqual({ key: 'menteeStudents', numerator: 2, denominator: 40, value: 5, target: 25, met: false })
    expect(values.mentorStudents).toMatchObject({ numerator: 1, denominator: 40, value: 2.5 })
    expect(values.menteeYoungSpecialists).toMatchObject({ numerator: 1, denominator: 4, value: 25 })
  })

  it('takes the seeds\' target for the year of the model when the school set none', () => {
    const values = byKey(computeIndicators(input()))
    expect(values.mentorStudents.target).toBe(5) // second year: 2/5/8/10
    expect(values.mentorStudents.met).toBe(false)
    expect(byKey(computeIndicators(input({ year: 2031 }))).menteeSatisfaction.target).toBe(85) // beyond the 4th year: the last
    expect(seedTarget('partnersWithMentors', -3)).toBe(2)
  })

  it('counts partners whose employees mentor in the year, over the registry when no total was entered', () => {
    const values = byKey(computeIndicators(input()))
    expect(values.partnersWithMentors).toMatchObject({ numerator: 1, denominator: 5, value: 20, target: 8, met: true })
    const entered = input()
    entered.settings!.denominators.partnerOrganizations = 50
    expect(byKey(computeIndicators(entered)).partnersWithMentors).toMatchObject({ numerator: 1, denominator: 50, value: 2 })
  })

  it('gives no share, not a division by zero, for a denominator of 0 or one never entered', () => {
    const values = byKey(computeIndicators(input({ settings: undefined, partnerCount: 0 })))
    for (const key of ['menteeStudents', 'mentorStudents', 'menteeYoungSpecialists', 'partnersWithMentors', 'menteeSatisfaction'] as const)
      expect(values[key]).toMatchObject({ denominator: null, value: null, met: null })
    expect(values.menteeStudents.numerator).toBe(2)
    const zero = input()
    zero.settings!.denominators.studentsUnder18 = 0
    expect(byKey(computeIndicators(zero)).menteeStudents).toMatchObject({ denominator: null, value: null })
  })

  it('gives zeros for a year with no pairs, no answers, no settings', () => {
    const values = computeIndicators(input({ year: 2019, pairs: [], settings: undefined, partnerCount: 0 }))
    expect(values.map(v => v.numerator)).toEqual([0, 0, 0, 0, 0, 0])
    expect(values.every(v => v.value === null)).toBe(true)
  })

  it('pools the exit surveys of the year by audience', () => {
    const values = byKey(computeIndicators(input({ satisfaction: [
      { audience: 'mentee', year: 2025, satisfied: 6, count: 8 },
      { audience: 'mentee', year: 2025, satisfied: 4, count: 12 },
      { audience: 'mentee', year: 2024, satisfied: 1, count: 10 },
      { audience: 'mentor', year: 2025, satisfied: 5, count: 5 },
    ] })))
    expect(values.menteeSatisfaction).toMatchObject({ numerator: 10, denominator: 20, value: 50, target: 65, met: false })
    expect(values.mentorSatisfaction).toMatchObject({ numerator: 5, denominator: 5, value: 100, met: true })
  })

  it('leaves out deleted people and pairs, and pairs outside the year', () => {
    expect(pairInYear(pair('a', ['b'], '2024-09-01', '2025-01-01'), 2025)).toBe(true)
    expect(pairInYear(pair('a', ['b'], '2026-01-01', '2026-05-31'), 2025)).toBe(false)
    expect(pairInYear(pair('a', ['b'], '2025-01-01', '2025-05-31', 1), 2025)).toBe(false)
    const people = PEOPLE.map(p => (p.id === 's2' ? { ...p, deleted: 1 as const } : p))
    expect(byKey(computeIndicators(input({ people }))).menteeStudents.numerator).toBe(1)
  })

  it('decides «under 18» by the birth date against the year\'s first day', () => {
    expect(isMinorLearner({ category: 'student', birthDate: '2007-01-02' }, 2025)).toBe(true)
    expect(isMinorLearner({ category: 'student', birthDate: '2007-01-01' }, 2025)).toBe(false)
    expect(isMinorLearner({ category: 'college_student', birthDate: '2009-01-01' }, 2025)).toBe(true)
    expect(isMinorLearner({ category: 'teacher', birthDate: '2010-01-01' }, 2025)).toBe(false)
  })
})

describe('satisfaction samples', () => {
  it('takes exit campaigns by the year they closed, leaving out hidden groups, entries and curators', () => {
    const campaign = (id: string, audience: 'mentor' | 'mentee' | 'curator', phase: 'entry' | 'exit', closesOn: string) => ({ id, audience, phase, closesOn, deleted: 0 as const })
    const samples = satisfactionSamples(
      [campaign('a', 'mentee', 'exit', '2025-05-30'), campaign('b', 'mentee', 'entry', '2024-10-01'), campaign('c', 'mentor', 'exit', '2026-05-30'), campaign('d', 'curator', 'exit', '2025-05-30'), campaign('e', 'mentor', 'exit', '2025-05-30')],
      [
        { campaignId: 'a', satisfaction: { hidden: false, count: 10, satisfied: 7, level: 0.7 } },
        { campaignId: 'b', satisfaction: { hidden: false, count: 10, satisfied: 2, level: 0.2 } },
        { campaignId: 'c', satisfaction: { hidden: false, count: 6, satisfied: 6, level: 1 } },
        { campaignId: 'd', satisfaction: { hidden: false, count: 6, satisfied: 6, level: 1 } },
        { campaignId: 'e', satisfaction: { hidden: true, count: 3 } },
      ],
    )
    expect(samples).toEqual([
      { audience: 'mentee', year: 2025, satisfied: 7, count: 10 },
      { audience: 'mentor', year: 2026, satisfied: 6, count: 6 },
    ])
  })
})

describe('regional totals', () => {
  it('adds numerators and denominators, never percentages, and skips schools without a total', () => {
    const a = computeIndicators(input())
    const b = computeIndicators(input({ settings: { targets: { menteeStudents: 35, mentorStudents: null, menteeYoungSpecialists: null, partnersWithMentors: null, menteeSatisfaction: null, mentorSatisfaction: null }, denominators: { studentsUnder18: 10, youngSpecialists: null, partnerOrganizations: null } } }))
    const c = computeIndicators(input({ settings: undefined }))
    const total = byKey(sumIndicators([a, b, c]))
    expect(total.menteeStudents).toMatchObject({ numerator: 4, denominator: 50, value: 8 })
    expect(total.menteeYoungSpecialists).toMatchObject({ numerator: 1, denominator: 4, value: 25 })
    expect(total.menteeStudents.target).toBeCloseTo((25 + 35 + 30) / 3, 1)
    expect(byKey(sumIndicators([])).menteeStudents).toMatchObject({ numerator: 0, denominator: null, value: null })
  })
})

describe('ids one per year and per programme and year', () => {
  it('makes the same id for the same year, a valid UUID, distinct per year', () => {
    expect(indicatorYearId(2026)).toBe('00000000-0000-7000-8000-000000002026')
    const program = '0192f3a4-1b2c-7d3e-8f40-a1b2c3d4e5f6'
    expect(reportNoteId(program, 2026)).toBe(reportNoteId(program, 2026))
    expect(reportNoteId(program, 2026)).not.toBe(reportNoteId(program, 2027))
    expect(reportNoteId(program, 2026)).toMatch(/^0192f3a4-1b2c-7d3e-8f40-a1b2[0-9a-f]{8}$/)
    // The school year beginning in 2026 has a note of its own, the calendar year's left alone.
    expect(reportNoteId(program, 2026, 'school')).not.toBe(reportNoteId(program, 2026))
    expect(reportNoteId(program, 2026, 'calendar')).toBe(reportNoteId(program, 2026))
    expect(reportNoteId(program, 2026, 'school')).toMatch(/^0192f3a4-1b2c-7d3e-8f40-a1b2[0-9a-f]{8}$/)
  })
})

describe('entry against exit', () => {
  it('pools the campaigns of a phase, audience and year into one level', () => {
    const campaigns = [
      { id: 'e1', audience: 'mentee' as const, phase: 'entry' as const, closesOn: '2025-10-01', deleted: 0 as const },
      { id: 'e2', audience: 'mentee' as const, phase: 'entry' as const, closesOn: '2025-10-15', deleted: 0 as const },
      { id: 'x1', audience: 'mentee' as const, phase: 'exit' as const, closesOn: '2025-05-30', deleted: 0 as const },
    ]
    const results = [
      { campaignId: 'e1', satisfaction: { hidden: false as const, count: 5, satisfied: 1, level: 0.2 } },
      { campaignId: 'e2', satisfaction: { hidden: false as const, count: 15, satisfied: 5, level: 0.33 } },
      { campaignId: 'x1', satisfaction: { hidden: false as const, count: 8, satisfied: 6, level: 0.75 } },
    ]
    expect(pooledLevel(satisfactionSamples(campaigns, results, 'entry'), 'mentee', 2025)).toEqual({ level: 30, count: 20 })
    expect(pooledLevel(satisfactionSamples(campaigns, results), 'mentee', 2025)).toEqual({ level: 75, count: 8 })
    expect(pooledLevel(satisfactionSamples(campaigns, results), 'mentor', 2025)).toBeNull()
  })
})

describe('the years a picker offers', () => {
  it('runs from the first year to the last, always taking in the year shown', () => {
    expect(yearRange(2024, 2026)).toEqual([2024, 2025, 2026])
    // No programme yet: the first year falls back to the next one, yet this year must still be offered.
    expect(yearRange(firstYearOf([], 2027), 2027, 2026)).toEqual([2026, 2027])
    expect(yearRange(2025, 2026, 2031)).toEqual([2025, 2026, 2027, 2028, 2029, 2030, 2031])
    expect(yearRange(2026, 2025)).toEqual([2025, 2026])
  })
})
