import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { DeadlineField } from '#shared/roadmap/deadline'
import { parseDeadline } from '#shared/roadmap/parseDeadline'
import { SEED_CONTEXT, SEED_PHRASES } from './seedPhrases.ts'

const words = (text: string) => text.replace(/\s+/g, ' ').trim()

describe('parseDeadline on every «сроки» phrase of the five seeds', () => {
  it.each(SEED_PHRASES)('seed %s: %j', (seed, text, expected, problem) => {
    const parsed = parseDeadline(text, SEED_CONTEXT[seed])
    expect(parsed).toEqual({ deadline: { ...expected, text: words(text) }, ...(problem && { problem }) })
    expect(v.is(DeadlineField, parsed.deadline)).toBe(true)
  })
})

const context = SEED_CONTEXT['002']
const read = (text: string) => parseDeadline(text, context)

describe('parseDeadline on the other ways a school writes', () => {
  it('reads recurrences, standing phrases and the school year', () => {
    expect(read('ежемесячно').deadline).toMatchObject({ kind: 'recurring', every: 'month', months: [] })
    expect(read('Ежеквартально').deadline).toMatchObject({ kind: 'recurring', every: 'quarter', months: [] })
    expect(read('в начале учебного года').deadline).toMatchObject({ kind: 'recurring', every: 'year', months: [9] })
    expect(read('В конце учебного года').deadline).toMatchObject({ kind: 'recurring', every: 'year', months: [5] })
    expect(read('С октября 2024 г. ежемесячно').deadline).toMatchObject({ kind: 'recurring', every: 'month', from: '2024-10' })
    expect(read('По мере необходимости').deadline).toMatchObject({ kind: 'as_needed' })
    expect(read('ПОСТОЯННО').deadline).toMatchObject({ kind: 'ongoing' })
  })

  it('reads any dash, spaced or not, line breaks, «гг.», trailing dots and every case of a month', () => {
    for (const text of ['Сентябрь—октябрь 2024 гг.', 'сентябрь –октябрь 2024.', 'Сентябрь\n-\nоктябрь\n2024 года', 'с сентября по октябрь 2024 г.'])
      expect(read(text).deadline).toMatchObject({ kind: 'period', from: '2024-09', to: '2024-10' })
    expect(read('в октябре 2024').deadline).toMatchObject({ kind: 'on', at: '2024-10' })
    expect(read('Ежегодно в августе и мае').deadline).toMatchObject({ months: [5, 8] })
    expect(read('марте').deadline).toMatchObject({ kind: 'on', at: '2025-03' })
  })

  it('reads numeric dates and days named in words, with or without «до»', () => {
    expect(read('с 01.09.2024 по 30.09.2024').deadline).toMatchObject({ kind: 'period', from: '2024-09-01', to: '2024-09-30' })
    expect(read('до 04.09.24').deadline).toMatchObject({ kind: 'by', at: '2024-09-04' })
    expect(read('до 1 октября').deadline).toMatchObject({ kind: 'by', at: '2024-10-01' })
    expect(read('до конца сентября 2024').deadline).toMatchObject({ kind: 'by', at: '2024-09' })
    expect(read('к 15.09').deadline).toMatchObject({ kind: 'by', at: '2024-09-15' })
    expect(read('не позднее 1 сентября 2024 г.').deadline).toMatchObject({ kind: 'by', at: '2024-09-01' })
  })

  it('places a month with no year at its first occurrence on or after the roadmap\'s start', () => {
    expect(read('август').deadline).toMatchObject({ at: '2024-08' })
    expect(read('июль').deadline).toMatchObject({ at: '2025-07' })
    expect(read('1 августа').deadline).toMatchObject({ at: '2024-08-01' })
    expect(parseDeadline('2 августа', { periodStart: '2024-08-03', periodEnd: '2025-06-30' }).deadline).toMatchObject({ at: '2025-08-02' })
    expect(read('сентябрь 2024 – май').deadline).toMatchObject({ from: '2024-09', to: '2025-05' })
  })

  it('reads a month with no year in a roadmap of several school years as every year; a dated one, a day or «до» as once', () => {
    const years = { periodStart: '2020-11-01', periodEnd: '2024-12-31' }
    expect(parseDeadline('сентябрь', years).deadline).toEqual({ kind: 'recurring', every: 'year', months: [9], text: 'сентябрь' })
    // Seed 003: one window a year, opening in August and due by September's end, not two occurrences.
    expect(parseDeadline('август - сентябрь', years).deadline).toEqual({ kind: 'recurring', every: 'year', months: [9], opensIn: 8, text: 'август - сентябрь' })
    expect(parseDeadline('ежегодно в августе – сентябре', years).deadline).toMatchObject({ kind: 'recurring', months: [9], opensIn: 8 })
    expect(parseDeadline('ежегодно в мае, августе', years).deadline).not.toHaveProperty('opensIn')
    expect(parseDeadline('ежегодно в мае, сентябре - октябре', years).deadline).toEqual({ kind: 'recurring', every: 'year', months: [5, 9, 10], text: 'ежегодно в мае, сентябре - октябре' })
    expect(parseDeadline('ноябрь 2020', years).deadline).toMatchObject({ kind: 'on', at: '2020-11' })
    expect(parseDeadline('1 сентября', years).deadline).toMatchObject({ kind: 'on', at: '2021-09-01' })
    expect(parseDeadline('до сентября', years).deadline).toMatchObject({ kind: 'by', at: '2021-09' })
    expect(parseDeadline('сентябрь 2021 - май', years).deadline).toMatchObject({ kind: 'period', from: '2021-09', to: '2022-05' })
    // One school year, or one calendar year: the month is that year's.
    expect(parseDeadline('сентябрь', { periodStart: '2024-09-01', periodEnd: '2025-06-30' }).deadline).toMatchObject({ kind: 'on', at: '2024-09' })
    expect(parseDeadline('сентябрь', { periodStart: '2025-01-01', periodEnd: '2025-12-31' }).deadline).toMatchObject({ kind: 'on', at: '2025-09' })
  })

  it('reads «далее», «затем», «в дальнейшем» after a dated part, and no «then» without one', () => {
    expect(read('Сентябрь 2024, затем постоянно').deadline).toMatchObject({ kind: 'on', at: '2024-09', then: 'ongoing' })
    expect(read('Сентябрь 2024 и в дальнейшем по мере необходимости').deadline).toMatchObject({ kind: 'on', at: '2024-09', then: 'as_needed' })
    expect(read('в течение сентября 2024').deadline).toMatchObject({ kind: 'on', at: '2024-09' })
    expect(read('Сентябрь 2024, в течение месяца').problem).toBe('unparsed')
    expect(read('Декабрь 2024 – февраль 2024, далее постоянно').problem).toBe('end_before_start')
  })

  it('keeps words it cannot read as text with a problem, never dropping them', () => {
    expect(read('когда будет время')).toEqual({ deadline: { kind: 'text', text: 'когда будет время' }, problem: 'unparsed' })
    expect(read('31.09.2024')).toEqual({ deadline: { kind: 'text', text: '31.09.2024' }, problem: 'unparsed' })
    expect(read('  \n ')).toEqual({ deadline: { kind: 'text', text: '' }, problem: 'empty' })
    expect(read('сентябрь – октябрь – ноябрь 2024').problem).toBe('unparsed')
  })

  it('refuses a period that ends before it starts', () => {
    expect(read('Декабрь 2022 г. – февраль 2021 г.')).toEqual({ deadline: { kind: 'text', text: 'Декабрь 2022 г. – февраль 2021 г.' }, problem: 'end_before_start' })
    expect(read('с 30.09.2024 по 01.09.2024').problem).toBe('end_before_start')
  })
})
