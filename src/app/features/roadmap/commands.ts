import { uuidv7 } from '#shared/ids'
import type { RoadmapItem } from '#shared/model/roadmapItem'
import { roadmapFromTemplate } from '#shared/model/roadmapTemplate'
import { db } from '../../db/index.ts'
import { mutate } from '../../db/mutate.ts'

/** A new program starts from the seeds' roadmap, deadlines laid out from its start. */
export async function startRoadmap(programId: string, startDate: string, endDate: string): Promise<void> {
  for (const item of roadmapFromTemplate(programId, startDate, endDate))
    await mutate(db, 'roadmapItems', uuidv7(), 'upsert', item)
}

/** Moves an event one place within its stage by swapping positions with its neighbour. */
export async function moveItem(stageItems: RoadmapItem[], index: number, by: -1 | 1): Promise<void> {
  const item = stageItems[index]
  const other = stageItems[index + by]
  if (!item || !other)
    return
  await mutate(db, 'roadmapItems', item.id, 'upsert', { position: other.position })
  await mutate(db, 'roadmapItems', other.id, 'upsert', { position: item.position === other.position ? other.position + by : item.position })
}
