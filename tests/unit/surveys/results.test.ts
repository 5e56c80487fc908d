import type { SurveyItem } from '#shared/model/surveyTemplate'
import type { AnswerRow, TextRule } from '#shared/surveys/results'
import { describe, expect, it } from 'vitest'
import { campaignResults, compareEntryExit, pooledSatisfaction, satisfaction, satisfactionKeys, scaleResult } from '#shared/surveys/results'

const scale = (key: string): SurveyItem => ({ key, kind: 'scale', text: key, required: true })
/** A named response: no place in the order of arrival, counted at once. */
const row = (pseudonym: string, answers: AnswerRow['answers']): AnswerRow => ({ pseudonym, answers })
const rows = (scores: number[], key = 'sat.a') => scores.map((s, i) => row(`p${i}`, { [key]: s }))
/** An anonymous answer, the `arrival`-th of its school. */
const card = (pseudonym: string, arrival: number, answers: AnswerRow['answers']): AnswerRow => ({ pseudonym, arrival, answers })
const OPEN: TextRule = { closed: false, arrange: (_, texts) => [...texts].sort((a, b) => a.localeCompare(b, 'ru')) }
const CLOSED: TextRule = { ...OPEN, closed: true }

describe('scale items', () => {
  it('gives the distribution over 1..10, the mean and the share of 7–10', () => {
    const result = scaleResult(scale('q'), [1, 7, 7, 10, 5, 6])
    expect(result).toMatchObject({ hidden: false, count: 6, distribution: [1, 0, 0, 0, 1, 1, 2, 0, 0, 1] })
    if (!result.hidden && result.kind === 'scale') {
      expect(result.mean).toBeCloseTo(6)
      expect(result.highShare).toBeCloseTo(0.5)
    }
  })

  it('hides a group of fewer than 5 answers, saying only how many', () => {
    expect(scaleResult(scale('q'), [10, 10, 10, 10])).toEqual({ key: 'q', text: 'q', kind: 'scale', hidden: true, count: 4 })
  })
})

describe('campaign results', () => {
  const items: SurveyItem[] = [
    scale('sat.a'),
    { key: 'pick', kind: 'single', text: 'pick', options: ['x', 'y'], required: false },
    { key: 'many', kind: 'multiple', text: 'many', options: ['m', 'n'], required: false },
    { key: 'note', kind: 'text', text: 'note', required: false },
  ]

  it('hides the whole anonymous campaign under 5 answers', () => {
    expect(campaignResults(items, [9, 9, 9, 9].map((s, i) => card(`c${i}`, i + 1, { 'sat.a': s })), OPEN)).toEqual({ hidden: true, count: 4 })
  })

  it('shows a named campaign from its first answer: its school reads each named response anyway (seed 004\'s four teachers)', () => {
    const result = campaignResults(items, rows([9, 8, 4, 7]), OPEN)
    expect(result).toMatchObject({ hidden: false, count: 4, satisfaction: { hidden: false, count: 4, satisfied: 3, level: 0.75 } })
    expect(!result.hidden && result.items[0]).toMatchObject({ hidden: false, count: 4, mean: 7 })
    // Beyond the campaign (the pools of the summary and the region) the threshold holds.
    expect(satisfaction(items, rows([9, 8, 4, 7]))).toEqual({ hidden: true, count: 4 })
    expect(campaignResults(items, [], OPEN)).toEqual({ hidden: true, count: 0 })
  })

  it('counts choices by option and hides an item answered by fewer than 5, even in a large campaign', () => {
    const answered = [
      card('a', 1, { 'sat.a': 8, 'pick': 'x', 'many': ['m', 'n'], 'note': 'я' }),
      card('b', 2, { 'sat.a': 6, 'pick': 'y', 'many': ['m'], 'note': 'а' }),
      card('c', 3, { 'sat.a': 7, 'pick': 'x', 'many': ['n'] }),
      card('d', 4, { 'sat.a': 9, 'pick': 'x', 'many': ['m'] }),
      card('e', 5, { 'sat.a': 2, 'pick': 'x', 'many': [] }),
    ]
    const result = campaignResults(items, answered, OPEN)
    if (result.hidden)
      throw new Error('expected results')
    const [, pick, many, note] = result.items
    expect(pick).toMatchObject({ hidden: false, count: 5, options: [{ option: 'x', count: 4, share: 0.8 }, { option: 'y', count: 1, share: 0.2 }] })
    // An empty list is no answer: 4 answered, so hidden.
    expect(many).toMatchObject({ hidden: true, count: 4 })
    expect(note).toMatchObject({ hidden: true, count: 2 })
  })

  const note: SurveyItem[] = [{ key: 'note', kind: 'text', text: 'n', required: false }]

  it('lists named free text in the order the rule arranges it, never in the order it came', () => {
    const answered = ['в', 'б', 'д', 'а', 'г'].map((text, i) => row(`p${i}`, { note: text }))
    const result = campaignResults(note, answered, OPEN)
    expect(!result.hidden && result.items[0]).toMatchObject({ answers: ['а', 'б', 'в', 'г', 'д'] })
  })

  it('withholds anonymous free text until the campaign has closed, saying how much of it counts', () => {
    const answered = ['в', 'б', 'д', 'а', 'г', 'е'].map((text, i) => card(`c${i}`, i + 1, { note: text }))
    expect(campaignResults(note, answered, OPEN)).toEqual({ hidden: false, count: 5, items: [{ key: 'note', text: 'n', kind: 'text', hidden: true, count: 5, untilClosed: true }], satisfaction: { hidden: true, count: 0 } })
    const closed = campaignResults(note, answered, CLOSED)
    // The sixth came after the first five: it waits for four more, closed or not.
    expect(!closed.hidden && closed.items[0]).toMatchObject({ hidden: false, count: 5, answers: ['а', 'б', 'в', 'г', 'д'] })
  })
})

