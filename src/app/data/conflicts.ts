import { bothTexts, type ConflictResolution, type FieldConflict } from '#shared/model/fieldConflict'
import { isEntityName } from '#shared/sync/entityNames'
import { db } from '../db/index.ts'
import { mutate } from '../db/mutate.ts'

/** Where the conflicts of a screen are: one record's, one pair's, or the whole school's on this device. */
export type ConflictFilter = { recordId: string } | { pairId: string } | Record<string, never>

/** The conflicts nobody has settled yet, newest first. */
export async function openConflicts(filter: ConflictFilter = {}): Promise<FieldConflict[]> {
  const open = (c: FieldConflict) => c.deleted === 0 && c.resolution === ''
  const found = 'recordId' in filter
    ? await db.conflicts.where('recordId').equals(filter.recordId).filter(open).toArray()
    : await db.conflicts.filter(c => open(c) && (!('pairId' in filter) || c.pairId === filter.pairId)).toArray()
  return found.sort((a, b) => b.at.localeCompare(a.at))
}

/**
 * What each settlement writes into the record: the overwritten value back, both texts (the later first), or
 * nothing (the value now stays). The conflict is then marked, on every device that holds it.
 */
function settledValue(conflict: FieldConflict, resolution: Exclude<ConflictResolution, ''>): { value: unknown } | null {
  if (resolution === 'restored')
    return { value: conflict.overwritten }
  if (resolution === 'merged')
    return { value: bothTexts(conflict.kept, conflict.overwritten) }
  return null
}

export async function settleConflict(conflict: FieldConflict, resolution: Exclude<ConflictResolution, ''>): Promise<unknown> {
  const settled = settledValue(conflict, resolution)
  if (settled && isEntityName(conflict.entity))
    await mutate(db, conflict.entity, conflict.recordId, 'upsert', { [conflict.field]: settled.value })
  await mutate(db, 'conflicts', conflict.id, 'upsert', { resolution })
  return settled ? settled.value : conflict.kept
}
