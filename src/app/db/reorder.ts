import type { EntityName } from '#shared/sync/entityNames'
import type { NastavnikDb } from './schema.ts'
import { mutate } from './mutate.ts'

type Positioned = { id: string, position: number }

/** Moves an item one place within an ordered list (a roadmap stage, a plan) by swapping positions with its neighbour. */
export async function moveWithin(db: NastavnikDb, entity: Extract<EntityName, 'roadmapEvents' | 'planItems'>, items: readonly Positioned[], index: number, by: -1 | 1): Promise<void> {
  const item = items[index]
  const other = items[index + by]
  if (!item || !other)
    return
  await mutate(db, entity, item.id, 'upsert', { position: other.position })
  await mutate(db, entity, other.id, 'upsert', { position: item.position === other.position ? other.position + by : item.position })
}
