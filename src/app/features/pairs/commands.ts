import { uuidv7 } from '#shared/ids'
import type { MeetingKindName } from '#shared/model/meetingKinds'
import { type PlanItem, planFromTemplate } from '#shared/model/planItem'
import { db } from '../../db/index.ts'
import { mutate } from '../../db/mutate.ts'

/** A new pair starts with the seeds' sequence of meetings as its individual plan. */
export async function startPlan(pairId: string, startDate: string, endDate: string, kinds?: readonly MeetingKindName[]): Promise<void> {
  for (const item of planFromTemplate(pairId, startDate, endDate, kinds))
    await mutate(db, 'planItems', uuidv7(), 'create', item)
}

/** A tick on the pair's page: done, or back to planned (the plan editor's list has the other states). */
export async function tickPlanItem(item: PlanItem, done: boolean): Promise<void> {
  await mutate(db, 'planItems', item.id, 'upsert', { status: done ? 'done' : 'planned' })
}

/** «Завершить выбранные» on the desktop table: the running ones among them end, in one transaction. */
export async function endPairs(ids: readonly string[]): Promise<void> {
  await db.transaction('rw', [db.pairs, db.outbox, db.meta], async () => {
    for (const id of ids)
      await mutate(db, 'pairs', id, 'upsert', { status: 'completed' })
  })
}
