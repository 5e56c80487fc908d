import type { SurveyItem } from '#shared/model/surveyTemplate'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { SurveyTemplateFields } from '#shared/model/surveyTemplate'
import { checkAnswers } from '#shared/surveys/answers'
import { BUILTIN_TEMPLATES } from '#shared/surveys/builtinTemplates'

const items: SurveyItem[] = [
  { key: 'sat.a', kind: 'scale', text: 'a', required: true },
  { key: 'pick', kind: 'single', text: 'p', options: ['x', 'y'], required: true },
  { key: 'many', kind: 'multiple', text: 'm', options: ['x', 'y'], required: false },
  { key: 'note', kind: 'text', text: 'n', required: false },
]

describe('checkAnswers', () => {
  it('keeps what was answered, trimmed, and drops unanswered optional items', () => {
    expect(checkAnswers(items, { 'sat.a': 10, 'pick': 'y', 'many': [], 'note': '  да ' })).toEqual({ ok: true, answers: { 'sat.a': 10, 'pick': 'y', 'note': 'да' } })
  })

  it.each([
    [{ pick: 'x' }, 'sat.a', 'required'],
    [{ 'sat.a': 0, 'pick': 'x' }, 'sat.a', 'invalid'],
    [{ 'sat.a': 7.5, 'pick': 'x' }, 'sat.a', 'invalid'],
    [{ 'sat.a': 7, 'pick': 'z' }, 'pick', 'invalid'],
    [{ 'sat.a': 7, 'pick': 'x', 'many': ['x', 'x'] }, 'many', 'invalid'],
    [{ 'sat.a': 7, 'pick': 'x', 'extra': 1 }, 'extra', 'unknown'],
  ])('refuses %j at %s (%s)', (answers, key, reason) => {
    expect(checkAnswers(items, answers)).toMatchObject({ ok: false, key, reason })
  })

  it('refuses a choice that stands alone together with another, and takes it alone', () => {
    const lone: SurveyItem[] = [{ key: 'changed', kind: 'multiple', text: 'c', options: ['Уверенность', 'Ничего не изменилось'], exclusive: 'Ничего не изменилось', required: true }]
    expect(checkAnswers(lone, { changed: ['Уверенность', 'Ничего не изменилось'] })).toMatchObject({ ok: false, key: 'changed', reason: 'invalid' })
    expect(checkAnswers(lone, { changed: ['Ничего не изменилось'] })).toMatchObject({ ok: true })
    expect(checkAnswers(lone, { changed: ['Уверенность'] })).toMatchObject({ ok: true })
  })

  it('names every wrong question for the form to mark, the first in the questionnaire\'s order for a refusal', () => {
    expect(checkAnswers(items, { pick: 'z', many: ['x', 'x'] })).toEqual({ ok: false, key: 'sat.a', reason: 'required', failed: { 'sat.a': 'required', 'pick': 'invalid', 'many': 'invalid' } })
  })
})

describe('a choice that stands alone', () => {
  const item = (fields: Partial<SurveyItem>) => v.safeParse(SurveyTemplateFields, { name: 'Анкета', audience: 'mentee', phase: '', version: 1, basedOn: '', items: [{ key: 'k', kind: 'multiple', text: 't', options: ['a', 'b'], required: false, ...fields }] })
  it('is one of a multiple item\'s choices, or the template is refused on it', () => {
    expect(item({ exclusive: 'b' }).success).toBe(true)
    for (const wrong of [{ exclusive: 'c' }, { kind: 'single' as const, exclusive: 'b' }]) {
      const parsed = item(wrong)
      expect(parsed.success).toBe(false)
      expect(parsed.issues?.[0]?.message).toBe('exclusive_unknown')
    }
  })

  it('is «Ничего не изменилось» in the built-in exit questionnaire', () => {
    const results = BUILTIN_TEMPLATES.flatMap(t => t.items).find(i => i.options?.includes('Ничего не изменилось'))
    expect(results?.exclusive).toBe('Ничего не изменилось')
  })
})

describe('built-in questionnaires', () => {
  it('each passes the template schema', () => {
    for (const builtin of BUILTIN_TEMPLATES)
      expect(v.safeParse(SurveyTemplateFields, { ...builtin, version: 1, basedOn: '' }).success, builtin.slug).toBe(true)
  })

  it('the exits re-ask every entry expectation under the same key', () => {
    for (const who of ['mentee', 'mentor', 'teacher-mentee']) {
      const entry = BUILTIN_TEMPLATES.find(t => t.slug === `${who}-entry`)!
      const exit = BUILTIN_TEMPLATES.find(t => t.slug === `${who}-exit`)!
      const expectations = entry.items.filter(i => i.key.startsWith('exp.')).map(i => i.key)
      expect(expectations.length).toBeGreaterThan(3)
      expect(exit.items.map(i => i.key)).toEqual(expect.arrayContaining(expectations))
    }
  })

  it('ask ahead at entry and look back at exit, never «будет (было)» in one line', () => {
    const text = (slug: string, key: string) => BUILTIN_TEMPLATES.find(t => t.slug === slug)!.items.find(i => i.key === key)!.text
    expect(text('mentee-entry', 'exp.comfort')).toBe('Насколько комфортным будет общение с наставником?')
    expect(text('mentee-exit', 'exp.comfort')).toBe('Насколько комфортным было общение с наставником?')
    expect(text('mentor-exit', 'exp.result')).toBe('Насколько вы помогли наставляемому достичь его целей?')
    expect(BUILTIN_TEMPLATES.flatMap(t => t.items.map(i => i.text)).filter(line => /\(.*(было|была|были|помог)/.test(line))).toEqual([])
  })
})
