import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { daysBetween, isCalendarDate } from '#shared/dates'
import { meetingInPair, meetingMentorId, MeetingFields, nextMeetingKind } from '#shared/model/meeting'
import { offeredKinds, ownKindName } from '#shared/model/meetingKinds'
import { ProgramFields } from '#shared/model/program'

describe('meeting rules', () => {
  it('suggests the seeds\' sequence: знакомство, пробная, планирование, 5 рабочих, итоговая, рефлексия', () => {
    expect(nextMeetingKind([])).toBe('intro')
    expect(nextMeetingKind(['intro'])).toBe('trial')
    expect(nextMeetingKind(['intro', 'trial'])).toBe('planning')
    expect(nextMeetingKind(['intro', 'trial', 'planning'])).toBe('work')
    expect(nextMeetingKind(['intro', 'trial', 'planning', 'work', 'work', 'work', 'work'])).toBe('work')
    expect(nextMeetingKind(['intro', 'trial', 'planning', 'work', 'work', 'work', 'work', 'work'])).toBe('final')
    expect(nextMeetingKind(['final'])).toBe('reflection')
  })

  it('suggests, for a programme that plans fewer kinds, the next step it does plan', () => {
    // Seed 002: знакомство, регулярные встречи, групповая рефлексия, обсуждение проблем, заключительная встреча.
    const offered = offeredKinds([{ kind: 'final', name: 'заключительная встреча' }, { kind: 'intro', name: '' }, { kind: 'work', name: '' }, { kind: 'reflection', name: 'групповая рефлексия' }, { kind: 'other', name: '' }])
    expect(offered).toEqual(['intro', 'work', 'reflection', 'final', 'other'])
    expect(nextMeetingKind([], offered)).toBe('intro')
    expect(nextMeetingKind(['intro'], offered)).toBe('work')
    expect(nextMeetingKind(['intro', 'work', 'work', 'work', 'work', 'work'], offered)).toBe('final')
    expect(nextMeetingKind(['intro'], ['final'])).toBe('final')
    expect(nextMeetingKind(['final'], ['intro', 'work'])).toBe('intro')
    expect(offeredKinds([])).toHaveLength(7)
    expect(ownKindName([{ kind: 'final', name: 'заключительная встреча' }], 'final')).toBe('заключительная встреча')
    expect(ownKindName([], 'final')).toBe('')
  })

  it('takes a programme\'s kinds each once, by the methodology\'s codes, and a programme from before them as all', () => {
    const program = { name: 'Педагог – педагог', form: 'учитель – учитель', startDate: '2026-09-01', endDate: '2027-05-31', goals: '', status: 'active' }
    expect(v.parse(ProgramFields, program).meetingKinds).toEqual([])
    expect(v.parse(ProgramFields, { ...program, meetingKinds: [{ kind: 'final', name: ' заключительная встреча ' }] }).meetingKinds).toEqual([{ kind: 'final', name: 'заключительная встреча' }])
    const twice = v.safeParse(ProgramFields, { ...program, meetingKinds: [{ kind: 'final', name: '' }, { kind: 'final', name: 'итог' }] })
    expect(twice.issues?.map(i => [v.getDotPath(i), i.message])).toEqual([['meetingKinds', 'invalid']])
    expect(v.safeParse(ProgramFields, { ...program, meetingKinds: [{ kind: 'seminar', name: '' }] }).success).toBe(false)
  })

  it('counts calendar days without time zones', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2)
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2)
    expect(daysBetween('2025-12-31', '2026-01-21')).toBe(21)
    expect(isCalendarDate('2026-02-29')).toBe(false)
    expect(isCalendarDate('2028-02-29')).toBe(true)
  })

  it('names the field of a bad duration and of a next date before the meeting', () => {
    const base = { pairId: '0190a1b2-0000-7000-8000-000000000001', date: '2026-10-05', kind: 'work', durationMin: 45, format: 'in_person', attendeeIds: [], topic: '', notes: '', planItemIds: [], nextDate: '' }
    expect(v.safeParse(MeetingFields, base).success).toBe(true)
    for (const durationMin of [0, 1000]) {
      const result = v.safeParse(MeetingFields, { ...base, durationMin })
      expect(result.issues?.[0]?.message).toBe('duration_range')
    }
    const early = v.safeParse(MeetingFields, { ...base, nextDate: '2026-10-01' })
    expect(early.issues?.[0]?.message).toBe('next_before_date')
    expect(early.issues?.[0]?.path?.[0]?.key).toBe('nextDate')
  })

  it('holds a meeting to its pair: dated within the pair\'s period, a group one with someone present; a pair not found passes', () => {
    const [first, second] = ['0190a1b2-0000-7000-8000-000000000002', '0190a1b2-0000-7000-8000-000000000003']
    const group = { startDate: '2026-09-01', plannedEndDate: '2027-05-31', menteeIds: [first, second] }
    const meeting = { pairId: '0190a1b2-0000-7000-8000-000000000001', date: '2026-10-05', kind: 'work', durationMin: 45, format: 'in_person', attendeeIds: [first], topic: '', notes: '', planItemIds: [], nextDate: '' }
    const issue = (fields: Record<string, unknown>, pair: typeof group | null = group) => {
      const found = v.safeParse(meetingInPair(() => pair ?? undefined), { ...meeting, ...fields }).issues?.[0]
      return found && [found.message, found.path?.[0]?.key]
    }
    expect(issue({})).toBeUndefined()
    expect(issue({ date: '2026-09-01' })).toBeUndefined()
    expect(issue({ date: '2027-05-31' })).toBeUndefined()
    expect(issue({ date: '2026-08-31' })).toEqual(['before_pair_start', 'date'])
    expect(issue({ date: '2027-06-01' })).toEqual(['after_pair_end', 'date'])
    expect(issue({ attendeeIds: [] })).toEqual(['attendee_required', 'attendeeIds'])
    expect(issue({ attendeeIds: [] }, { ...group, menteeIds: [first] })).toBeUndefined()
    expect(issue({ date: '2020-01-01', attendeeIds: [] }, null)).toBeUndefined()
    // Older records lack the new fields: they read as none.
    expect(v.parse(MeetingFields, meeting)).toMatchObject({ mentorId: '', enteredBy: '' })
  })

  it('reads who held a meeting: its own mentor, kept after the pair changed hands; the pair\'s for one recorded before', () => {
    const pair = { mentorId: 'new-mentor' }
    expect(meetingMentorId({ mentorId: 'old-mentor' }, pair)).toBe('old-mentor')
    expect(meetingMentorId({ mentorId: '' }, pair)).toBe('new-mentor')
    expect(meetingMentorId({ mentorId: '' }, undefined)).toBe('')
  })
})
