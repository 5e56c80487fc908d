import { describe, expect, it } from 'vitest'
import type { Deadline } from '#shared/roadmap/deadline'
import { deadlineWords, formatDeadline, occurrenceWords } from '#shared/roadmap/formatDeadline'
import { parseDeadline } from '#shared/roadmap/parseDeadline'
import { SEED_CONTEXT, type WithoutText } from './seedPhrases.ts'

const d = (deadline: WithoutText) => ({ ...deadline, text: 'как написала школа' })

describe('formatDeadline', () => {
  it.each<[Deadline, string, string]>([
    [d({ kind: 'period', from: '2024-10', to: '2024-11' }), 'октябрь – ноябрь 2024', 'October – November 2024'],
    [d({ kind: 'period', from: '2021-12', to: '2022-02' }), 'декабрь 2021 – февраль 2022', 'December 2021 – February 2022'],
    [d({ kind: 'period', from: '2024-09-01', to: '2024-09-30' }), '01.09.2024 – 30.09.2024', '1 September 2024 – 30 September 2024'],
    [d({ kind: 'on', at: '2021-09' }), 'сентябрь 2021', 'September 2021'],
    [d({ kind: 'on', at: '2024-09-04' }), '04.09.2024', '4 September 2024'],
    [d({ kind: 'by', at: '2024-10-01' }), 'до 01.10.2024', 'by 1 October 2024'],
    [d({ kind: 'by', at: '2024-09' }), 'до конца сентября 2024', 'by the end of September 2024'],
    [d({ kind: 'on', at: '2021-12', then: 'ongoing' }), 'декабрь 2021, далее постоянно', 'December 2021, then ongoing'],
    [d({ kind: 'period', from: '2024-11', to: '2025-06', then: 'as_needed' }), 'ноябрь 2024 – июнь 2025, далее по мере необходимости', 'November 2024 – June 2025, then as needed'],
    [d({ kind: 'recurring', every: 'year', months: [5] }), 'ежегодно, май', 'annually, May'],
    [d({ kind: 'recurring', every: 'year', months: [5, 8] }), 'ежегодно, май и август', 'annually, May and August'],
    [d({ kind: 'recurring', every: 'year', months: [5, 6, 8] }), 'ежегодно, май, июнь и август', 'annually, May, June and August'],
    [d({ kind: 'recurring', every: 'year', months: [9], opensIn: 8 }), 'ежегодно, август – сентябрь', 'annually, August – September'],
    [d({ kind: 'recurring', every: 'year', months: [] }), 'ежегодно', 'annually'],
    [d({ kind: 'recurring', every: 'month', months: [] }), 'ежемесячно', 'monthly'],
    [d({ kind: 'recurring', every: 'quarter', months: [], from: '2024-10' }), 'с октября 2024, ежеквартально', 'from October 2024, quarterly'],
    [d({ kind: 'ongoing' }), 'постоянно', 'ongoing'],
    [d({ kind: 'as_needed' }), 'по мере необходимости', 'as needed'],
    [d({ kind: 'as_needed', from: '2021-10' }), 'с октября 2021, по мере необходимости', 'from October 2021, as needed'],
    [d({ kind: 'external' }), 'как написала школа', 'как написала школа'],
    [d({ kind: 'text' }), 'как написала школа', 'как написала школа'],
  ])('%j reads «%s» and «%s»', (deadline, ru, en) => {
    expect(formatDeadline(deadline)).toBe(ru)
    expect(formatDeadline(deadline, 'en')).toBe(en)
  })

  it('writes words that parseDeadline reads back to the same deadline', () => {
    const context = SEED_CONTEXT['001']
    for (const text of ['ежегодно, август – сентябрь', 'Декабрь 2021 г- далее – в течение всего периода', 'С октября 2021 г. по мере необходимости', 'Ежегодно в мае, августе', 'до 1 октября 2024', 'Август-сентябрь 2021 г.', 'до конца мая 2022']) {
      const { deadline } = parseDeadline(text, context)
      const again = parseDeadline(formatDeadline(deadline), context).deadline
      expect({ ...again, text: '' }).toEqual({ ...deadline, text: '' })
    }
  })
})

describe('deadlineWords', () => {
  it('gives the school\'s words, with the app\'s reading only where it says something else', () => {
    expect(deadlineWords({ kind: 'ongoing', text: 'В течение всего периода  реализации проекта' }, 'ru')).toEqual({ words: 'В течение всего периода реализации проекта', reading: 'постоянно' })
    expect(deadlineWords({ kind: 'on', at: '2024-09', text: 'Сентябрь 2024 г.' }, 'ru')).toEqual({ words: 'Сентябрь 2024 г.' })
    expect(deadlineWords({ kind: 'on', at: '2024-09', text: '' }, 'ru')).toEqual({ words: 'сентябрь 2024' })
    expect(deadlineWords({ kind: 'text', text: 'когда будет время' }, 'ru')).toEqual({ words: 'когда будет время' })
    expect(deadlineWords({ kind: 'by', at: '2024-10-01', text: 'до 1 октября 2024' }, 'ru')).toEqual({ words: 'до 1 октября 2024' })
  })
})

describe('occurrenceWords', () => {
  it('names one occurrence of a recurring event: its month, its window, its quarter or its year; a standing mark by its day', () => {
    expect(occurrenceWords({ key: '2021-09', opens: '2021-09-01' })).toBe('сентябрь 2021')
    expect(occurrenceWords({ key: '2021-09', opens: '2021-08-01' })).toBe('август – сентябрь 2021')
    expect(occurrenceWords({ key: '2022-02', opens: '2021-11-01' })).toBe('ноябрь 2021 – февраль 2022')
    expect(occurrenceWords({ key: '2025-Q2' })).toBe('2-й квартал 2025')
    expect(occurrenceWords({ key: '2025-Q2' }, 'en')).toBe('Q2 2025')
    expect(occurrenceWords({ key: '2025' })).toBe('2025 год')
    expect(occurrenceWords({ key: '2025-05-20' })).toBe('20.05.2025')
  })
})
