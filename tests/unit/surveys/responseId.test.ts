import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { UUID_PATTERN, uuidv7 } from '#shared/ids'
import { surveyResponseId, SurveyResponseFields } from '#shared/model/surveyResponse'

describe('surveyResponseId', () => {
  it('names one record per person and campaign, the same on every device', () => {
    const campaign = uuidv7()
    const person = uuidv7()
    expect(surveyResponseId(campaign, person)).toBe(surveyResponseId(campaign, person))
    // A fixed vector, so a change of the derivation (which would split answers across app versions) fails here.
    expect(surveyResponseId('00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-000000000002')).toBe('e182e9bd-8f09-8302-ae47-082d1fa3934d')
  })

  it('is a UUIDv8 that differs for another person, another campaign, or the two swapped', () => {
    const [a, b, c] = [uuidv7(), uuidv7(), uuidv7()]
    const id = surveyResponseId(a, b)
    expect(id).toMatch(UUID_PATTERN)
    expect(id[14]).toBe('8')
    expect(['8', '9', 'a', 'b']).toContain(id[19])
    expect(new Set([id, surveyResponseId(a, c), surveyResponseId(c, b), surveyResponseId(b, a)]).size).toBe(4)
  })
})

describe('SurveyResponseFields', () => {
  it('needs the campaign, the person, the version and answers of a bounded shape', () => {
    const ok = { campaignId: uuidv7(), personId: uuidv7(), templateVersion: 1, answers: { 'sat.a': 8, 'pick': ['x'] } }
    expect(v.safeParse(SurveyResponseFields, ok).success).toBe(true)
    expect(v.safeParse(SurveyResponseFields, { ...ok, personId: 'me' }).success).toBe(false)
    expect(v.safeParse(SurveyResponseFields, { ...ok, answers: { a: { nested: true } } }).success).toBe(false)
    expect(v.safeParse(SurveyResponseFields, { ...ok, answers: { a: 'x'.repeat(5001) } }).success).toBe(false)
  })
})
