import type { DefinitionInput } from '#shared/indicators/compute'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { computeIndicators } from '#shared/indicators/compute'
import { presetDefinitions } from '#shared/indicators/presets'
import { sumIndicators, totalKeyOf, valueFor } from '#shared/indicators/total'
import { IndicatorDefinitionFields } from '#shared/model/indicatorDefinition'
import { schoolInput } from './fixtures/school.ts'

const kirov = (totals: ReadonlyArray<Record<string, number>>, rename = (name: string) => name): DefinitionInput[] =>
  presetDefinitions('kirovRegion').map((d, i) => ({ ...d, name: rename(d.name), totals: totals[i] ?? {}, id: `k${i}`, deleted: 0 }))

describe('the region\'s totals over schools with different definitions', () => {
  const builtIn = computeIndicators(schoolInput({ settings: { targets: { menteeStudents: null, mentorStudents: null, menteeYoungSpecialists: null, partnersWithMentors: null, menteeSatisfaction: null, mentorSatisfaction: null }, denominators: { studentsUnder18: 40, youngSpecialists: 2, partnerOrganizations: null } } }))
  const regionA = computeIndicators(schoolInput({ definitions: kirov([{ 2021: 30 }, { 2021: 20 }, { 2021: 4 }, { 2021: 10 }]) }))
  // Another school typed the same table with other spaces and case: the same kind.
  const regionB = computeIndicators(schoolInput({ definitions: kirov([{ 2021: 10 }, {}, { 2021: 6 }, {}], name => `  ${name.toUpperCase().replace(/ /g, '  ')}`) }))

  it('adds a definition to the built-in it stands for, and the school\'s own kinds by name; numerators and denominators, never percentages', () => {
    const total = sumIndicators([builtIn, regionA, regionB])
    // The share of the region's companies is a kind of its own, not the school's partners of the built-in.
    expect(total.map(t => t.key)).toEqual(['menteeStudents', 'mentorStudents', 'menteeYoungSpecialists', 'partnersWithMentors', 'menteeSatisfaction', 'mentorSatisfaction', totalKeyOf(regionA[0]!), totalKeyOf(regionA[1]!), totalKeyOf(regionA[3]!)])
    expect(totalKeyOf(regionA[0]!)).toBe(totalKeyOf(regionB[0]!))
    // Young specialists: 1 of 2 (built-in), 1 of 4, 1 of 6 → 3 of 12.
    expect(total[2]).toMatchObject({ numerator: 3, denominator: 12, value: 25 })
    // 10–19 mentees: 3 of 30 and 3 of 10 → 6 of 40; the targets (30 and 30) averaged.
    expect(total[6]).toMatchObject({ numerator: 6, denominator: 40, value: 15, target: 30, own: { measure: 'participants', basedOn: '' } })
    // 15–19 mentors: school B entered no total, so only A's 1 of 20 counts.
    expect(total[7]).toMatchObject({ numerator: 1, denominator: 20, value: 5 })
    // Companies: A's 2 of the 10 entered; B entered no total.
    expect(total[8]).toMatchObject({ numerator: 2, denominator: 10, value: 20 })
    // Under 18 is counted only by the school with the built-in indicators.
    expect(total[0]).toMatchObject({ numerator: 4, denominator: 40, value: 10 })
  })

  it('finds each school\'s value for a total, and none where the school counts no such thing', () => {
    const total = sumIndicators([builtIn, regionA])
    expect(valueFor(regionA, total[6]!.key)).toBe(regionA[0])
    expect(valueFor(builtIn, total[6]!.key)).toBeUndefined()
    expect(valueFor(regionA, 'menteeStudents')).toBeUndefined()
  })
})

describe('the definition\'s schema', () => {
  const valid = { ...presetDefinitions('kirovRegion')[0]!, totals: { 2020: 1200 } }

  it('accepts the seeds\' tables and refuses a reversed age band, a year out of range, a share over 100', () => {
    expect(v.safeParse(IndicatorDefinitionFields, valid).success).toBe(true)
    const issue = (patch: object) => v.safeParse(IndicatorDefinitionFields, { ...valid, ...patch }).issues?.[0]
    expect(issue({ ageBand: { from: 19, to: 10 } })).toMatchObject({ message: 'end_before_start' })
    expect(issue({ targets: { 1999: 10 } })).toMatchObject({ message: 'out_of_range' })
    expect(issue({ targets: { 2021: 120 } })).toMatchObject({ message: 'out_of_range' })
    expect(issue({ totals: { 2021: 2.5 } })).toMatchObject({ message: 'whole_number' })
  })
})
