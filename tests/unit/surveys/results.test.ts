import type { SurveyItem } from '#shared/model/surveyTemplate'
import type { AnswerRow } from '#shared/surveys/results'
import { describe, expect, it } from 'vitest'
import { campaignResults, compareEntryExit, pooledSatisfaction, satisfaction, satisfactionKeys, scaleResult } from '#shared/surveys/results'

const scale = (key: string): SurveyItem => ({ key, kind: 'scale', text: key, required: true })
const row = (pseudonym: string, answers: AnswerRow['answers']): AnswerRow => ({ pseudonym, answers })
const rows = (scores: number[], key = 'sat.a') => scores.map((s, i) => row(`p${i}`, { [key]: s }))

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

  it('hides the whole campaign under 5 answers', () => {
    expect(campaignResults(items, rows([9, 9, 9, 9]))).toEqual({ hidden: true, count: 4 })
  })

  it('counts choices by option and hides an item answered by fewer than 5, even in a large campaign', () => {
    const answered = [
      row('a', { 'sat.a': 8, 'pick': 'x', 'many': ['m', 'n'], 'note': 'я' }),
      row('b', { 'sat.a': 6, 'pick': 'y', 'many': ['m'], 'note': 'а' }),
      row('c', { 'sat.a': 7, 'pick': 'x', 'many': ['n'] }),
      row('d', { 'sat.a': 9, 'pick': 'x', 'many': ['m'] }),
      row('e', { 'sat.a': 2, 'pick': 'x', 'many': [] }),
    ]
    const result = campaignResults(items, answered)
    if (result.hidden)
      throw new Error('expected results')
    const [, pick, many, note] = result.items
    expect(pick).toMatchObject({ hidden: false, count: 5, options: [{ option: 'x', count: 4, share: 0.8 }, { option: 'y', count: 1, share: 0.2 }] })
    // An empty list is no answer: 4 answered, so hidden.
    expect(many).toMatchObject({ hidden: true, count: 4 })
    expect(note).toMatchObject({ hidden: true, count: 2 })
  })

  it('lists open answers sorted, so their order does not tell who answered when', () => {
    const answered = ['в', 'б', 'д', 'а', 'г'].map((note, i) => row(`p${i}`, { note }))
    const result = campaignResults([{ key: 'note', kind: 'text', text: 'n', required: false }], answered)
    expect(!result.hidden && result.items[0]).toMatchObject({ answers: ['а', 'б', 'в', 'г', 'д'] })
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

  it('compares the scale items both templates share by key, per item and per card', () => {
    const exit = ['c1', 'c2', 'c3', 'c4', 'c5', 'x9'].map(p => row(p, { 'exp.a': 9, 'sat.new': 8 }))
    const result = compareEntryExit(entryItems, exitItems, entry, exit)
    expect(result.items.map(i => i.key)).toEqual(['exp.a'])
    const [item] = result.items
    expect(item).toMatchObject({ paired: 5, entry: { hidden: false, count: 6, mean: 5.5 }, exit: { hidden: false, count: 6, mean: 9 } })
    // Paired cards c1..c5 had 3..7 (mean 5), now 9: +4.
    expect(item!.change).toBeCloseTo(4)
    expect(result.respondents).toMatchObject({ hidden: false })
    if (!result.respondents.hidden)
      expect(result.respondents.rows.map(r => [r.entryMean, r.exitMean])).toEqual([[3, 9], [4, 9], [5, 9], [6, 9], [7, 9]])
  })

  it('hides the change and the cards when fewer than 5 cards answered both', () => {
    const exit = ['c1', 'c2', 'c3', 'c4'].map(p => row(p, { 'exp.a': 9 }))
    const result = compareEntryExit(entryItems, exitItems, entry, exit)
    expect(result.items[0]).toMatchObject({ paired: 4, change: null, exit: { hidden: true, count: 4 } })
    expect(result.respondents).toEqual({ hidden: true, count: 4 })
  })

  it('labels a named respondent by the name it carries, and a card by its pseudonym', () => {
    const names = ['Яна', 'Борис', 'Анна', 'Глеб', 'Вера']
    const named = (p: string, i: number, score: number): AnswerRow => ({ pseudonym: p, label: names[i], answers: { 'exp.a': score } })
    const ids = ['c1', 'c2', 'c3', 'c4', 'c5']
    const result = compareEntryExit(entryItems, exitItems, ids.map((p, i) => named(p, i, 4)), ids.map((p, i) => named(p, i, 8)))
    expect(result.respondents.hidden ? [] : result.respondents.rows.map(r => r.label)).toEqual(['Анна', 'Борис', 'Вера', 'Глеб', 'Яна'])
    const cards = compareEntryExit(entryItems, exitItems, entry, ids.map(p => row(p, { 'exp.a': 8 })))
    expect(cards.respondents.hidden ? [] : cards.respondents.rows.map(r => r.label)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5'])
  })
})
