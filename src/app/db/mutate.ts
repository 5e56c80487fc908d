import { toRaw } from 'vue'
import type { SyncedRecords } from '#shared/sync/entities'
import type { EntityName } from '#shared/sync/entityNames'
import { readMeta } from './meta.ts'
import type { NastavnikDb } from './schema.ts'
import { isQuotaError, storageFull, StorageFullError } from './storageFull.ts'

type Patch<E extends EntityName> = Partial<Omit<SyncedRecords[E], 'id' | 'updatedAt' | 'deleted'>>

/**
 * The one way to change a synced record. In ONE transaction it writes the record and appends the outbox
 * entry, so a write that returned is on disk and will reach the server, whatever happens to the tab next.
 * A delete leaves a tombstone (`deleted: 1`) so the deletion itself can travel. `create` is an upsert of an
 * id the caller has just made: there is nothing to read first, which saves a round trip on every new record
 * (the mentor's «Сохранить» on a new meeting is the app's most frequent write).
 */
export async function mutate<E extends EntityName>(
  db: NastavnikDb,
  entity: E,
  id: string,
  op: 'create' | 'upsert' | 'delete',
  patch: Patch<E> = {},
): Promise<SyncedRecords[E]> {
  // IndexedDB's structured clone cannot copy Vue proxies; the raw object is the same data.
  const fields = { ...toRaw(patch) } as Partial<SyncedRecords[E]>
  const at = new Date().toISOString()
  const table = db.table<SyncedRecords[E], string>(entity)
  // An edit reads the cursor too; a new record or a deletion needs only its table and the outbox.
  return writeTogether(db, op === 'upsert' ? [entity, 'outbox', 'meta'] : [entity, 'outbox'], async () => {
    // An edit says how much of the others' writes its author had seen, so the server can tell a conflict.
    const [current, seen] = op === 'create' ? [] : await Promise.all([table.get(id), op === 'upsert' ? readMeta(db, 'cursor') : undefined])
    const next = {
      ...current,
      ...fields,
      id,
      updatedAt: at,
      deleted: op === 'delete' ? 1 : (current?.deleted ?? 0),
    } as SyncedRecords[E]
    // Both requests at once: IndexedDB runs them in order within the transaction, without a round trip between.
    await Promise.all([table.put(next), db.outbox.add({ entity, id, op: op === 'delete' ? 'delete' : 'upsert', fields, at, ...(seen && { seen }) })])
    return next
  })
}

/**
 * Runs `work` in one transaction of `tables`: the `mutate()`s inside it land together or not at all (one survey
 * made for several programmes is never half made, so sending the form again makes no copy). A full disk is said
 * the same way for one write as for several.
 */
export async function writeTogether<T>(db: NastavnikDb, tables: string[], work: () => Promise<T>): Promise<T> {
  try {
    const result = await db.transaction('rw', tables, work)
    storageFull.value = false
    return result
  } catch (error) {
    // Nothing was written (the transaction rolled back); the form keeps what was typed and says why.
    if (!isQuotaError(error))
      throw error
    storageFull.value = true
    throw new StorageFullError()
  }
}
