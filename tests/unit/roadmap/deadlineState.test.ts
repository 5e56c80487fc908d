import { describe, expect, it } from 'vitest'
import type { Deadline } from '#shared/roadmap/deadline'
import { type DeadlineDone, deadlineState, dueBy } from '#shared/roadmap/deadlineState'
import { openedOccurrences, occurrenceOf } from '#shared/roadmap/occurrences'

const context = { periodStart: '2024-09-01', periodEnd: '2025-08-31' }
const planned: DeadlineDone = { status: 'planned', occurrences: [] }
const doneOn = (date: string): DeadlineDone => ({ status: 'done', doneOn: date, occurrences: [] })
const occurrence = (key: string, on: string) => ({ key, on, result: 'проведено' })
const state = (deadline: Deadline, today: string, done: DeadlineDone = planned) => deadlineState(deadline, done, today, context)

const october: Deadline = { kind: 'on', at: '2024-10', text: 'Октябрь 2024' }
const byFirst: Deadline = { kind: 'by', at: '2024-10-01', text: 'до 1 октября 2024' }
const autumn: Deadline = { kind: 'period', from: '2024-09', to: '2024-11', text: 'сентябрь – ноябрь 2024' }
const thenOngoing: Deadline = { kind: 'on', at: '2024-10', then: 'ongoing', text: 'октябрь 2024, далее постоянно' }
const mayAugust: Deadline = { kind: 'recurring', every: 'year', months: [5, 8], text: 'Ежегодно в мае, августе' }
const monthly: Deadline = { kind: 'recurring', every: 'month', months: [], text: 'ежемесячно' }
const quarterly: Deadline = { kind: 'recurring', every: 'quarter', months: [], text: 'ежеквартально' }
const yearly: Deadline = { kind: 'recurring', every: 'year', months: [], text: 'ежегодно' }

describe('dueBy', () => {
  it('is a month\'s last day, a «до»\'s own date, a period\'s end, and null for the kinds with no date', () => {
    expect(dueBy(october)).toBe('2024-10-31')
    expect(dueBy(byFirst)).toBe('2024-10-01')
    expect(dueBy({ kind: 'on', at: '2025-02', text: '' })).toBe('2025-02-28')
    expect(dueBy(autumn)).toBe('2024-11-30')
    for (const deadline of [mayAugust, { kind: 'ongoing', text: '' }, { kind: 'as_needed', text: '' }, { kind: 'external', text: '' }, { kind: 'text', text: '' }] satisfies Deadline[])
      expect(dueBy(deadline)).toBeNull()
  })
})

