import type { Change } from '#shared/sync/protocol'
import { describe, expect, it } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { programFields, SyncClient, upsert, useSchoolServer } from './helpers/school.ts'
import { SYNC_BACKENDS } from './helpers/server.ts'

const CLIENTS = 20
const ROUNDS = 3
const PER_PUSH = 10

describe.each(SYNC_BACKENDS)('concurrent pushes on %s', (backend) => {
  const ctx = useSchoolServer(backend)

  it(`applies ${CLIENTS} devices pushing at once, and a pull running alongside misses nothing`, async () => {
    const shared = uuidv7()
    await ctx.school.curator.push(upsert('programs', shared, programFields('Общая программа')))
    const clients = Array.from({ length: CLIENTS }, () => new SyncClient(ctx.server.app, ctx.school.curatorToken))
    const created: string[] = []

    // A device pulling incrementally while the pushes run: if a version could commit after a higher one was
    // pulled, its record would be skipped for good and this replica would end up short.
    const replica = new Map<string, Change>()
    let cursor: string | null = null
    let pushing = true
    const follow = async () => {
      do {
        const page = await ctx.school.curator.pullAll(cursor)
        for (const change of page.changes)
          replica.set(change.id, change)
        cursor = page.cursor
      } while (pushing)
    }
    const follower = follow()

    await Promise.all(clients.map(async (client, c) => {
      for (let round = 0; round < ROUNDS; round++) {
        const ids = Array.from({ length: PER_PUSH }, () => uuidv7())
        created.push(...ids)
        const response = await client.push(
          ...ids.map(id => upsert('programs', id, programFields(`Программа ${c}.${round}`))),
          upsert('programs', shared, { goals: `цели от устройства ${c}, круг ${round}` }),
        )
        expect(response.results.every(r => r.status === 'applied')).toBe(true)
        expect(response.lastSeq).toBe(client.seq)
      }
    }))
    pushing = false
    await follower
    const last = await ctx.school.curator.pullAll(cursor)
    for (const change of last.changes)
      replica.set(change.id, change)

    const rows = await ctx.server.storage.db.selectFrom('records').select(['id', 'version']).where('school_id', '=', ctx.school.schoolId).execute()
    expect(rows).toHaveLength(CLIENTS * ROUNDS * PER_PUSH + 1)
    const versions = rows.map(r => Number(r.version))
    expect(new Set(versions).size).toBe(versions.length)
    const counter = (await ctx.server.storage.db.selectFrom('schools').select('version_counter').where('id', '=', ctx.school.schoolId).executeTakeFirstOrThrow()).version_counter
    expect(Math.max(...versions)).toBeLessThanOrEqual(Number(counter))
    expect(Number(counter)).toBe(1 + CLIENTS * ROUNDS * (PER_PUSH + 1))

    const fromZero = await ctx.school.curator.pullAll(null)
    expect(fromZero.changes.map(c => c.id).sort()).toEqual([shared, ...created].sort())
    expect(new Map([...replica].map(([id, c]) => [id, c.version]))).toEqual(new Map(rows.map(r => [r.id, Number(r.version)])))
    const stored = await ctx.server.storage.db.selectFrom('records').select('data').where('id', '=', shared).executeTakeFirstOrThrow()
    expect(replica.get(shared)!.fields).toEqual(JSON.parse(stored.data))
  })
})
