import { describe, expect, it } from 'vitest'
import { validate } from '#shared/api/validate'
import { MeetingFields } from '#shared/model/meeting'
import { PairFields } from '#shared/model/pair'

const meeting = { pairId: '0190a1b2-0000-7000-8000-000000000001', date: '2026-10-05', kind: 'work', durationMin: 45, format: 'in_person', attendeeIds: [], topic: '', notes: '', planItemIds: [], nextDate: '' }
const pair = { programId: '0190a1b2-0000-7000-8000-000000000002', mentorId: '0190a1b2-0000-7000-8000-000000000003', menteeIds: ['0190a1b2-0000-7000-8000-000000000004'], startDate: '2026-09-01', plannedEndDate: '2027-05-31', status: 'active', endReason: '' }

describe('a rule across fields', () => {
  it('is named at the same send as an unrelated empty field, not only once the rest of the form passes', () => {
    // An emptied number input leaves '' in the form's draft: not a number at all.
    expect(validate(MeetingFields, { ...meeting, durationMin: '', nextDate: '2026-10-01' })).toEqual({
      ok: false,
      field: 'durationMin',
      message: 'required',
      fields: { durationMin: 'required', nextDate: 'next_before_date' },
    })
    const unchosen = validate(PairFields, { ...pair, status: '', plannedEndDate: '2026-08-31' })
    expect(unchosen.ok || unchosen.fields).toEqual({ status: expect.any(String), plannedEndDate: 'end_before_start' })
  })
})