describe('deadlineState: overdue follows the kind', () => {
  it('a dated deadline is overdue only after its last day, and not once done', () => {
    expect(state(october, '2024-10-31')).toEqual({ overdue: false, standing: false })
    expect(state(october, '2024-11-01')).toEqual({ overdue: true, standing: false })
    expect(state(byFirst, '2024-10-02').overdue).toBe(true)
    expect(state(autumn, '2024-10-15').overdue).toBe(false)
    expect(state(autumn, '2024-12-01').overdue).toBe(true)
    expect(state(autumn, '2024-12-01', doneOn('2024-12-01'))).toEqual({ overdue: false, standing: false, lastDone: '2024-12-01' })
  })

  it('a dated part followed by «далее постоянно» is due in its window, then standing, done or not (seed 000\'s stages), never overdue', () => {
    expect(state(thenOngoing, '2024-10-20')).toEqual({ overdue: false, standing: false })
    expect(state(thenOngoing, '2024-10-20', doneOn('2024-10-15'))).toEqual({ overdue: false, standing: true, lastDone: '2024-10-15' })
    expect(state(thenOngoing, '2024-11-05')).toEqual({ overdue: false, standing: true })
    const done = { ...doneOn('2024-10-20'), occurrences: [occurrence('2025-01', '2025-01-14')] }
    expect(state(thenOngoing, '2025-03-01', done)).toEqual({ overdue: false, standing: true, lastDone: '2025-01-14' })
  })

  it('ongoing and as needed are never overdue and show when they were last done', () => {
    const ongoing: Deadline = { kind: 'ongoing', text: 'В течение года' }
    expect(state(ongoing, '2030-01-01')).toEqual({ overdue: false, standing: true })
    const twice = { status: 'in_progress' as const, occurrences: [occurrence('2024-10', '2024-10-03'), occurrence('2025-02', '2025-02-11')] }
    expect(state({ kind: 'as_needed', from: '2024-10', text: '' }, '2025-03-01', twice)).toEqual({ overdue: false, standing: true, lastDone: '2025-02-11' })
  })

  it('external and text deadlines are never overdue by themselves', () => {
    expect(state({ kind: 'external', text: 'в соответствии со сроками' }, '2030-01-01')).toEqual({ overdue: false, standing: false })
    expect(state({ kind: 'text', text: '' }, '2030-01-01')).toEqual({ overdue: false, standing: false })
  })

  it('a recurrence is overdue only for its current occurrence, each of which can be marked done', () => {
    expect(state(mayAugust, '2025-05-20')).toEqual({ overdue: false, standing: false, current: { key: '2025-05', dueBy: '2025-05-31' } })
    expect(state(mayAugust, '2025-06-10')).toEqual({ overdue: true, standing: false, current: { key: '2025-05', dueBy: '2025-05-31' } })
    const mayDone = { status: 'in_progress' as const, occurrences: [occurrence('2025-05', '2025-05-28')] }
    expect(state(mayAugust, '2025-06-10', mayDone)).toEqual({ overdue: false, standing: false, lastDone: '2025-05-28', current: { key: '2025-08', dueBy: '2025-08-31' } })
  })
})

describe('deadlineState of «ежегодно» with no month (seed 001)', () => {
  it('is due once in each year with no day named: standing, never overdue, shown by when it was last done', () => {
    expect(state(yearly, '2024-12-01')).toEqual({ overdue: false, standing: true })
    // A roadmap over before today (2021–2024 seen in 2026): its dated events are overdue, «ежегодно» is not.
    expect(deadlineState(yearly, planned, '2026-12-05', { periodStart: '2021-09-01', periodEnd: '2024-08-31' })).toEqual({ overdue: false, standing: true })
    const once = { status: 'in_progress' as const, occurrences: [occurrence('2025-05-20', '2025-05-20')] }
    expect(state(yearly, '2026-03-01', once)).toEqual({ overdue: false, standing: true, lastDone: '2025-05-20' })
  })

  it('is due by its month once the school names one', () => {
    expect(state({ ...yearly, months: [5] }, '2025-06-10')).toEqual({ overdue: true, standing: false, current: { key: '2025-05', dueBy: '2025-05-31' } })
  })
})

describe('occurrenceOf', () => {
  it('is the occurrence whose window holds today, keyed by month, quarter or year', () => {
    expect(occurrenceOf(monthly, '2025-02-10')).toEqual({ key: '2025-02', dueBy: '2025-02-28' })
    expect(occurrenceOf(quarterly, '2025-05-10')).toEqual({ key: '2025-Q2', dueBy: '2025-06-30' })
    expect(occurrenceOf(yearly, '2025-05-10')).toEqual({ key: '2025', dueBy: '2025-12-31' })
  })

  it('else the last one passed while it is not done, else the next one', () => {
    expect(occurrenceOf(mayAugust, '2025-07-01')).toEqual({ key: '2025-05', dueBy: '2025-05-31' })
    expect(occurrenceOf(mayAugust, '2025-07-01', ['2025-05'])).toEqual({ key: '2025-08', dueBy: '2025-08-31' })
    expect(occurrenceOf(mayAugust, '2025-12-01', ['2025-08'])).toEqual({ key: '2026-05', dueBy: '2026-05-31' })
  })

  it('has none before the deadline\'s start or the roadmap\'s, and none after the roadmap\'s end', () => {
    // In October 2024 the May of 2024 was before this roadmap began: nothing is owed, May 2025 is next.
    expect(occurrenceOf(mayAugust, '2024-10-01', [], context)).toEqual({ key: '2025-05', dueBy: '2025-05-31' })
    expect(occurrenceOf({ ...monthly, from: '2025-03' }, '2025-01-15')).toEqual({ key: '2025-03', dueBy: '2025-03-31' })
    expect(occurrenceOf(mayAugust, '2026-01-10', [], context)).toEqual({ key: '2025-08', dueBy: '2025-08-31' })
    expect(occurrenceOf(mayAugust, '2026-01-10', ['2025-08'], context)).toBeUndefined()
  })
})