describe('satisfaction level', () => {
  it('is the share of respondents whose mean over the sat. items is 7 or more', () => {
    const items = [scale('sat.a'), scale('sat.b'), scale('exp.c')]
    const answered = [
      row('1', { 'sat.a': 7, 'sat.b': 7, 'exp.c': 1 }), // 7 → satisfied, exp.c ignored
      row('2', { 'sat.a': 10, 'sat.b': 3 }), // 6.5 → not
      row('3', { 'sat.a': 8 }), // only one answered: 8 → satisfied
      row('4', { 'sat.a': 2, 'sat.b': 2 }),
      row('5', { 'sat.a': 9, 'sat.b': 9 }),
      row('6', { 'exp.c': 10 }), // answered no satisfaction item: not counted
    ]
    expect(satisfactionKeys(items)).toEqual(['sat.a', 'sat.b'])
    expect(satisfaction(items, answered)).toEqual({ hidden: false, count: 5, satisfied: 3, level: 0.6 })
  })

  it('uses every scale when a template marks none', () => {
    expect(satisfactionKeys([scale('q1'), { key: 't', kind: 'text', text: '', required: false }, scale('q2')])).toEqual(['q1', 'q2'])
  })

  it('pools campaigns, leaving out those under 5 so nothing small can be worked out by difference', () => {
    const items = [scale('sat.a')]
    expect(pooledSatisfaction([{ items, rows: rows([9, 9, 9, 9, 1]) }, { items, rows: rows([1, 1, 1]) }])).toEqual({ hidden: false, count: 5, satisfied: 4, level: 0.8 })
    expect(pooledSatisfaction([{ items, rows: rows([9, 9]) }, { items, rows: rows([9, 9, 9]) }])).toEqual({ hidden: true, count: 0 })
  })
})

describe('entry against exit', () => {
  const entryItems = [scale('exp.a'), scale('exp.gone')]
  const exitItems = [scale('exp.a'), scale('sat.new')]
  const entry = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'].map((p, i) => row(p, { 'exp.a': 3 + i, 'exp.gone': 5 }))

  it('compares the scale items both templates share by key, per item and per person', () => {
    const exit = ['c1', 'c2', 'c3', 'c4', 'c5', 'x9'].map(p => row(p, { 'exp.a': 9, 'sat.new': 8 }))
    const result = compareEntryExit(entryItems, exitItems, entry, exit)
    expect(result.items.map(i => i.key)).toEqual(['exp.a'])
    const [item] = result.items
    expect(item).toMatchObject({ paired: 5, entry: { hidden: false, count: 6, mean: 5.5 }, exit: { hidden: false, count: 6, mean: 9 } })
    // Paired people c1..c5 had 3..7 (mean 5), now 9: +4.
    expect(item!.change).toBeCloseTo(4)
    const { respondents } = result
    expect(respondents).toMatchObject({ hidden: false })
    expect(respondents && !respondents.hidden ? respondents.rows.map(r => [r.entryMean, r.exitMean]) : []).toEqual([[3, 9], [4, 9], [5, 9], [6, 9], [7, 9]])
  })

  it('hides the change and the people when fewer than 5 answered both', () => {
    const exit = ['c1', 'c2', 'c3', 'c4'].map(p => row(p, { 'exp.a': 9 }))
    const result = compareEntryExit(entryItems, exitItems, entry, exit)
    expect(result.items[0]).toMatchObject({ paired: 4, change: null, exit: { hidden: true, count: 4 } })
    expect(result.respondents).toEqual({ hidden: true, count: 4 })
  })

  it('lists a named respondent by the name it carries, and never a card', () => {
    const names = ['Яна', 'Борис', 'Анна', 'Глеб', 'Вера']
    const named = (p: string, i: number, score: number): AnswerRow => ({ pseudonym: p, label: names[i], answers: { 'exp.a': score } })
    const ids = ['c1', 'c2', 'c3', 'c4', 'c5']
    const result = compareEntryExit(entryItems, exitItems, ids.map((p, i) => named(p, i, 4)), ids.map((p, i) => named(p, i, 8)))
    expect(result.respondents && !result.respondents.hidden ? result.respondents.rows.map(r => r.label) : []).toEqual(['Анна', 'Борис', 'Вера', 'Глеб', 'Яна'])
    const cards = compareEntryExit(entryItems, exitItems, ids.map((p, i) => card(p, i + 1, { 'exp.a': 4 })), ids.map((p, i) => card(p, 10 + i, { 'exp.a': 8 })))
    expect(cards).toEqual({ items: [expect.objectContaining({ key: 'exp.a', paired: 5, change: 4 })] })
  })
})

