import { db } from '../../db/index.ts'
import { useLiveQuery } from '../../db/live.ts'

export function useRoadmap(programId: () => string) {
  return useLiveQuery(async () => (await db.roadmapItems.where('programId').equals(programId()).filter(i => !i.deleted).toArray())
    .sort((a, b) => a.stage - b.stage || a.position - b.position))
}
