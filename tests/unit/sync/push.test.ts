import { afterEach, describe, expect, it } from 'vitest'
import type { Mutation } from '#shared/sync/mutation'
import type { PullResponse, PushRequest, PushResponse } from '#shared/sync/protocol'
import { ApiFailure } from '../../../src/app/api/client.ts'
import { readMeta, writeMeta } from '../../../src/app/db/meta.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { type NastavnikDb, openDatabase } from '../../../src/app/db/schema.ts'
import { createSyncEngine } from '../../../src/app/sync/engine.ts'
import { pushOutbox } from '../../../src/app/sync/push.ts'
import { wholePage } from '../../../src/app/sync/pullStream.ts'
import { rejectionFile, writtenValues } from '../../../src/app/sync/rejectedRecord.ts'
import { formatDate } from '../../../src/app/i18n/index.ts'
import type { SyncTransport } from '../../../src/app/sync/transport.ts'

const CLIENT = '0190a1b2-0000-7000-8000-0000000000aa'
let db: NastavnikDb
afterEach(() => db.delete())

async function queue(count: number): Promise<void> {
  db = openDatabase(`push-${Math.random()}`)
  for (let i = 0; i < count; i++)
    await mutate(db, 'programs', `p${i}`, 'upsert', { name: `Программа ${i}` })
}

/** A server stand-in that accepts everything up to `limit` mutations per request and answers 413 above it. */
function acceptingUpTo(limit: number, sizes: number[]): SyncTransport {
  return {
    push: async (request: PushRequest): Promise<PushResponse> => {
      sizes.push(request.mutations.length)
      if (request.mutations.length > limit)
        throw new ApiFailure(413, { error: 'too_large', message: 'too large' })
      const results = request.mutations.map(m => ({ seq: m.seq, status: 'applied' as const }))
      return { lastSeq: Math.max(...request.mutations.map(m => m.seq)), results, restore: [] }
    },
    pull: () => { throw new Error('not used') },
  }
}

describe('pushOutbox', () => {
  it('halves the batch on 413 until the server takes it, and empties the outbox', async () => {
    await queue(700)
    const sizes: number[] = []
    await pushOutbox(db, acceptingUpTo(150, sizes), CLIENT)
    expect(sizes.slice(0, 3)).toEqual([500, 250, 125])
    expect(sizes.slice(3).every(n => n <= 125)).toBe(true)
    expect(sizes.slice(2).reduce((a, b) => a + b, 0)).toBe(700)
    expect(await db.outbox.count()).toBe(0)
  })

  it('sends the next batch while the answer to the previous one is written, each change once and in order', async () => {
    await queue(1200)
    const events: string[] = []
    const seqs: number[] = []
    const sizes: number[] = []
    const server = acceptingUpTo(500, sizes)
    const watched: SyncTransport = { ...server, push: (request) => {
      events.push(`push ${request.mutations.length}`)
      seqs.push(...request.mutations.map(m => m.seq))
      return server.push(request)
    } }
    await pushOutbox(db, watched, CLIENT, n => events.push(`written ${n}`))
    expect(events.slice(0, 3)).toEqual(['push 500', 'push 500', 'written 500'])
    expect(events).toHaveLength(6)
    expect(seqs).toHaveLength(1200)
    expect(seqs.every((seq, i) => i === 0 || seq > seqs[i - 1]!)).toBe(true)
    expect(await db.outbox.count()).toBe(0)
  })

  it('keeps what the server did not acknowledge and stops on a network failure', async () => {
    await queue(3)
    let calls = 0
    const flaky: SyncTransport = {
      push: async (request) => {
        calls++
        if (calls === 1)
          return { lastSeq: request.mutations[0]!.seq, results: [{ seq: request.mutations[0]!.seq, status: 'applied' }], restore: [] }
        throw new ApiFailure(0, null)
      },
      pull: () => { throw new Error('not used') },
    }
    await expect(pushOutbox(db, flaky, CLIENT)).rejects.toBeInstanceOf(ApiFailure)
    expect((await db.outbox.toArray()).map(e => e.id)).toEqual(['p1', 'p2'])
  })

  it('records a rejection for its author and puts the server copy back', async () => {
    await queue(1)
    await mutate(db, 'programs', 'p0', 'upsert', { name: '' })
    const rejecting: SyncTransport = {
      push: async (request) => {
        const [first, second] = request.mutations as [Mutation, Mutation]
        return {
          lastSeq: second.seq,
          results: [{ seq: first.seq, status: 'applied' }, { seq: second.seq, status: 'rejected', code: 'invalid', problem: 'required', field: 'name' }],
          restore: [{ entity: 'programs', id: 'p0', version: 7, deleted: 0, fields: { name: 'Программа 0' } }],
        }
      },
      pull: () => { throw new Error('not used') },
    }
    await pushOutbox(db, rejecting, CLIENT)
    expect(await db.outbox.count()).toBe(0)
    expect(await db.programs.get('p0')).toMatchObject({ name: 'Программа 0', deleted: 0 })
    const [rejection] = await db.rejections.toArray()
    expect(rejection).toMatchObject({ entity: 'programs', recordId: 'p0', code: 'invalid', problem: 'required', field: 'name', fields: { name: '' } })
  })
})

