import * as v from 'valibot'
import { IdField, OptionalCalendarDateField, optionalText, requiredText } from './fields.ts'
import { type MeetingKind, type MeetingKindName, offeredKinds, ownKindName } from './meetingKinds.ts'
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
 * совместная работа по индивидуальному плану (4–5 мероприятий); итоговая встреча»), each step the kind of meeting
 * it is, with due dates laid out over the school year (`planDueDates`). The curator edits it afterwards.
 */
const TEMPLATE: ReadonlyArray<{ kind: MeetingKind, title: string, nth?: string }> = [
  { kind: 'intro', title: 'Встреча-знакомство' },
  { kind: 'trial', title: 'Пробная встреча' },
  { kind: 'planning', title: 'Встреча-планирование: цели и индивидуальный план' },
  ...['первое', 'второе', 'третье', 'четвёртое'].map(nth => ({ kind: 'work' as const, title: 'Совместная работа по плану', nth })),
  { kind: 'reflection', title: 'Рефлексия и анкетирование' },
  { kind: 'final', title: 'Итоговая встреча' },
]
const WORK_STEPS = TEMPLATE.filter(step => step.kind === 'work').length

const upperFirst = (text: string) => text.charAt(0).toLocaleUpperCase('ru') + text.slice(1)

/** A step's title as a pair's plan writes it: the school's own word for its kind where the programme has one. */
function stepTitle(step: typeof TEMPLATE[number], kinds: readonly MeetingKindName[]): string {
  const own = ownKindName(kinds, step.kind)
  return own ? upperFirst(own) : step.title
}

/**
 * The kind of meeting a plan item is for, read from its title as `planFromTemplate` wrote it («Встреча-знакомство»,
 * «Совместная работа по плану: первое мероприятие», seed 002's «Заключительная встреча»); none for an item the
 * curator wrote or renamed.
 */
export function planItemKind(title: string, kinds: readonly MeetingKindName[] = []): MeetingKind | undefined {
  return TEMPLATE.find((step) => {
    const head = stepTitle(step, kinds)
    return title === head || (step.nth !== undefined && title.startsWith(`${head}: `))
  })?.kind
}

/**
 * A new pair's plan as its programme holds its meetings (seed 002 has no пробная встреча and calls the first
 * «первая, организационная встреча»): the steps of the kinds the programme does not offer are left out, and a
 * step is titled by the school's own word for its kind where the programme has one.
 */
export function planFromTemplate(pairId: string, startDate: string, endDate: string, kinds: readonly MeetingKindName[] = []): Array<Omit<PlanItem, 'id' | 'updatedAt' | 'deleted'>> {
  const dueDates = planDueDates(startDate, endDate, WORK_STEPS)
  const offered = offeredKinds(kinds)
  const titled = (step: typeof TEMPLATE[number]) => `${stepTitle(step, kinds)}${step.nth ? `: ${step.nth} мероприятие` : ''}`
  return TEMPLATE.map((step, i) => ({ step, dueDate: dueDates[i] ?? '' }))
    .filter(({ step }) => offered.includes(step.kind))
    .map(({ step, dueDate }, position) => ({ pairId, title: titled(step), dueDate, status: 'planned' as const, result: '', position }))
}
