import { PROTOCOL_VERSION } from '#shared/protocol'
import type { PullResponse } from '#shared/sync/protocol'
import { readMeta, writeMeta } from '../db/meta.ts'
import { relaxedConnection } from '../db/relaxed.ts'
import type { NastavnikDb } from '../db/schema.ts'
import { applyServerChanges, dropUnpendingRecords, syncTables } from './applyChanges.ts'
import { settled } from './settled.ts'
import type { PulledWithPush } from './push.ts'
import { wholePage } from './pullStream.ts'
import type { SyncTransport } from './transport.ts'

type Cursor = string | null

/**
 * Pulls pages until the server has nothing newer, each page applied with its cursor in one
 * transaction: an interrupted pull resumes where it stopped, and never applies a page twice.
 * The next page is asked for as soon as this one's head is in, while its changes still arrive and
 * are written, so the server's read, the line and the device's write overlap instead of taking
 * turns (a curator's first pull is 8 pages). `first` is a page the push already brought (`pushOutbox`).
 */
export async function pullChanges(db: NastavnikDb, transport: SyncTransport, onPage?: (received: number, fraction?: number) => void, first?: PulledWithPush): Promise<void> {
  const request = (cursor: Cursor) => ({ cursor, page: settled(transport.pull({ protocol: PROTOCOL_VERSION, cursor })) })
  let start: number | undefined
  let next = first ? { cursor: first.cursor, page: Promise.resolve(wholePage(first.page)) } : request(await readMeta(db, 'cursor') ?? null)
  for (;;) {
    const { cursor, page } = next
    const arrived = await page
    if (arrived.head.more)
      next = request(arrived.head.cursor)
    const response = { ...arrived.head, changes: await arrived.changes }
    const applied = await applyPage(db, cursor, response)
    if (!applied) {
      // Someone else moved the cursor meanwhile (a push's reset, another tab): start again from it.
      next = request(await readMeta(db, 'cursor') ?? null)
      continue
    }
    start ??= response.position?.from
    const { at, head } = response.position ?? { at: 0, head: 0 }
    onPage?.(response.changes.length, start !== undefined && head > start ? (at - start) / (head - start) : undefined)
    if (!response.more)
      return
  }
}

/**
 * The page and its cursor in one transaction over the tables it touches, if the cursor is still the one asked
 * from; through the relaxed connection, as the server can send a page again.
 */
async function applyPage(device: NastavnikDb, cursor: Cursor, page: PullResponse): Promise<boolean> {
  const db = relaxedConnection(device)
  const entities = page.reset ? undefined : new Set(page.changes.map(change => change.entity))
  return db.transaction('rw', syncTables(db, entities), async () => {
    if ((await readMeta(db, 'cursor') ?? null) !== cursor)
      return false
    if (page.reset)
      await dropUnpendingRecords(db)
    await applyServerChanges(db, page.changes)
    await writeMeta(db, 'cursor', page.cursor)
    return true
  })
}