describe('a sync with work to send', () => {
  const page = (cursor: string, changes: PullResponse['changes'] = []): PullResponse => ({ cursor, reset: false, more: false, changes })

  it('asks for the pull only with the batch that empties the outbox, from the device\'s cursor', async () => {
    await queue(700)
    await writeMeta(db, 'cursor', 'c0')
    const asked: Array<{ cursor: string | null } | undefined> = []
    const server = acceptingUpTo(500, [])
    const answering: SyncTransport = { ...server, push: async (request) => {
      asked.push(request.pull)
      return { ...await server.push(request), ...request.pull && { pulled: page('c1') } }
    } }
    const pulled = await pushOutbox(db, answering, CLIENT, undefined, true)
    expect(asked).toEqual([undefined, { cursor: 'c0' }])
    expect(pulled).toEqual({ cursor: 'c0', page: page('c1') })
  })

  it('goes out and comes back in one request: the push\'s answer is the pull\'s page, written with its cursor', async () => {
    await queue(5)
    await writeMeta(db, 'cursor', 'c0')
    const paths: string[] = []
    const server = acceptingUpTo(500, [])
    const transport: SyncTransport = {
      push: async (request) => {
        paths.push('push')
        return { ...await server.push(request), pulled: page('c1', [{ entity: 'programs', id: 'theirs', version: 9, deleted: 0, fields: { name: 'С другого устройства' } }]) }
      },
      pull: async () => {
        paths.push('pull')
        return wholePage(page('c1'))
      },
    }
    const failures: unknown[] = []
    const engine = createSyncEngine(db, () => transport, { started: () => {}, progress: () => {}, finished: failure => failures.push(failure) })
    await engine.syncNow()
    expect(failures).toEqual([null])
    expect(paths).toEqual(['push'])
    expect(await db.outbox.count()).toBe(0)
    expect(await readMeta(db, 'cursor')).toBe('c1')
    expect(await db.programs.get('theirs')).toMatchObject({ name: 'С другого устройства' })
  })

  it('applies the page of an answer that also took the cursor away: read from none, it starts the device afresh', async () => {
    await queue(1)
    await writeMeta(db, 'cursor', 'c0')
    await db.programs.put({ id: 'handed-on', name: 'Пара, что ушла', status: 'active', deleted: 0 } as never)
    const paths: string[] = []
    const server = acceptingUpTo(500, [])
    const transport: SyncTransport = {
      push: async (request) => {
        paths.push(`push from ${request.pull?.cursor}`)
        return { ...await server.push(request), resetCursor: true, pulled: { ...page('c9', ['kept', 'p0'].map(id => ({ entity: 'programs' as const, id, version: 9, deleted: 0 as const, fields: { name: id } }))), reset: true } }
      },
      pull: async () => {
        paths.push('pull')
        return wholePage(page('c9'))
      },
    }
    await createSyncEngine(db, () => transport, { started: () => {}, progress: () => {}, finished: () => {} }).syncNow()
    expect(paths).toEqual(['push from c0'])
    expect(await readMeta(db, 'cursor')).toBe('c9')
    expect((await db.programs.toArray()).map(p => p.id).sort()).toEqual(['kept', 'p0'])
  })

  it('pulls afresh when the page the push brought was read from a cursor the device no longer has', async () => {
    await queue(1)
    await writeMeta(db, 'cursor', 'c0')
    const cursors: Array<string | null> = []
    const server = acceptingUpTo(500, [])
    const transport: SyncTransport = {
      push: async (request) => {
        // Another tab moves the cursor while the answer travels.
        await writeMeta(db, 'cursor', 'c5')
        return { ...await server.push(request), pulled: page('c1') }
      },
      pull: async (request) => {
        cursors.push(request.cursor)
        return wholePage(page('c6'))
      },
    }
    await createSyncEngine(db, () => transport, { started: () => {}, progress: () => {}, finished: () => {} }).syncNow()
    expect(cursors).toEqual(['c5'])
    expect(await readMeta(db, 'cursor')).toBe('c6')
  })
})

describe('a refused record', () => {
  it('is kept whole as this device had it, although the server\'s copy replaces it, and reads as what was written', async () => {
    db = openDatabase(`push-keep-${Math.random()}`)
    await mutate(db, 'meetings', 'm1', 'create', { pairId: '0190a1b2-0000-7000-8000-000000000001', date: '2026-11-20', kind: 'work', durationMin: 45, format: 'in_person', attendeeIds: [], topic: 'Разбор контрольной', notes: 'Решили три задачи', planItemIds: [], nextDate: '' })
    await mutate(db, 'meetings', 'm1', 'upsert', { notes: 'Решили три задачи и договорились о следующей' })
    const refusing: SyncTransport = {
      push: async request => ({
        lastSeq: request.mutations.at(-1)!.seq,
        results: request.mutations.map(m => ({ seq: m.seq, status: 'rejected' as const, code: 'forbidden' as const, problem: 'foreign_pair' as const })),
        restore: [{ entity: 'meetings', id: 'm1', version: 0, deleted: 1, fields: {} }],
      }),
      pull: () => { throw new Error('not used') },
    }
    await pushOutbox(db, refusing, CLIENT)
    const rejections = await db.rejections.toArray()
    expect(rejections).toHaveLength(2)
    for (const rejection of rejections)
      expect(rejection.record).toMatchObject({ topic: 'Разбор контрольной', notes: 'Решили три задачи и договорились о следующей', date: '2026-11-20' })
    expect(writtenValues(rejections[1]!.record!)).toEqual([formatDate('2026-11-20'), 'Разбор контрольной', 'Решили три задачи и договорились о следующей'])
    expect(writtenValues(rejections[1]!.record!).some(v => v.includes('0190a1b2'))).toBe(false)
    const file = await rejectionFile(rejections[1]!, 'Встреча: нет прав').text()
    expect(file).toContain('Решили три задачи и договорились о следующей')
    expect(JSON.parse(file.slice(file.indexOf('{')))).toMatchObject({ entity: 'meetings', id: 'm1', record: { topic: 'Разбор контрольной' } })
  })
})
