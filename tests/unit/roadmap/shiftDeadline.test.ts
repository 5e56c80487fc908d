import { describe, expect, it } from 'vitest'
import type { Deadline } from '#shared/roadmap/deadline'
import { shiftDeadline } from '#shared/roadmap/shiftDeadline'

describe('shiftDeadline', () => {
  it('moves every point a year on and writes the new deadline\'s own words', () => {
    expect(shiftDeadline({ kind: 'period', from: '2024-11', to: '2025-06', then: 'ongoing', text: 'ноябрь - июнь 2025 года, далее постоянно' }, 1))
      .toEqual({ kind: 'period', from: '2025-11', to: '2026-06', then: 'ongoing', text: 'ноябрь 2025 – июнь 2026, далее постоянно' })
    expect(shiftDeadline({ kind: 'by', at: '2024-10-01', text: 'до 1 октября 2024' }, 2)).toEqual({ kind: 'by', at: '2026-10-01', text: 'до 01.10.2026' })
    expect(shiftDeadline({ kind: 'as_needed', from: '2021-10', text: 'С октября 2021 г. по мере необходимости' }, 1))
      .toEqual({ kind: 'as_needed', from: '2022-10', text: 'с октября 2022, по мере необходимости' })
  })

  it('makes 29 February the 28th in a year without it', () => {
    expect(shiftDeadline({ kind: 'on', at: '2024-02-29', text: '29.02.2024' }, 1)).toMatchObject({ at: '2025-02-28' })
  })

  it('leaves what has no date as the school wrote it', () => {
    const unchanged: Deadline[] = [
      { kind: 'recurring', every: 'year', months: [5], text: 'Ежегодно в мае' },
      { kind: 'ongoing', text: 'В течение года' },
      { kind: 'external', text: 'в соответствии со сроками реализации программ наставничества' },
      { kind: 'text', text: 'когда будет время' },
    ]
    for (const deadline of unchanged)
      expect(shiftDeadline(deadline, 1)).toBe(deadline)
  })
})
