import * as v from 'valibot'
import { CalendarDateField, IdField, IdListField, optionalText } from './fields.ts'
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
}

export const PairObject = v.object({
  programId: IdField,
  mentorId: IdField,
  menteeIds: v.pipe(IdListField, v.minLength(1, 'required')),
  startDate: CalendarDateField,
  plannedEndDate: CalendarDateField,
  status: v.picklist(PAIR_STATUSES),
  endReason: optionalText(1000),
})

export const PairFields = v.pipe(
  PairObject,
  v.forward(v.check(p => p.plannedEndDate >= p.startDate, 'end_before_start'), ['plannedEndDate']),
  v.forward(v.check(p => !p.menteeIds.includes(p.mentorId), 'mentor_is_mentee'), ['menteeIds']),
  v.forward(v.check(p => p.status !== 'dissolved' || p.endReason.length > 0, 'required'), ['endReason']),
) satisfies v.GenericSchema<unknown, RecordFields<Pair>>
