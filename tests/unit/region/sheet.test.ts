import { describe, expect, it } from 'vitest'
import { computeIndicators } from '#shared/indicators/compute'
import { presetDefinitions } from '#shared/indicators/presets'
import { regionValues, sumIndicators } from '#shared/indicators/total'
import { regionSheet } from '../../../src/app/features/region/sheet.ts'
import { schoolInput } from '../indicators/fixtures/school.ts'

describe('the region\'s workbook', () => {
  it('has a column group per regional total, and a school without such an indicator leaves its cells empty', () => {
    const builtIn = computeIndicators(schoolInput())
    const own = computeIndicators(schoolInput({ definitions: presetDefinitions('kirovRegion').map((d, i) => ({ ...d, id: `k${i}`, deleted: 0, totals: { 2021: 30 } })) }))
    const schools = [{ schoolId: 'a', name: 'Школа № 1', indicators: regionValues(builtIn) }, { schoolId: 'b', name: 'Школа № 2', indicators: regionValues(own) }]
    const sheet = regionSheet({ year: 2021, schools, total: sumIndicators(schools.map(s => s.indicators)) }, 'Итого')
    const [head, first, second, total] = sheet
    // The six built-in totals, then the region's 10–19 mentees, 15–19 mentors and share of the region's companies.
    expect(head).toHaveLength(1 + 9 * 3)
    expect(head?.[19]).toMatchObject({ value: expect.stringMatching(/^Доля детей в возрасте от 10 до 19 лет.*…, %$/) })
    // The 10–19 mentees: none at the first school, 3 of 30 at the second, and so in all.
    expect(first?.slice(19, 22)).toEqual([null, null, ''])
    expect(second?.slice(19, 22)).toEqual([{ value: 10, type: Number }, { value: 30, type: Number }, '3 / 30'])
    expect(total?.slice(19, 22)).toEqual([{ value: 10, type: Number }, { value: 30, type: Number }, '3 / 30'])
  })
})
