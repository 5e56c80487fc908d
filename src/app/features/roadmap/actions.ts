import { uuidv7 } from '#shared/ids'
import type { Roadmap } from '#shared/model/roadmap'
import type { RoadmapEvent } from '#shared/model/roadmapEvent'
import type { RoadmapItem } from '#shared/model/roadmapItem'
import { type NewRoadmap, rollOver, templateFromRoadmap } from '#shared/roadmap/roadmaps'
import { db } from '../../db/index.ts'
import { mutate } from '../../db/mutate.ts'

/**
 * Writes a new roadmap and its events in one transaction (each mutate() joins it): an import or a roll-over lands
 * whole or not at all, never as events without their roadmap.
 */
export async function createRoadmap(made: NewRoadmap): Promise<string> {
  await db.transaction('rw', [db.roadmapEvents, db.roadmaps, db.outbox, db.meta], async () => {
    for (const event of made.events)
      await mutate(db, 'roadmapEvents', event.id, 'create', event.fields)
    await mutate(db, 'roadmaps', made.id, 'upsert', made.fields)
  })
  return made.id
}

/** The next учебный год's roadmap; this one stays as the record of what was done. */
export const rollOverRoadmap = (roadmap: Roadmap, events: readonly RoadmapEvent[]) => createRoadmap(rollOver(roadmap, events))

export async function saveAsTemplate(roadmap: Roadmap, events: readonly RoadmapEvent[], title: string): Promise<void> {
  await mutate(db, 'roadmapTemplates', uuidv7(), 'create', { ...templateFromRoadmap(roadmap, events), title })
}

/** After the old per-programme events have become the school's roadmap they are removed (still in the audit log). */
export async function retireLegacy(items: readonly RoadmapItem[]): Promise<void> {
  for (const item of items)
    await mutate(db, 'roadmapItems', item.id, 'delete')
}
