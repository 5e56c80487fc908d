import * as v from 'valibot'
import { CalendarDateField, IdField, optionalText } from './fields.ts'
import type { RecordFields, SyncRecord } from './record.ts'

export const AWARD_KINDS = ['certificate', 'gratitude', 'letter', 'diploma', 'other'] as const
type AwardKind = typeof AWARD_KINDS[number]

/** поощрение участника (стадия 7): грамота, благодарность… with the date and the document it rests on. */
export interface Award extends SyncRecord {
  personId: string
  /** '' when the award is for the school's programme work as a whole. */
  programId: string
  kind: AwardKind
  date: string
  /** основание: «Приказ № 45 от 20.05.2025». */
  basis: string
  notes: string
}

export const AwardObject = v.object({
  personId: IdField,
  programId: v.union([v.literal(''), IdField]),
  kind: v.picklist(AWARD_KINDS),
  date: CalendarDateField,
  basis: optionalText(300),
  notes: optionalText(2000),
})

export const AwardFields = AwardObject satisfies v.GenericSchema<unknown, RecordFields<Award>>