describe('anonymous answers count in whole fives, in the order they arrived', () => {
  const items: SurveyItem[] = [scale('sat.a'), { key: 'pick', kind: 'single', text: 'pick', options: ['x', 'y'], required: false }]
  const answered = (n: number, from = 0) => Array.from({ length: n }, (_, i) => card(`c${from + i}`, from + i + 1, { 'sat.a': 3 + ((from + i) % 5), 'pick': 'x' }))

  it('leaves a 6th answer out until the 10th, wherever it stands in the list', () => {
    const five = campaignResults(items, answered(5), OPEN)
    const sixth = card('c5', 6, { 'sat.a': 10, 'pick': 'y' })
    expect(campaignResults(items, [sixth, ...answered(5)], OPEN)).toEqual(five)
    expect(campaignResults(items, [sixth, ...answered(5), ...answered(3, 6)], OPEN)).toEqual(five)
    expect(campaignResults(items, [sixth, ...answered(5), ...answered(4, 6)], OPEN)).toMatchObject({ hidden: false, count: 10 })
    expect(campaignResults(items, answered(4), OPEN)).toEqual({ hidden: true, count: 4 })
  })

  it('cuts again for an item some skipped and for the satisfaction level', () => {
    // Of the second five only one chose, and only one rated the satisfaction item.
    const second = Array.from({ length: 5 }, (_, i) => card(`d${i}`, 6 + i, i === 0 ? { 'sat.a': 10, 'pick': 'y' } : {}))
    const five = campaignResults(items, answered(5), OPEN)
    const ten = campaignResults(items, [...answered(5), ...second], OPEN)
    expect(ten).toMatchObject({ hidden: false, count: 10 })
    expect(!ten.hidden && ten.items).toEqual(!five.hidden && five.items)
    expect(!ten.hidden && ten.satisfaction).toEqual(!five.hidden && five.satisfaction)
  })

  it('counts named responses at once, and only the whole fives of the cards beside them', () => {
    const named = rows([9, 9, 9])
    expect(campaignResults(items, [...named, ...answered(6)], OPEN)).toMatchObject({ hidden: false, count: 8 })
    expect(satisfaction(items, [...named, ...answered(4)])).toEqual({ hidden: true, count: 3 })
  })

  it('pools only the counted fives', () => {
    expect(pooledSatisfaction([{ items, rows: answered(9) }])).toMatchObject({ hidden: false, count: 5 })
  })

  it('counts pairs in whole fives, in the order both their answers were published', () => {
    const entryItems = [scale('exp.a')]
    const entry = ['a0', 'a1', 'a2', 'a3', 'a4', 'b0'].map((p, i) => card(p, i + 1, { 'exp.a': 2 }))
    // b0 exits first, but its entry waits for four more entries; a4 exits after a five of cards with no entry.
    const exit = [card('b0', 7, { 'exp.a': 10 }), ...['a0', 'a1', 'a2', 'a3'].map((p, i) => card(p, 8 + i, { 'exp.a': 6 })), card('a4', 12, { 'exp.a': 7 }),
      ...['x1', 'x2', 'x3', 'x4'].map((p, i) => card(p, 13 + i, { 'exp.a': 5 }))]
    const before = compareEntryExit(entryItems, entryItems, entry, exit)
    expect(before.items[0]).toMatchObject({ paired: 5, change: 4.2 })
    const later = ['e1', 'e2', 'e3', 'e4'].map((p, i) => card(p, 17 + i, { 'exp.a': 3 }))
    const after = compareEntryExit(entryItems, entryItems, [...entry, ...later], exit)
    // b0's pair is now complete, the sixth pair: it waits, and the entry's mean moved by a whole five.
    expect(after.items[0]).toMatchObject({ paired: 5, change: 4.2, entry: { hidden: false, count: 10 } })
  })
})
