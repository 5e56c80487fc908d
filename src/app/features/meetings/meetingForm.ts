import type { Meeting } from '#shared/model/meeting'
import type { PlanItem } from '#shared/model/planItem'
import type { RecordFields } from '#shared/model/record'
import { db } from '../../db/index.ts'
import { mutate } from '../../db/mutate.ts'
import { backPath } from '../../composables/backPath.ts'

/** `enteredBy`: '' from the mentor, the curator's name when a curator types in a meeting from paper. */
export function blankMeeting(pairId: string, today: string, enteredBy: string): RecordFields<Meeting> {
  return { pairId, date: today, kind: 'intro', durationMin: 45, format: 'in_person', attendeeIds: [], topic: '', notes: '', planItemIds: [], nextDate: '', mentorId: '', enteredBy }
}

/** The page of the pair a meeting form returns to: the mentor's form (under /my/) to his pair, the curator's to the pair's form. */
const pairPagePath = (formPath: string, pairId: string) => (formPath.startsWith('/my/') ? `/my/pairs/${pairId}` : `/pairs/${pairId}`)

/** Where the form returns: the page that opened it (the journal, `?back=`), else the pair's page. */
export const returnPath = (back: unknown, formPath: string, pairId: string): string => backPath(back, pairPagePath(formPath, pairId))

/**
 * The state a tick in the meeting's plan list leaves an item in. An item of the plan is mostly a meeting of it
 * («Встреча-знакомство», «Итоговая встреча»): the meeting held for it does it, so ticking an open one says
 * «выполнено» (the mentor may then choose «в работе» for work that takes more meetings); one done or cancelled keeps
 * the state shown. Untouching it puts back the state it had. Seeds 001 and 002's mentors ticked their first meeting
 * and read «в работе».
 */
export function tickedStatus(item: PlanItem, ticked: boolean, shown: PlanItem['status'] | undefined): PlanItem['status'] {
  if (!ticked)
    return item.status
  const now = shown ?? item.status
  return now === 'planned' || now === 'in_progress' ? 'done' : now
}

/** The plan items whose state the meeting changed: one mutation each, after the meeting itself. */
export async function savePlanProgress(items: PlanItem[], touched: string[], statuses: Record<string, PlanItem['status']>): Promise<void> {
  for (const item of items) {
    const status = statuses[item.id]
    if (touched.includes(item.id) && status && status !== item.status)
      await mutate(db, 'planItems', item.id, 'upsert', { status })
  }
}
