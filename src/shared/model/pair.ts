import * as v from 'valibot'
import { CalendarDateField, crossCheck, IdField, IdListField, optionalText } from './fields.ts'
import type { RecordFields, SyncRecord } from './record.ts'

export const PAIR_STATUSES = ['active', 'completed', 'dissolved'] as const
type PairStatus = typeof PAIR_STATUSES[number]

/** наставническая пара или группа: one mentor, one or more mentees, within a program. */
export interface Pair extends SyncRecord {
  programId: string
  mentorId: string
  menteeIds: string[]
  startDate: string
  plannedEndDate: string
  status: PairStatus
  endReason: string
  /**
   * Who led the pair before its mentor of now, each with the server's time they stopped: a record a former
   * mentor made on a phone while the pair was still theirs is accepted when it arrives later. Only the server
   * writes it (what a device sends is ignored), so a new pair's form leaves it out.
   */
  formerMentors?: FormerMentor[]
}

export interface FormerMentor {
  mentorId: string
  /** ISO time the server handed the pair on. */
  until: string
}

export const PairObject = v.object({
  programId: IdField,
  mentorId: IdField,
  menteeIds: v.pipe(IdListField, v.minLength(1, 'required')),
  startDate: CalendarDateField,
  plannedEndDate: CalendarDateField,
  status: v.picklist(PAIR_STATUSES),
  endReason: optionalText(1000),
  formerMentors: v.optional(v.pipe(v.array(v.object({ mentorId: IdField, until: v.pipe(v.string(), v.isoTimestamp()) })), v.maxLength(100, 'too_many')), []),
})

export const PairFields = v.pipe(
  PairObject,
  crossCheck('plannedEndDate', ['startDate'], p => p.plannedEndDate >= p.startDate, 'end_before_start'),
  crossCheck('menteeIds', ['mentorId'], p => !p.menteeIds.includes(p.mentorId), 'mentor_is_mentee'),
  crossCheck('endReason', ['status'], p => p.status !== 'dissolved' || p.endReason.length > 0, 'required'),
) satisfies v.GenericSchema<unknown, RecordFields<Pair>>
