import { ENTITY_NAMES, type EntityName } from '#shared/sync/entityNames'
import type { Change } from '#shared/sync/protocol'
import type { NastavnikDb, OutboxEntry } from '../db/schema.ts'

/**
 * The tables applying server changes touches, for the caller's transaction: every synced table, or only
 * `entities` when the caller knows them, so screens reading the others are not held up by the write.
 */
export function syncTables(db: NastavnikDb, entities?: ReadonlySet<EntityName>) {
  const synced = entities ? ENTITY_NAMES.filter(name => entities.has(name)) : ENTITY_NAMES
  return [...synced.map(name => db.table(name)), db.outbox, db.meta, db.rejections]
}

async function pendingByRecord(db: NastavnikDb): Promise<Map<string, OutboxEntry[]>> {
  const pending = new Map<string, OutboxEntry[]>()
  // Most pages meet an empty outbox: counting through the key index is cheaper than reading it.
  if (!await db.outbox.count())
    return pending
  for (const entry of await db.outbox.orderBy('seq').toArray()) {
    const key = `${entry.entity}:${entry.id}`
    pending.set(key, [...pending.get(key) ?? [], entry])
  }
  return pending
}

/**
 * Puts the server's copy of records on the device, inside the caller's transaction. A record with
 * local changes still in the outbox gets them re-applied on top, so a pull never undoes what the
 * person did since the last push.
 */
export async function applyServerChanges(db: NastavnikDb, changes: Change[]): Promise<void> {
  // A push's answer usually restores nothing; reading the outbox for it would make draining a long outbox quadratic.
  if (!changes.length)
    return
  const pending = await pendingByRecord(db)
  const now = new Date().toISOString()
  for (const entity of ENTITY_NAMES) {
    const ofEntity = changes.filter(change => change.entity === entity)
    if (!ofEntity.length)
      continue
    const toDelete: string[] = []
    const toPut: Array<Record<string, unknown>> = []
    for (const change of ofEntity) {
      const local = pending.get(`${entity}:${change.id}`)
      if (change.deleted && !local) {
        toDelete.push(change.id)
        continue
      }
      const record: Record<string, unknown> = { ...change.fields, id: change.id, updatedAt: now, deleted: change.deleted }
      for (const entry of local ?? []) {
        Object.assign(record, entry.fields)
        if (entry.op === 'delete')
          record.deleted = 1
      }
      toPut.push(record)
    }
    const table = db.table(entity)
    await table.bulkDelete(toDelete)
    await putInSlices(toPut, slice => table.bulkPut(slice))
  }
}

/**
 * Records per `bulkPut` call. Each call clones its records for IndexedDB in one main-thread task: 2,000 at once (a
 * pull page) made tasks of 200–450 ms on a loaded machine, enough for a tap to go unanswered during a first sync.
 */
const PUT_SLICE = 250

/**
 * Puts `records` a slice at a time, the next slice handed over while the previous one is written, so IndexedDB is
 * never idle and the page gets the main thread back between slices. All within the caller's transaction.
 */
async function putInSlices<T>(records: T[], put: (slice: T[]) => Promise<unknown>): Promise<void> {
  let writing: Promise<unknown> | undefined
  for (let start = 0; start < records.length; start += PUT_SLICE) {
    const next = put(records.slice(start, start + PUT_SLICE))
    await writing
    writing = next
  }
  await writing
}

/** A reset: the scope changed, so every synced record goes except those with local changes pending. */
export async function dropUnpendingRecords(db: NastavnikDb): Promise<void> {
  const pending = await pendingByRecord(db)
  for (const entity of ENTITY_NAMES) {
    const table = db.table(entity)
    const keys = await table.toCollection().primaryKeys() as string[]
    await table.bulkDelete(keys.filter(id => !pending.has(`${entity}:${id}`)))
  }
}
