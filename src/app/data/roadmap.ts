import { uuidv7 } from '#shared/ids'
import { roadmapFromTemplate } from '#shared/model/roadmapTemplate'
import { db } from '../db/index.ts'
import { mutate } from '../db/mutate.ts'

/** A new program starts from the seeds' roadmap, deadlines laid out from its start. */
export async function startRoadmap(programId: string, startDate: string, endDate: string): Promise<void> {
  for (const item of roadmapFromTemplate(programId, startDate, endDate))
    await mutate(db, 'roadmapItems', uuidv7(), 'create', item)
}
