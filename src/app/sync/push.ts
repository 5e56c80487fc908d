import { PROTOCOL_VERSION } from '#shared/protocol'
import type { Mutation } from '#shared/sync/mutation'
import { PUSH_BATCH_MAX, PUSH_BATCH_MAX_BYTES, type PushResponse } from '#shared/sync/protocol'
import { ApiFailure } from '../api/client.ts'
import type { NastavnikDb, Rejection } from '../db/schema.ts'
import { applyServerChanges, syncTables } from './applyChanges.ts'
import type { SyncTransport } from './transport.ts'

/**
 * Sends the outbox in order, in batches under the server's body limit. An entry leaves the outbox only
 * when the server's `lastSeq` covers it, in the same transaction that records its rejection (if any)
 * and restores the server's copy of what was rejected.
 */
export async function pushOutbox(db: NastavnikDb, transport: SyncTransport, clientId: string, onSent?: (count: number) => void): Promise<void> {
  let limit = PUSH_BATCH_MAX
  for (;;) {
    const batch = await takeBatch(db, limit)
    if (!batch.length)
      return
    let response: PushResponse
    try {
      response = await transport.push({ protocol: PROTOCOL_VERSION, clientId, mutations: batch })
    } catch (error) {
      if (!(error instanceof ApiFailure) || error.status !== 413)
        throw error
      if (limit === 1) {
        await dropTooLarge(db, batch[0]!)
        continue
      }
      limit = Math.max(1, Math.floor(limit / 2))
      continue
    }
    await acknowledge(db, batch, response)
    onSent?.(batch.length)
  }
}

async function takeBatch(db: NastavnikDb, limit: number): Promise<Mutation[]> {
  const entries = await db.outbox.orderBy('seq').limit(limit).toArray() as Mutation[]
  let bytes = 0
  const batch: Mutation[] = []
  for (const entry of entries) {
    bytes += JSON.stringify(entry).length
    if (batch.length && bytes > PUSH_BATCH_MAX_BYTES)
      break
    batch.push(entry)
  }
  return batch
}

function rejectionOf(entry: Mutation, code: Rejection['code'], reason: string, field?: string): Rejection {
  return { entity: entry.entity, recordId: entry.id, op: entry.op, fields: entry.fields, code, reason, field, madeAt: entry.at }
}

async function acknowledge(db: NastavnikDb, batch: Mutation[], response: PushResponse): Promise<void> {
  const bySeq = new Map(batch.map(entry => [entry.seq, entry]))
  await db.transaction('rw', syncTables(db, new Set(response.restore.map(change => change.entity))), async () => {
    const rejected = response.results.filter(result => result.status === 'rejected' && bySeq.has(result.seq))
    await db.rejections.bulkAdd(rejected.map(r => rejectionOf(bySeq.get(r.seq)!, r.code ?? 'invalid', r.reason ?? '', r.field)))
    await db.outbox.where('seq').belowOrEqual(response.lastSeq).delete()
    await applyServerChanges(db, response.restore)
    if (response.resetCursor)
      await db.meta.delete('cursor')
  })
}

/** One change bigger than the server takes can never be sent: keep it visible as a rejection, not stuck forever. */
async function dropTooLarge(db: NastavnikDb, entry: Mutation): Promise<void> {
  await db.transaction('rw', db.outbox, db.rejections, async () => {
    await db.rejections.add(rejectionOf(entry, 'too_large', 'too_large'))
    await db.outbox.delete(entry.seq)
  })
}
