import { liveQuery } from 'dexie'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Change, PullResponse } from '#shared/sync/protocol'
import { readMeta, writeMeta } from '../../../src/app/db/meta.ts'
import { type NastavnikDb, openDatabase } from '../../../src/app/db/schema.ts'
import { pullChanges } from '../../../src/app/sync/pull.ts'
import { wholePage } from '../../../src/app/sync/pullStream.ts'
import type { SyncTransport } from '../../../src/app/sync/transport.ts'

let db: NastavnikDb
afterEach(async () => {
  vi.restoreAllMocks()
  await db.delete()
})

function pages(list: PullResponse[]): { transport: SyncTransport, cursors: Array<string | null> } {
  const cursors: Array<string | null> = []
  return {
    cursors,
    transport: {
      push: () => { throw new Error('not used') },
      pull: async (request) => {
        cursors.push(request.cursor)
        return wholePage(list.shift()!)
      },
    },
  }
}

const change = (id: string) => ({ entity: 'programs' as const, id, version: 1, deleted: 0 as const, fields: { name: id } })

describe('pullChanges', () => {
  it('follows the cursor page by page, saving each, and reports how far it got', async () => {
    db = openDatabase(`pull-${Math.random()}`)
    const { transport, cursors } = pages([
      { cursor: 'c1', reset: true, more: true, changes: [change('a')], position: { from: 0, at: 100, head: 300 } },
      { cursor: 'c2', reset: false, more: true, changes: [change('b')], position: { from: 100, at: 200, head: 300 } },
      { cursor: 'c3', reset: false, more: false, changes: [change('c')], position: { from: 200, at: 300, head: 300 } },
    ])
    const fractions: Array<number | undefined> = []
    await pullChanges(db, transport, (_n, fraction) => fractions.push(fraction))
    expect(cursors).toEqual([null, 'c1', 'c2'])
    expect(fractions.map(f => f?.toFixed(2))).toEqual(['0.33', '0.67', '1.00'])
    expect(await readMeta(db, 'cursor')).toBe('c3')
    expect((await db.programs.toArray()).map(p => p.id).sort()).toEqual(['a', 'b', 'c'])
  })

  it('asks for the next page before writing the one it has, so the two overlap', async () => {
    db = openDatabase(`pull-${Math.random()}`)
    const { transport, cursors } = pages([
      { cursor: 'c1', reset: true, more: true, changes: [change('a')] },
      { cursor: 'c2', reset: false, more: false, changes: [change('b')] },
    ])
    const askedWhenWritten: number[] = []
    await pullChanges(db, transport, () => askedWhenWritten.push(cursors.length))
    expect(askedWhenWritten).toEqual([2, 2])
    expect(await readMeta(db, 'cursor')).toBe('c2')
  })

  it('asks for the next page once this one\'s head is in, while its changes still arrive', async () => {
    db = openDatabase(`pull-${Math.random()}`)
    const cursors: Array<string | null> = []
    let arrive!: (changes: Change[]) => void
    const transport: SyncTransport = {
      push: () => { throw new Error('not used') },
      pull: async (request) => {
        cursors.push(request.cursor)
        if (request.cursor === null)
          return { head: { cursor: 'c1', reset: true, more: true }, changes: new Promise<Change[]>((resolve) => { arrive = resolve }) }
        // The first page's changes arrive only after the second page was asked for.
        arrive([change('a')])
        return wholePage({ cursor: 'c2', reset: false, more: false, changes: [change('b')] })
      },
    }
    await pullChanges(db, transport)
    expect(cursors).toEqual([null, 'c1'])
    expect((await db.programs.toArray()).map(p => p.id).sort()).toEqual(['a', 'b'])
    expect(await readMeta(db, 'cursor')).toBe('c2')
  })

  it('drops a page whose cursor was moved by someone else meanwhile and starts again from theirs', async () => {
    db = openDatabase(`pull-${Math.random()}`)
    const cursors: Array<string | null> = []
    const transport: SyncTransport = {
      push: () => { throw new Error('not used') },
      pull: async (request) => {
        cursors.push(request.cursor)
        if (request.cursor === null) {
          await writeMeta(db, 'cursor', 'other-tab')
          return wholePage({ cursor: 'c1', reset: true, more: false, changes: [change('stale')] })
        }
        return wholePage({ cursor: 'c2', reset: false, more: false, changes: [change('fresh')] })
      },
    }
    await pullChanges(db, transport)
    expect(cursors).toEqual([null, 'other-tab'])
    expect((await db.programs.toArray()).map(p => p.id)).toEqual(['fresh'])
    expect(await readMeta(db, 'cursor')).toBe('c2')
  })

  it('writes its pages without waiting for the disk flush, while a person\'s writes wait for it; the screens\' live queries see the pages', async () => {
    db = openDatabase(`pull-${Math.random()}`)
    // Spied through: each transaction is still opened, its stores, mode and options recorded.
    const opened = vi.spyOn(IDBDatabase.prototype, 'transaction')
    const seen: string[][] = []
    const watching = liveQuery(() => db.programs.toCollection().primaryKeys()).subscribe(ids => seen.push(ids.map(String)))
    await db.meta.put({ key: 'clientId', value: 'device' })
    const { transport } = pages([{ cursor: 'c1', reset: true, more: false, changes: [change('a'), change('b')] }])
    await pullChanges(db, transport)
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['a', 'b']))
    watching.unsubscribe()
    const writes = opened.mock.calls.filter(([, mode]) => mode === 'readwrite')
      .map(([stores, , options]) => [[...(typeof stores === 'string' ? [stores] : stores)].sort().join(','), options?.durability])
    expect(writes).toEqual([['meta', undefined], [expect.stringContaining('programs'), 'relaxed']])
  })
})
