import type { RoadmapEvent } from '#shared/model/roadmapEvent'
import { db } from '../../db/index.ts'
import { useLiveQuery } from '../../db/live.ts'

const live = <T extends { deleted: 0 | 1 }>(rows: T[]) => rows.filter(r => !r.deleted)

/** The school's roadmaps, oldest period first. */
export const useRoadmaps = () => useLiveQuery(async () => live(await db.roadmaps.orderBy('startDate').toArray()))

/** A roadmap's events in their order within a stage. */
export function useRoadmapEvents(roadmapId: () => string | undefined) {
  return useLiveQuery(async (): Promise<RoadmapEvent[]> => {
    const id = roadmapId()
    return id ? live(await db.roadmapEvents.where('roadmapId').equals(id).toArray()).sort((a, b) => a.position - b.position) : []
  }, roadmapId)
}

/** What a roadmap can start from besides the built-in templates: the school's own, and the old per-programme events. */
export const useRoadmapSources = () => useLiveQuery(async () => {
  const [templates, legacy, programs] = await Promise.all([db.roadmapTemplates.toArray(), db.roadmapItems.toArray(), db.programs.toArray()])
  return { templates: live(templates), legacy: live(legacy), programs: live(programs) }
})

/** The live roadmap under `id`, with its events: an import for a period that has one takes its place. */
export function useRoadmapAndEvents(id: () => string | undefined) {
  return useLiveQuery(async () => {
    const key = id()
    const roadmap = key === undefined ? undefined : await db.roadmaps.get(key)
    if (!key || !roadmap || roadmap.deleted)
      return null
    return { roadmap, events: live(await db.roadmapEvents.where('roadmapId').equals(key).toArray()) }
  }, id)
}
