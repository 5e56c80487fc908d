import { describe, expect, it } from 'vitest'
import { consentedPeople, pairLacksConsent } from '#shared/model/consent'

describe('no consent, no pairing', () => {
  const inForce = consentedPeople([
    { personId: 'mentor', withdrawnDate: '', deleted: 0 },
    { personId: 'a', withdrawnDate: '', deleted: 0 },
    { personId: 'b', withdrawnDate: '2026-03-01', deleted: 0 },
    { personId: 'c', withdrawnDate: '', deleted: 1 },
  ])

  it('names who of a running pair has no consent in force (withdrawn and deleted ones do not count)', () => {
    expect(pairLacksConsent({ status: 'active', mentorId: 'mentor', menteeIds: ['a'] }, inForce)).toBeNull()
    expect(pairLacksConsent({ status: 'active', mentorId: 'a', menteeIds: ['b'] }, inForce)).toBe('menteeIds')
    expect(pairLacksConsent({ status: 'active', mentorId: 'c', menteeIds: ['a'] }, inForce)).toBe('mentorId')
  })

  it('lets an ended pair be saved, so a withdrawn consent never keeps a pair from being closed', () => {
    expect(pairLacksConsent({ status: 'dissolved', mentorId: 'mentor', menteeIds: ['b'] }, inForce)).toBeNull()
    expect(pairLacksConsent({ status: 'completed', mentorId: 'c', menteeIds: ['b'] }, inForce)).toBeNull()
  })
})
