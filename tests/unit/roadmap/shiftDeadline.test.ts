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

  it('writes the deadline in the app\'s words where the school\'s would say another date', () => {
    const next = { periodStart: '2024-09-01', periodEnd: '2025-06-30' }
    // «сентябрь» alone would be read as September 2024 in the new period, not 2025.
    expect(shiftDeadline({ kind: 'on', at: '2023-09', text: 'сентябрь' }, 2, next)).toMatchObject({ at: '2025-09', text: 'сентябрь 2025' })
    expect(shiftDeadline({ kind: 'on', at: '2024-02-29', text: '29.02.2024' }, 1, next)).toMatchObject({ at: '2025-02-28', text: '28.02.2025' })
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
