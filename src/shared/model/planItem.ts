import * as v from 'valibot'
import { IdField, OptionalCalendarDateField, optionalText, requiredText } from './fields.ts'
import { planDueDates } from './planLayout.ts'
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

/**
 * The seeds' sequence of a pair's work («встреча-знакомство; пробная встреча; встреча-планирование;
 * совместная работа по индивидуальному плану (4–5 мероприятий); итоговая встреча»), with due dates laid out
 * over the school year (`planDueDates`). The curator edits it afterwards.
 */
const OPENING = ['Встреча-знакомство', 'Пробная встреча', 'Встреча-планирование: цели и индивидуальный план'] as const
const WORK = [
  'Совместная работа по плану: первое мероприятие',
  'Совместная работа по плану: второе мероприятие',
  'Совместная работа по плану: третье мероприятие',
  'Совместная работа по плану: четвёртое мероприятие',
] as const
const CLOSING = ['Итоговая встреча', 'Рефлексия и анкетирование'] as const

export function planFromTemplate(pairId: string, startDate: string, endDate: string): Array<Omit<PlanItem, 'id' | 'updatedAt' | 'deleted'>> {
  const dueDates = planDueDates(startDate, endDate, WORK.length)
  return [...OPENING, ...WORK, ...CLOSING].map((title, position) => ({
    pairId,
    title,
    dueDate: dueDates[position] ?? '',
    status: 'planned' as const,
    result: '',
    position,
  }))
}
