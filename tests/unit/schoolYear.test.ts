import { describe, expect, it } from 'vitest'
import { schoolYearOf } from '#shared/dates'
import { newProgramDraft } from '../../src/app/features/programs/draft.ts'

describe('the school year a day belongs to', () => {
  it('is the one under way until the end of May, and the coming one from June', () => {
    expect(schoolYearOf('2026-12-03')).toBe(2026)
    expect(schoolYearOf('2027-05-31')).toBe(2026)
    expect(schoolYearOf('2027-06-01')).toBe(2027)
    expect(schoolYearOf('2027-09-01')).toBe(2027)
  })

  it('ends a new programme on the 31 May of that year', () => {
    expect(newProgramDraft('2026-12-03').endDate).toBe('2027-05-31')
    expect(newProgramDraft('2027-05-20').endDate).toBe('2027-05-31')
    expect(newProgramDraft('2027-08-25').endDate).toBe('2028-05-31')
  })
})
