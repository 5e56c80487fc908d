import { PROTOCOL_VERSION } from '#shared/protocol'
import type { Mutation } from '#shared/sync/mutation'
import { PUSH_BATCH_MAX, PUSH_BATCH_MAX_BYTES } from '#shared/sync/limits'
import type { PullResponse, PushResponse } from '#shared/sync/protocol'
import { ApiFailure } from '../api/client.ts'
import { readMeta } from '../db/meta.ts'
import type { NastavnikDb, Rejection } from '../db/schema.ts'
import { applyServerChanges, syncTables } from './applyChanges.ts'
import { settled } from './settled.ts'
import type { SyncTransport } from './transport.ts'

/** The pull's first page, brought by the push that asked for it, with the cursor it was read from. */
export interface PulledWithPush {
  cursor: string | null
  page: PullResponse
}

/**
 * Sends the outbox in order, in batches under the server's body limit. An entry leaves the outbox only
 * when the server's `lastSeq` covers it, in the same transaction that records its rejection (if any)
 * and restores the server's copy of what was rejected. Batches still go one at a time (the server must
 * see them in order), but the device's work overlaps the network: the next batch is read while this one
 * travels, and this one's answer is written while the next travels. With `withPull`, the batch that empties the
 * outbox asks for the pull's first page too, so a day's work goes and the news comes back in one round trip:
 * that page is returned, for `pullChanges` to start from.
 */
export async function pushOutbox(db: NastavnikDb, transport: SyncTransport, clientId: string, onSent?: (count: number) => void, withPull = false): Promise<PulledWithPush | undefined> {
  let limit = PUSH_BATCH_MAX
  let writing: Promise<void> = Promise.resolve()
  let pulled: PulledWithPush | undefined
  try {
    let taken = await takeBatch(db, limit)
    while (taken.batch.length) {
      const { batch } = taken
      // The cursor as the previous batch's answer left it: that answer may have taken it away.
      const pull = withPull && taken.all ? { cursor: await writing.then(() => readMeta(db, 'cursor')) ?? null } : undefined
      const sending = settled(transport.push({ protocol: PROTOCOL_VERSION, clientId, mutations: batch, ...pull && { pull } }))
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
        taken = await takeBatch(db, limit)
        continue
      }
      await writing
      writing = settled(acknowledge(db, batch, response).then(() => onSent?.(batch.length)))
      // Only the last batch's page saw every write; the server read it from no cursor where this answer takes the device's away.
      pulled = pull && response.pulled && { cursor: response.resetCursor ? null : pull.cursor, page: response.pulled }
      // An answer that does not cover the whole batch leaves its tail in the outbox, to be sent again first.
      taken = response.lastSeq >= batch.at(-1)!.seq ? await next : await writing.then(() => takeBatch(db, limit))
    }
  } finally {
    await writing
  }
  return pulled
}

/** The oldest entries after `afterSeq` (the batch still travelling), as many as fit in one request; `all` when none is left behind. */
async function takeBatch(db: NastavnikDb, limit: number, afterSeq = 0): Promise<{ batch: Mutation[], all: boolean }> {
  const entries = await db.outbox.where('seq').above(afterSeq).limit(limit + 1).toArray() as Mutation[]
  let bytes = 0
  const batch: Mutation[] = []
  for (const entry of entries.slice(0, limit)) {
    bytes += JSON.stringify(entry).length
    if (batch.length && bytes > PUSH_BATCH_MAX_BYTES)
      break
    batch.push(entry)
  }
  return { batch, all: batch.length === entries.length }
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
