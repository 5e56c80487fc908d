import { describe, expect, it } from 'vitest'
import { periodYearOn, roadmapSchoolYear } from '#shared/roadmap/reportPeriod'

describe('the period a school reports by', () => {
  it('is the school year of a roadmap of one school year, begun in summer with its preparation (seed 002)', () => {
    expect(roadmapSchoolYear({ startDate: '2024-08-01', endDate: '2025-06-30' })).toBe(2024)
    expect(roadmapSchoolYear({ startDate: '2024-09-01', endDate: '2025-08-31' })).toBe(2024)
    // A calendar year's, several years' (seeds 001, 003) and the teachers' sixteen months are not.
    expect(roadmapSchoolYear({ startDate: '2025-01-01', endDate: '2025-12-31' })).toBeUndefined()
    expect(roadmapSchoolYear({ startDate: '2020-11-01', endDate: '2024-12-31' })).toBeUndefined()
    expect(roadmapSchoolYear({ startDate: '2023-05-01', endDate: '2024-08-31' })).toBeUndefined()
    expect(roadmapSchoolYear(undefined)).toBeUndefined()
  })

  it('names the school year under way on a day (from 1 September), or the calendar year', () => {
    expect(periodYearOn('school', '2025-06-20')).toBe(2024)
    expect(periodYearOn('school', '2025-09-01')).toBe(2025)
    expect(periodYearOn('calendar', '2025-06-20')).toBe(2025)
  })
})
