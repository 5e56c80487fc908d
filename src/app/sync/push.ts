import { PROTOCOL_VERSION } from '#shared/protocol'
import type { Mutation } from '#shared/sync/mutation'
import { PUSH_BATCH_MAX, PUSH_BATCH_MAX_BYTES } from '#shared/sync/limits'
import type { PushResponse } from '#shared/sync/protocol'
import { ApiFailure } from '../api/client.ts'
import type { NastavnikDb, Rejection } from '../db/schema.ts'
import { applyServerChanges, syncTables } from './applyChanges.ts'
import { settled } from './settled.ts'
import type { SyncTransport } from './transport.ts'

/**
 * Sends the outbox in order, in batches under the server's body limit. An entry leaves the outbox only
 * when the server's `lastSeq` covers it, in the same transaction that records its rejection (if any)
 * and restores the server's copy of what was rejected. Batches still go one at a time (the server must
 * see them in order), but the device's work overlaps the network: the next batch is read while this one
 * travels, and this one's answer is written while the next travels.
 */
export async function pushOutbox(db: NastavnikDb, transport: SyncTransport, clientId: string, onSent?: (count: number) => void): Promise<void> {
  let limit = PUSH_BATCH_MAX
  let writing: Promise<void> = Promise.resolve()
  try {
    let batch = await takeBatch(db, limit)
    while (batch.length) {
      const sending = settled(transport.push({ protocol: PROTOCOL_VERSION, clientId, mutations: batch }))
      const next = settled(takeBatch(db, limit, batch.at(-1)!.seq))
      let response: PushResponse
      try {
        response = await sending
      } catch (error) {
        if (!(error instanceof ApiFailure) || error.status !== 413)
          throw error
        await writing
        if (limit === 1)
          await dropTooLarge(db, batch[0]!)
        limit = Math.max(1, Math.floor(limit / 2))
        batch = await takeBatch(db, limit)
        continue
      }
      await writing
      const sent = batch
      writing = settled(acknowledge(db, sent, response).then(() => onSent?.(sent.length)))
      // An answer that does not cover the whole batch leaves its tail in the outbox, to be sent again first.
      batch = response.lastSeq >= sent.at(-1)!.seq ? await next : await writing.then(() => takeBatch(db, limit))
    }
  } finally {
    await writing
  }
}

/** The oldest entries after `afterSeq` (the batch still travelling), as many as fit in one request. */
async function takeBatch(db: NastavnikDb, limit: number, afterSeq = 0): Promise<Mutation[]> {
  const entries = await db.outbox.where('seq').above(afterSeq).limit(limit).toArray() as Mutation[]
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

function rejectionOf(entry: Mutation, why: Pick<Rejection, 'code' | 'problem' | 'params' | 'reason' | 'field'>, record?: Record<string, unknown>): Rejection {
  return { entity: entry.entity, recordId: entry.id, op: entry.op, fields: entry.fields, ...why, madeAt: entry.at, ...(record && { record }) }
}

async function acknowledge(db: NastavnikDb, batch: Mutation[], response: PushResponse): Promise<void> {
  const bySeq = new Map(batch.map(entry => [entry.seq, entry]))
  const rejected = response.results.filter(result => result.status === 'rejected' && bySeq.has(result.seq))
  const touched = new Set([...response.restore.map(change => change.entity), ...rejected.map(result => bySeq.get(result.seq)!.entity)])
  await db.transaction('rw', syncTables(db, touched), async () => {
    // Each refused record as it stands here now, before the server's copy is written over it below.
    const records = await Promise.all(rejected.map(({ seq }) => db.table(bySeq.get(seq)!.entity).get(bySeq.get(seq)!.id) as Promise<Record<string, unknown> | undefined>))
    await db.rejections.bulkAdd(rejected.map(({ seq, code = 'invalid', problem, params, reason, field }, i) => rejectionOf(bySeq.get(seq)!, { code, problem, params, reason, field }, records[i])))
    await db.outbox.where('seq').belowOrEqual(response.lastSeq).delete()
    await applyServerChanges(db, response.restore)
    if (response.resetCursor)
      await db.meta.delete('cursor')
  })
}

/** One change bigger than the server takes can never be sent: keep it visible as a rejection, not stuck forever. */
async function dropTooLarge(db: NastavnikDb, entry: Mutation): Promise<void> {
  await db.transaction('rw', db.table(entry.entity), db.outbox, db.rejections, async () => {
    await db.rejections.add(rejectionOf(entry, { code: 'too_large' }, await db.table(entry.entity).get(entry.id) as Record<string, unknown> | undefined))
    await db.outbox.delete(entry.seq)
  })
}
