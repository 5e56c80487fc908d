import { describe, expect, it } from 'vitest'
import type { Pair } from '#shared/model/pair'
import { respondentCount } from '../../../src/app/features/surveys/respondents.ts'

const campaign = { programId: 'p', audience: 'mentee' as const, opensOn: '2025-05-12', closesOn: '2025-05-23' }

function pair(id: string, fields: Partial<Pair>): Pair {
  return {
    id, deleted: 0, updatedAt: '', programId: 'p', mentorId: `m-${id}`, menteeIds: [`s-${id}`],
    startDate: '2024-09-01', plannedEndDate: '2025-05-31', status: 'active', endReason: '', formerMentors: [], ...fields,
  }
}

describe('the people an anonymous campaign asks (its cards\' count)', () => {
  it('counts each mentee of the programme\'s pairs once, a group\'s each', () => {
    const pairs = [pair('a', { menteeIds: ['s1', 's2'] }), pair('b', { menteeIds: ['s2', 's3'] }), pair('c', { programId: 'other' })]
    expect(respondentCount(campaign, pairs)).toBe(3)
    expect(respondentCount({ ...campaign, audience: 'mentor' }, pairs)).toBe(2)
    expect(respondentCount({ ...campaign, audience: 'curator' }, pairs)).toBe(0)
  })

  it('leaves out a pair deleted, dissolved or begun after the campaign closed; a completed one is asked at its exit', () => {
    const pairs = [
      pair('kept', {}),
      pair('ended-in-it', { status: 'completed', plannedEndDate: '2025-05-15' }),
      pair('deleted', { deleted: 1 }),
      pair('dissolved', { status: 'dissolved', endReason: 'переезд' }),
      pair('ended-before', { status: 'completed', plannedEndDate: '2025-04-30' }),
      pair('later', { startDate: '2025-09-01', plannedEndDate: '2026-05-31' }),
    ]
    expect(respondentCount(campaign, pairs)).toBe(3)
  })
})
