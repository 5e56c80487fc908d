import { uuidv7 } from '#shared/ids'
import type { SyncedRecords } from '#shared/sync/entities'
import type { EntityName } from '#shared/sync/entityNames'
import type { RecordFields } from '#shared/model/record'
import { mutate } from '../../db/mutate.ts'
import type { NastavnikDb } from '../../db/schema.ts'

/** Rows per transaction: big enough that 10,000 rows take a few dozen commits, small enough to keep frames flowing. */
export const CHUNK_ROWS = 250

/** Gives the browser a turn (paint the progress bar, take a click) before the next chunk. */
const nextTurn = () => new Promise<void>(resolve => setTimeout(resolve, 0))

export interface WriteOptions {
  /** Rows per transaction; `Infinity` writes the whole batch in one, so it lands whole or not at all. */
  chunk: number
  onProgress?: (done: number) => void
}

/**
 * Writes the confirmed records through `mutate()` (record + outbox entry each), a chunk per transaction: a chunk
 * lands whole or not at all, and between chunks the page stays responsive. Returns the new ids.
 */
export async function writeRecords<E extends EntityName>(
  db: NastavnikDb,
  entity: E,
  records: ReadonlyArray<RecordFields<SyncedRecords[E]>>,
  { chunk: size, onProgress = () => {} }: WriteOptions,
): Promise<string[]> {
  const ids: string[] = []
  for (let start = 0; start < records.length; start += size) {
    const chunk = records.slice(start, start + size)
    // mutate() opens its own transaction; inside this one it joins it, so the chunk commits once.
    const chunkIds = chunk.map(() => uuidv7())
    await db.transaction('rw', db.table(entity), db.outbox, async () => {
      for (const [i, fields] of chunk.entries())
        await mutate(db, entity, chunkIds[i]!, 'create', fields)
    })
    ids.push(...chunkIds)
    onProgress(start + chunk.length)
    await nextTurn()
  }
  return ids
}
