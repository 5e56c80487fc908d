import { describe, expect, it } from 'vitest'
import { lastYearOfWork } from '../../../src/app/composables/yearRoute.ts'

const span = (startDate: string, endDate: string, deleted = 0) => ({ startDate, endDate, deleted })

describe('the year a report opens on', () => {
  it('is this year while a programme or a roadmap runs in it, or nothing is entered yet', () => {
    expect(lastYearOfWork({ programs: [span('2025-09-01', '2027-05-31')], roadmaps: [] }, 2026)).toBe(2026)
    expect(lastYearOfWork({ programs: [span('2023-09-01', '2024-11-30')], roadmaps: [span('2026-09-01', '2027-06-30')] }, 2026)).toBe(2026)
    expect(lastYearOfWork({ programs: [], roadmaps: [] }, 2026)).toBe(2026)
    expect(lastYearOfWork(undefined, 2026)).toBe(2026)
  })

  it('is the last year one ran when all are over: seed 004\'s programme of 2023–2024 typed in in 2026', () => {
    expect(lastYearOfWork({ programs: [span('2023-09-01', '2024-11-30')], roadmaps: [span('2023-09-01', '2024-11-30'), span('2021-09-01', '2022-06-30')] }, 2026)).toBe(2024)
    // A deleted one counts for nothing; one still to come leaves this year.
    expect(lastYearOfWork({ programs: [span('2023-09-01', '2024-11-30'), span('2025-01-01', '2025-12-31', 1)], roadmaps: [] }, 2026)).toBe(2024)
    expect(lastYearOfWork({ programs: [span('2027-09-01', '2028-05-31')], roadmaps: [] }, 2026)).toBe(2026)
  })
})
