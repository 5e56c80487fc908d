import { uuidv7 } from '#shared/ids'
import { planFromTemplate } from '#shared/model/planItem'
import { db } from '../../db/index.ts'
import { mutate } from '../../db/mutate.ts'

/** A new pair starts with the seeds' sequence of meetings as its individual plan. */
export async function startPlan(pairId: string, startDate: string, endDate: string): Promise<void> {
  for (const item of planFromTemplate(pairId, startDate, endDate))
    await mutate(db, 'planItems', uuidv7(), 'create', item)
}
