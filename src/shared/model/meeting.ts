import * as v from 'valibot'
import { CalendarDateField, IdField, IdListField, OptionalCalendarDateField, optionalText } from './fields.ts'
import type { RecordFields, SyncRecord } from './record.ts'

/** The seeds' meeting sequence, in order (знакомство → … → итоговая), plus «другое». */
export const MEETING_KINDS = ['intro', 'trial', 'planning', 'work', 'reflection', 'final', 'other'] as const
export type MeetingKind = typeof MEETING_KINDS[number]
export const MEETING_FORMATS = ['in_person', 'remote'] as const
export const MIN_MEETING_MINUTES = 5
export const MAX_MEETING_MINUTES = 600

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
})

export const MeetingFields = v.pipe(
  MeetingObject,
  v.forward(v.check(m => m.nextDate === '' || m.nextDate >= m.date, 'next_before_date'), ['nextDate']),
) satisfies v.GenericSchema<unknown, RecordFields<Meeting>>

/** Working meetings the seeds plan between планирование and the итоговая встреча («4–5 встреч»). */
const WORK_MEETINGS_BEFORE_FINAL = 5

/** The kind a new meeting defaults to: the next step of the seeds' sequence after the pair's meetings so far. */
export function nextMeetingKind(held: readonly MeetingKind[]): MeetingKind {
  const last = held.at(-1)
  if (!last)
    return 'intro'
  const next: Partial<Record<MeetingKind, MeetingKind>> = { intro: 'trial', trial: 'planning', planning: 'work', final: 'reflection', reflection: 'other', other: 'other' }
  if (last !== 'work')
    return next[last] ?? 'work'
  return held.filter(kind => kind === 'work').length >= WORK_MEETINGS_BEFORE_FINAL ? 'final' : 'work'
}

/** Pairs with no meeting for this many days stand out on the mentor's home and the curator's dashboard. */
export const STALE_PAIR_DAYS = 21
