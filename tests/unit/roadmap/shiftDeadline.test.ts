import { describe, expect, it } from 'vitest'
import type { Deadline } from '#shared/roadmap/deadline'
import { shiftDeadline } from '#shared/roadmap/shiftDeadline'

describe('shiftDeadline', () => {
  it('moves every point by the years the roadmap moves', () => {
    const twoOn = { periodStart: '2026-09-01', periodEnd: '2027-06-30' }
    expect(shiftDeadline({ kind: 'period', from: '2024-11', to: '2025-06', then: 'ongoing', text: 'ноябрь - июнь 2025 года, далее постоянно' }, 2, twoOn))
      .toMatchObject({ kind: 'period', from: '2026-11', to: '2027-06', then: 'ongoing' })
    expect(shiftDeadline({ kind: 'by', at: '2024-10-01', text: 'до 1 октября 2024' }, 2, twoOn)).toMatchObject({ kind: 'by', at: '2026-10-01' })
    expect(shiftDeadline({ kind: 'as_needed', from: '2024-10', text: 'С октября 2024 г. по мере необходимости' }, 2, twoOn)).toMatchObject({ kind: 'as_needed', from: '2026-10' })
  })

  it('keeps the school\'s words, their years moved, where they read back as the moved deadline in the new period', () => {
    const next = { periodStart: '2024-09-01', periodEnd: '2025-06-30' }
    expect(shiftDeadline({ kind: 'period', from: '2023-09', to: '2023-12', text: 'Сентябрь-декабрь 2023' }, 1, next))
      .toEqual({ kind: 'period', from: '2024-09', to: '2024-12', text: 'Сентябрь-декабрь 2024' })
    expect(shiftDeadline({ kind: 'period', from: '2023-11', to: '2024-06', then: 'ongoing', text: 'ноябрь - июнь 2024 года, далее постоянно' }, 1, next))
      .toEqual({ kind: 'period', from: '2024-11', to: '2025-06', then: 'ongoing', text: 'ноябрь - июнь 2025 года, далее постоянно' })
    // No year in the words: the new period gives it, as the old one did.
    expect(shiftDeadline({ kind: 'on', at: '2023-09', text: 'сентябрь' }, 1, next)).toEqual({ kind: 'on', at: '2024-09', text: 'сентябрь' })
    expect(shiftDeadline({ kind: 'by', at: '2023-10-01', text: 'до 1 октября 2023' }, 1, next)).toEqual({ kind: 'by', at: '2024-10-01', text: 'до 1 октября 2024' })
  })

  it('makes 29 February the 28th in a year without it, in the app\'s words: the school\'s «29.02.2025» is no date', () => {
    const next = { periodStart: '2024-09-01', periodEnd: '2025-06-30' }
    expect(shiftDeadline({ kind: 'on', at: '2024-02-29', text: '29.02.2024' }, 1, next)).toEqual({ kind: 'on', at: '2025-02-28', text: '28.02.2025' })
  })

  it('leaves what has no date as the school wrote it', () => {
    const unchanged: Deadline[] = [
      { kind: 'recurring', every: 'year', months: [5], text: 'Ежегодно в мае' },
      { kind: 'ongoing', text: 'В течение года' },
      { kind: 'external', text: 'в соответствии со сроками реализации программ наставничества' },
      { kind: 'text', text: 'когда будет время' },
    ]
    for (const deadline of unchanged)
      expect(shiftDeadline(deadline, 1, { periodStart: '2025-09-01', periodEnd: '2026-06-30' })).toBe(deadline)
  })
})
