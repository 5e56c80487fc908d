import * as v from 'valibot'
import { IdField, OptionalCalendarDateField, optionalText, requiredText } from './fields.ts'
import type { RecordFields, SyncRecord } from './record.ts'

export const PLAN_ITEM_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const

/** пункт индивидуального плана пары. */
export interface PlanItem extends SyncRecord {
  pairId: string
  title: string
  dueDate: string
  status: typeof PLAN_ITEM_STATUSES[number]
  result: string
  position: number
}

export const PlanItemObject = v.object({
  pairId: IdField,
  title: requiredText(300),
  dueDate: OptionalCalendarDateField,
  status: v.picklist(PLAN_ITEM_STATUSES),
  result: optionalText(5000),
  position: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)),
})

export const PlanItemFields = PlanItemObject satisfies v.GenericSchema<unknown, RecordFields<PlanItem>>