describe('a yearly window of months (seed 003\'s «август - сентябрь»)', () => {
  const augustSeptember: Deadline = { kind: 'recurring', every: 'year', months: [9], opensIn: 8, text: 'август - сентябрь' }
  const winter: Deadline = { kind: 'recurring', every: 'year', months: [2], opensIn: 11, text: 'ноябрь - февраль' }

  it('is due from the first month\'s start: in August this year\'s is current, not last year\'s overdue', () => {
    expect(occurrenceOf(augustSeptember, '2025-08-15')).toEqual({ key: '2025-09', dueBy: '2025-09-30' })
    expect(occurrenceOf({ ...augustSeptember, opensIn: undefined }, '2025-08-15')).toEqual({ key: '2024-09', dueBy: '2024-09-30' })
    expect(deadlineState(augustSeptember, planned, '2025-08-15', { periodStart: '2024-09-01', periodEnd: '2026-08-31' }).overdue).toBe(false)
    expect(occurrenceOf(winter, '2025-12-10')).toEqual({ key: '2026-02', dueBy: '2026-02-28' })
  })

  it('opens in the first month only for one month: the schema refuses it with two', async () => {
    const v = await import('valibot')
    const { DeadlineField } = await import('#shared/roadmap/deadline')
    expect(v.is(DeadlineField, augustSeptember)).toBe(true)
    expect(v.is(DeadlineField, { ...augustSeptember, months: [9, 10] })).toBe(false)
    expect(v.is(DeadlineField, { ...augustSeptember, every: 'month' })).toBe(false)
  })
})

describe('openedOccurrences', () => {
  const seed003 = { periodStart: '2020-11-01', periodEnd: '2024-12-31' }
  const september: Deadline = { kind: 'recurring', every: 'year', months: [9], text: 'сентябрь' }

  it('lists every occurrence opened by today within the roadmap, a past year\'s too, the earliest first', () => {
    expect(openedOccurrences(september, '2026-12-05', seed003).map(o => o.key)).toEqual(['2021-09', '2022-09', '2023-09', '2024-09'])
    expect(openedOccurrences(september, '2022-08-01', seed003).map(o => o.key)).toEqual(['2021-09'])
    expect(openedOccurrences({ ...september, opensIn: 8 }, '2022-08-01', seed003).map(o => o.key)).toEqual(['2021-09', '2022-09'])
    expect(openedOccurrences(quarterly, '2025-05-10', context).map(o => o.key)).toEqual(['2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2'])
  })

  it('leaves a September due after the roadmap\'s end to the next roadmap, though its window opens in August', () => {
    const schoolYear = { periodStart: '2023-09-01', periodEnd: '2024-08-31' }
    expect(openedOccurrences({ ...september, opensIn: 8 }, '2026-12-05', schoolYear).map(o => o.key)).toEqual(['2023-09'])
  })

  it('without a roadmap or a start, from the year before today\'s', () => {
    expect(openedOccurrences(mayAugust, '2025-06-01').map(o => o.key)).toEqual(['2024-05', '2024-08', '2025-05'])
  })
})

describe('deadlineState of an event the curator closed', () => {
  it('is never overdue, whatever its kind', () => {
    // June 2025: May's occurrence has passed undone, yet the event as a whole was closed.
    expect(state(mayAugust, '2025-06-10', doneOn('2025-06-01'))).toEqual({ overdue: false, standing: false, lastDone: '2025-06-01', current: { key: '2025-05', dueBy: '2025-05-31' } })
    expect(state(autumn, '2025-06-10', doneOn('2024-12-20'))).toEqual({ overdue: false, standing: false, lastDone: '2024-12-20' })
  })
})
