import * as v from 'valibot'
import { MAX_MEETING_MINUTES, MIN_MEETING_MINUTES } from '../limits.ts'
import { CalendarDateField, crossCheck, IdField, IdListField, OptionalCalendarDateField, optionalText } from './fields.ts'
import { MEETING_KINDS, type MeetingKind } from './meetingKinds.ts'
import type { Pair } from './pair.ts'
import type { RecordFields, SyncRecord } from './record.ts'

export const MEETING_FORMATS = ['in_person', 'remote'] as const

/** встреча наставника с наставляемым(и). */
export interface Meeting extends SyncRecord {
  pairId: string
  date: string
  kind: MeetingKind
  durationMin: number
  format: typeof MEETING_FORMATS[number]
  attendeeIds: string[]
  topic: string
  notes: string
  planItemIds: string[]
  nextDate: string
  /**
   * Who held it: the pair's mentor when it was recorded, kept when the pair is given to another mentor.
   * '' on meetings recorded before the field existed: read it through `meetingMentorId`.
   */
  mentorId: string
  /** '' when the mentor recorded it; the curator's name when a curator typed it in (from a paper journal). */
  enteredBy: string
}

export const MeetingObject = v.object({
  pairId: IdField,
  date: CalendarDateField,
  kind: v.picklist(MEETING_KINDS, 'required'),
  durationMin: v.pipe(v.number('required'), v.integer('invalid'), v.minValue(MIN_MEETING_MINUTES, 'duration_range'), v.maxValue(MAX_MEETING_MINUTES, 'duration_range')),
  format: v.picklist(MEETING_FORMATS),
  attendeeIds: IdListField,
  topic: optionalText(300),
  notes: optionalText(10_000),
  planItemIds: IdListField,
  nextDate: OptionalCalendarDateField,
  // Added after the first release: optional with a default, so older records still pass the full check.
  mentorId: v.optional(v.union([IdField, v.literal('')], 'invalid_id'), ''),
  enteredBy: v.optional(optionalText(200), ''),
})

export const MeetingFields = v.pipe(
  MeetingObject,
  crossCheck('nextDate', ['date'], m => m.nextDate === '' || m.nextDate >= m.date, 'next_before_date'),
) satisfies v.GenericSchema<unknown, RecordFields<Meeting>>

/** What of its pair a meeting is checked against. */
type PairBounds = Pick<Pair, 'startDate' | 'plannedEndDate' | 'menteeIds'>
/** The fields the pair's rules look at: a change elsewhere in an older meeting is not held to them. */
export const PAIR_CHECKED_FIELDS = ['pairId', 'date', 'attendeeIds'] as const

/**
 * A meeting as its pair allows it: dated within the pair's period (a pair has no date of its actual end, so
 * the planned one bounds it: a pair that goes on longer gets its end moved first), and in a group, with at
 * least one mentee present. The form and the server's rule both check with it; a pair not found passes.
 */
export function meetingInPair(pairOf: (pairId: string) => PairBounds | undefined) {
  return v.pipe(
    MeetingFields,
    crossCheck('date', ['pairId'], m => (pairOf(m.pairId)?.startDate ?? m.date) <= m.date, 'before_pair_start'),
    crossCheck('date', ['pairId'], m => m.date <= (pairOf(m.pairId)?.plannedEndDate ?? m.date), 'after_pair_end'),
    crossCheck('attendeeIds', ['pairId'], m => (pairOf(m.pairId)?.menteeIds.length ?? 0) < 2 || m.attendeeIds.length > 0, 'attendee_required'),
  )
}

/** Who held a meeting: its own mentor, or for one recorded before meetings kept theirs, the pair's. */
export function meetingMentorId(meeting: Pick<Meeting, 'mentorId'>, pair: Pick<Pair, 'mentorId'> | undefined): string {
  return meeting.mentorId || (pair?.mentorId ?? '')
}

/**
 * Who of the pair's mentees was at a meeting. A one-to-one meeting that lists nobody names its mentee, who is the
 * meeting (as recorded before attendance was kept): a blank would read as «nobody came».
 */
export function presentMentees(meeting: Pick<Meeting, 'attendeeIds'>, menteeIds: readonly string[]): readonly string[] {
  return menteeIds.length === 1 && !meeting.attendeeIds.length ? menteeIds : meeting.attendeeIds
}

/**
 * The pair's mentees a group meeting went without (seed 001's walk: Морозов unticked, then listed as if present). A
 * meeting that lists nobody was recorded before attendance was kept: nobody is said to have missed it.
 */
export function absentMentees(meeting: Pick<Meeting, 'attendeeIds'>, menteeIds: readonly string[]): string[] {
  return meeting.attendeeIds.length ? menteeIds.filter(id => !meeting.attendeeIds.includes(id)) : []
}

/** Working meetings the seeds plan between планирование and the итоговая встреча («4–5 встреч»). */
const WORK_MEETINGS_BEFORE_FINAL = 5

/**
 * The kind a new meeting defaults to: the next step of the seeds' sequence after the pair's meetings so far, or
 * where the programme does not hold that step, the next one it does.
 */
export function nextMeetingKind(held: readonly MeetingKind[], offered: readonly MeetingKind[] = MEETING_KINDS): MeetingKind {
  const step = sequenceStep(held)
  return MEETING_KINDS.slice(MEETING_KINDS.indexOf(step)).find(kind => offered.includes(kind)) ?? offered[0] ?? step
}

function sequenceStep(held: readonly MeetingKind[]): MeetingKind {
  const last = held.at(-1)
  if (!last)
    return 'intro'
  const next: Partial<Record<MeetingKind, MeetingKind>> = { intro: 'trial', trial: 'planning', planning: 'work', final: 'reflection', reflection: 'other', other: 'other' }
  if (last !== 'work')
    return next[last] ?? 'work'
  return held.filter(kind => kind === 'work').length >= WORK_MEETINGS_BEFORE_FINAL ? 'final' : 'work'
}
