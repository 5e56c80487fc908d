import { describe, expect, it } from 'vitest'
import { daysBetween } from '#shared/dates'
import { planFromTemplate, planItemKind } from '#shared/model/planItem'
import { planDueDates } from '#shared/model/planLayout'

const inSummer = (date: string) => date >= `${date.slice(0, 4)}-06-01` && date <= `${date.slice(0, 4)}-08-31`

/** What every layout keeps: in order, within the span, never in the summer holidays. */
function expectSound(dates: string[], start: string, end: string) {
  expect(dates).toEqual([...dates].sort())
  expect(dates.filter(d => d < start || d > end || inSummer(d))).toEqual([])
}

describe('a pair\'s plan over the school year', () => {
  it('lays a September–May pair out as the seeds do: the opening meetings in the first weeks, the closing ones at the end', () => {
    const dates = planDueDates('2026-09-01', '2027-05-31', 4)
    expect(dates).toEqual([
      '2026-09-08', '2026-09-22', '2026-10-06',
      '2026-11-19', '2027-01-11', '2027-02-24', '2027-04-10',
      '2027-05-24', '2027-05-31',
    ])
    // The New Year's days off hold no step: seed 002's plan had a meeting on 8 January.
    expect(dates.filter(d => d >= '2027-01-01' && d <= '2027-01-08')).toEqual([])
  })

  it('starts a January pair with its знакомство within two weeks, and spreads the working meetings to May', () => {
    const dates = planDueDates('2027-01-11', '2027-05-31', 4)
    expectSound(dates, '2027-01-11', '2027-05-31')
    expect(daysBetween('2027-01-11', dates[0]!)).toBeLessThanOrEqual(14)
    expect(dates.slice(0, 3)).toEqual(['2027-01-18', '2027-02-01', '2027-02-15'])
    expect(dates.slice(3, 7).map(d => d.slice(0, 7))).toEqual(['2027-03', '2027-03', '2027-04', '2027-05'])
    expect(dates.slice(-2)).toEqual(['2027-05-24', '2027-05-31'])
  })

  it('skips the summer holidays of a span that crosses them, keeping the order', () => {
    const dates = planDueDates('2026-03-02', '2026-12-25', 4)
    expectSound(dates, '2026-03-02', '2026-12-25')
    expect(dates.filter(d => d <= '2026-05-31').length).toBeGreaterThan(3)
    expect(dates.filter(d => d >= '2026-09-01').length).toBeGreaterThan(2)
    expect(dates.at(-1)).toBe('2026-12-25')
  })

  it('waits for 1 September when the pair starts in the summer, and ends on 31 May when its end falls in one', () => {
    const dates = planDueDates('2026-07-15', '2027-07-10', 4)
    expectSound(dates, '2026-09-01', '2027-05-31')
    expect(dates[0]).toBe('2026-09-08')
    expect(dates.at(-1)).toBe('2027-05-31')
  })

  it('squeezes a very short span without passing its end', () => {
    expect(planDueDates('2026-09-01', '2026-09-10', 4)).toEqual([
      '2026-09-01', '2026-09-02', '2026-09-03',
      '2026-09-04', '2026-09-06', '2026-09-07', '2026-09-09',
      '2026-09-10', '2026-09-10',
    ])
    expect(new Set(planDueDates('2026-10-05', '2026-10-05', 4))).toEqual(new Set(['2026-10-05']))
  })

  it('leaves the dates to the curator when the whole span lies in the summer', () => {
    expect(planDueDates('2026-06-15', '2026-08-20', 4)).toEqual(Array.from({ length: 9 }, () => ''))
  })

  it('gives the template\'s steps these dates, in the seeds\' order', () => {
    const plan = planFromTemplate('pair', '2026-09-01', '2027-05-31')
    expect(plan.map(p => [p.position, p.title.split(':')[0], p.dueDate])).toEqual([
      [0, 'Встреча-знакомство', '2026-09-08'],
      [1, 'Пробная встреча', '2026-09-22'],
      [2, 'Встреча-планирование', '2026-10-06'],
      [3, 'Совместная работа по плану', '2026-11-19'],
      [4, 'Совместная работа по плану', '2027-01-11'],
      [5, 'Совместная работа по плану', '2027-02-24'],
      [6, 'Совместная работа по плану', '2027-04-10'],
      // The reflection before the meeting that closes the pair (seed 002: «групповая рефлексия», then «заключительная встреча»).
      [7, 'Рефлексия и анкетирование', '2027-05-24'],
      [8, 'Итоговая встреча', '2027-05-31'],
    ])
  })
})

describe('a new pair\'s plan as its programme holds its meetings', () => {
  it('leaves out the kinds the programme does not offer and titles the others in the school\'s own words (seed 002)', () => {
    const kinds = [
      { kind: 'intro', name: 'первая, организационная встреча (встреча-знакомство)' },
      { kind: 'work', name: '' },
      { kind: 'final', name: 'итоговая встреча по результатам года' },
    ] as const
    const plan = planFromTemplate('pair', '2024-09-04', '2025-06-30', kinds)
    expect(plan.map(p => p.title)).toEqual([
      'Первая, организационная встреча (встреча-знакомство)',
      'Совместная работа по плану: первое мероприятие',
      'Совместная работа по плану: второе мероприятие',
      'Совместная работа по плану: третье мероприятие',
      'Совместная работа по плану: четвёртое мероприятие',
      'Итоговая встреча по результатам года',
    ])
    expect(plan.map(p => p.position)).toEqual([0, 1, 2, 3, 4, 5])
    // Each step keeps the date it has in the whole template: the final one stays near the end.
    const whole = planFromTemplate('pair', '2024-09-04', '2025-06-30')
    expect(plan.map(p => p.dueDate)).toEqual([whole[0], ...whole.slice(3, 7), whole[8]].map(p => p!.dueDate))
  })
})

describe('the kind of meeting a plan item is for', () => {
  it('is read back from every title a new pair\'s plan writes, the school\'s own words included (seed 002)', () => {
    const kinds = [{ kind: 'intro' as const, name: '' }, { kind: 'work' as const, name: 'регулярная встреча' }, { kind: 'reflection' as const, name: 'групповая рефлексия' }, { kind: 'final' as const, name: 'заключительная встреча' }]
    expect(planFromTemplate('pair', '2024-09-04', '2025-06-30', kinds).map(item => planItemKind(item.title, kinds)))
      .toEqual(['intro', 'work', 'work', 'work', 'work', 'reflection', 'final'])
    expect(planFromTemplate('pair', '2026-09-01', '2027-05-31').map(item => planItemKind(item.title)))
      .toEqual(['intro', 'trial', 'planning', 'work', 'work', 'work', 'work', 'reflection', 'final'])
  })

  it('is none for an item the curator wrote or renamed', () => {
    expect(planItemKind('Экскурсия на предприятие')).toBeUndefined()
    expect(planItemKind('Встреча-знакомство с классом')).toBeUndefined()
    expect(planItemKind('Итоговая встреча', [{ kind: 'final', name: 'заключительная встреча' }])).toBeUndefined()
  })
})
