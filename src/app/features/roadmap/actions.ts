import { uuidv7 } from '#shared/ids'
import type { Roadmap } from '#shared/model/roadmap'
import type { RoadmapEvent } from '#shared/model/roadmapEvent'
import type { RoadmapItem } from '#shared/model/roadmapItem'
import { type NewRoadmap, rollOver, templateFromRoadmap } from '#shared/roadmap/roadmaps'
import { db } from '../../db/index.ts'
import { mutate } from '../../db/mutate.ts'

/** How an event is carried out so far: what an event of a replaced roadmap hands on to its namesake. */
const carriedOut = ({ status, doneOn, issued, occurrences }: RoadmapEvent) => ({ status, doneOn, issued, occurrences })
export const isMarked = (event: RoadmapEvent) => event.status !== 'planned' || event.occurrences.length > 0
const sameTitle = (title: string) => title.replace(/\s+/g, ' ').trim().toLowerCase()

/** Each new event's namesake among the events it replaces (the same title, spacing and case aside), by the new event's id. */
export function namesakes(made: NewRoadmap, replacing: readonly RoadmapEvent[]): Map<string, RoadmapEvent> {
  const byTitle = new Map(replacing.map(event => [sameTitle(event.title), event]))
  return new Map(made.events.flatMap(({ id, fields }) => {
    const namesake = byTitle.get(sameTitle(fields.title))
    return namesake ? [[id, namesake] as const] : []
  }))
}

/**
 * Writes a roadmap and its events in one transaction (each mutate() joins it): an import or a roll-over lands
 * whole or not at all, never as events without their roadmap. In place of the roadmap of the same period (the
 * school fixed its table and loads it again), the old events go, and a new one keeps what was done of an old one
 * with the same title.
 */
export async function createRoadmap(made: NewRoadmap, replacing: readonly RoadmapEvent[] = []): Promise<string> {
  const before = namesakes(made, replacing)
  await db.transaction('rw', [db.roadmapEvents, db.roadmaps, db.outbox, db.meta], async () => {
    for (const event of replacing)
      await mutate(db, 'roadmapEvents', event.id, 'delete')
    for (const event of made.events) {
      const namesake = before.get(event.id)
      await mutate(db, 'roadmapEvents', event.id, 'create', namesake ? { ...event.fields, ...carriedOut(namesake) } : event.fields)
    }
    await mutate(db, 'roadmaps', made.id, 'upsert', made.fields)
  })
  return made.id
}

/** A roadmap set beside by mistake (an import of the wrong table), with its events, in one transaction. */
export async function deleteRoadmap(roadmap: Roadmap, events: readonly RoadmapEvent[]): Promise<void> {
  await db.transaction('rw', [db.roadmapEvents, db.roadmaps, db.outbox, db.meta], async () => {
    for (const event of events)
      await mutate(db, 'roadmapEvents', event.id, 'delete')
    await mutate(db, 'roadmaps', roadmap.id, 'delete')
  })
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
