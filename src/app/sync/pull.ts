import { PROTOCOL_VERSION } from '#shared/protocol'
import { readMeta, writeMeta } from '../db/meta.ts'
import type { NastavnikDb } from '../db/schema.ts'
import { applyServerChanges, dropUnpendingRecords, syncTables } from './applyChanges.ts'
import type { SyncTransport } from './transport.ts'

/**
 * Pulls pages until the server has nothing newer, each page applied with its cursor in one
 * transaction: an interrupted pull resumes where it stopped, and never applies a page twice.
 */
export async function pullChanges(db: NastavnikDb, transport: SyncTransport, onPage?: (received: number, fraction?: number) => void): Promise<void> {
  let start: number | undefined
  for (;;) {
    const cursor = await readMeta(db, 'cursor') ?? null
    const page = await transport.pull({ protocol: PROTOCOL_VERSION, cursor })
    await db.transaction('rw', syncTables(db), async () => {
      if (page.reset)
        await dropUnpendingRecords(db)
      await applyServerChanges(db, page.changes)
      await writeMeta(db, 'cursor', page.cursor)
    })
    start ??= page.position?.from
    const { at, head } = page.position ?? { at: 0, head: 0 }
    onPage?.(page.changes.length, start !== undefined && head > start ? (at - start) / (head - start) : undefined)
    if (!page.more)
      return
  }
}
