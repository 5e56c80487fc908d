import type { PullResponse } from '#shared/sync/protocol'
import type { TestServer } from './helpers/server.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { PROTOCOL_VERSION, PULL_STREAM_TYPE } from '#shared/protocol'
import { PULL_PAGE_ROWS, PULLED_WITH_PUSH_ROWS, PUSH_BATCH_MAX } from '#shared/sync/limits'
import { hashToken } from '../../src/server/auth/tokens.ts'
import { anotherSchool, byId, programFields, remove, SyncClient, upsert } from './helpers/school.ts'
import { SYNC_BACKENDS, bearer, post, startTestServer } from './helpers/server.ts'
import { statementsRun } from './helpers/sqlAudit.ts'

/** Creates `count` programs in pushes of the client's batch size; returns their ids. */
async function bulkPrograms(client: SyncClient, count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, () => uuidv7())
  for (let i = 0; i < ids.length; i += PUSH_BATCH_MAX) {
    const response = await client.push(...ids.slice(i, i + PUSH_BATCH_MAX).map((id, j) => upsert('programs', id, programFields(`Программа ${i + j}`))))
    expect(response.results.every(r => r.status === 'applied')).toBe(true)
  }
  return ids
}

describe.each(SYNC_BACKENDS)('pull on %s', (backend) => {
  let server: TestServer
  let schools = 0
  beforeAll(async () => {
    server = await startTestServer(backend)
  })
  afterAll(() => server?.close())

  // Each test has a school of its own, so counts and versions do not depend on test order.
  const newSchool = () => anotherSchool(server, `curator${++schools}`)

  it('first pull is a reset with every live record; the next only what changed since', async () => {
    const { curator } = await newSchool()
    const [kept, edited, removed] = (await bulkPrograms(curator, 3)) as [string, string, string]
    const goneBefore = uuidv7()
    await curator.push(upsert('programs', goneBefore, programFields('Удалена до первого pull')), remove('programs', goneBefore))

    const first = await curator.pullAll(null)
    expect(first.reset).toBe(true)
    expect(first.changes.map(c => c.id).sort()).toEqual([kept, edited, removed].sort())
    expect(byId(first.changes).get(kept)).toMatchObject({ entity: 'programs', deleted: 0, fields: programFields('Программа 0') })

    await curator.push(upsert('programs', edited, { goals: 'новые цели' }), remove('programs', removed))
    const second = await curator.pull(first.cursor)
    expect(second.reset).toBe(false)
    expect(second.more).toBe(false)
    expect(second.changes).toEqual([
      expect.objectContaining({ id: edited, deleted: 0, fields: expect.objectContaining({ goals: 'новые цели' }) }),
      expect.objectContaining({ id: removed, deleted: 1, fields: {} }),
    ])
    expect(second.changes[0]!.version).toBeLessThan(second.changes[1]!.version)
    expect(second.cursor).not.toBe(first.cursor)
  })

  it('notes the device\'s sync on its session, for the curator\'s list of devices', async () => {
    const { curator } = await newSchool()
    const lastSync = async () => (await server.storage.db.selectFrom('sessions').select('last_sync_at').where('token_hash', '=', hashToken(curator.token)).executeTakeFirstOrThrow()).last_sync_at
    expect(await lastSync()).toBeNull()
    await curator.pull(null)
    expect(Date.now() - Date.parse((await lastSync())!)).toBeLessThan(10_000)
  })

  it('sends every field back exactly as pushed: quotes, backslashes, line separators, emoji and Cyrillic', async () => {
    const { curator } = await newSchool()
    const id = uuidv7()
    const tricky = programFields('«Кавычки» "двойные" \\ обратная косая\u2028разделитель строк 🎓 ё')
    await curator.push(upsert('programs', id, { ...tricky, goals: 'строка\nперенос\t\u0001управляющий' }))
    const page = await curator.pullAll(null)
    expect(byId(page.changes).get(id)?.fields).toEqual({ ...tricky, goals: 'строка\nперенос\t\u0001управляющий' })
  })

  it('sends a page as lines to a client that asks for them: the head first, then each change as the JSON form has it', async () => {
    const { curator, curatorToken } = await newSchool()
    const ids = await bulkPrograms(curator, PULL_PAGE_ROWS + 1)
    await curator.push(upsert('programs', ids[0]!, { goals: 'строка\nперенос\u2028разделитель' }))
    const asLines = (cursor: string | null) => post(server.app, '/api/sync/pull', { protocol: PROTOCOL_VERSION, cursor }, { ...bearer(curatorToken), accept: `${PULL_STREAM_TYPE}, application/json` })
    let cursor: string | null = null
    for (let page = 0; page < 3; page++) {
      const whole = await curator.pull(cursor)
      const response = await asLines(cursor)
      expect(response.statusCode).toBe(200)
      expect(response.headers['content-type']).toBe(`${PULL_STREAM_TYPE}; charset=utf-8`)
      const [head, ...lines] = response.body.split('\n')
      expect(lines.pop()).toBe('')
      const { changes, ...rest } = whole
      expect(JSON.parse(head!)).toEqual(rest)
      expect(lines.map(line => JSON.parse(line) as unknown)).toEqual(changes)
      cursor = whole.cursor
    }
    // The last of the three was a pull at the head: its head alone.
    expect((await asLines(cursor)).body).toBe(`${JSON.stringify({ cursor, reset: false, more: false })}\n`)
    // Refusals stay JSON, whatever the client reads.
    const refused = await post(server.app, '/api/sync/pull', { protocol: PROTOCOL_VERSION, cursor: 5 }, { ...bearer(curatorToken), accept: PULL_STREAM_TYPE })
    expect(refused.statusCode).toBe(400)
    expect(JSON.parse(refused.body)).toMatchObject({ error: 'bad_request' })
  })

  it('answers a push that asks for the pull with the page read after its writes, in the same response', async () => {
    const { curator } = await newSchool()
    const [mine, theirs] = [uuidv7(), uuidv7()]
    const { cursor } = await curator.pullAll(null)
    // Another device of the school writes after this one last pulled: the same request brings it back.
    const other = new SyncClient(curator.app, curator.token)
    await other.push(upsert('programs', theirs, programFields('С другого устройства')))
    const sent = await curator.pushAndPull(cursor, upsert('programs', mine, programFields('Своя')))
    expect(sent.results).toEqual([{ seq: curator.seq, status: 'applied' }])
    const pulled = sent.pulled!
    expect(pulled).toMatchObject({ reset: false, more: false })
    expect(pulled.changes.map(c => c.id)).toEqual([theirs, mine])
    // The page is the one a pull from that cursor gives now: same cursor, so the next pull is a no-op.
    expect(pulled).toEqual(await curator.pull(cursor))
    expect((await curator.pull(pulled.cursor)).changes).toEqual([])
    // A push that asks for nothing is answered as before.
    expect((await curator.push(upsert('programs', mine, { goals: 'ещё' }))).pulled).toBeUndefined()
  })

  it('gives a push\'s pull page from the start to a device with no cursor, a short page, the rest in the pull\'s own', async () => {
    const { curator } = await newSchool()
    await bulkPrograms(curator, PULLED_WITH_PUSH_ROWS + PULL_PAGE_ROWS - 1)
    const sent = await curator.pushAndPull(null, upsert('programs', uuidv7(), programFields('Ещё одна')))
    expect(sent.pulled).toMatchObject({ reset: true, more: true })
    expect(sent.pulled!.changes).toHaveLength(PULLED_WITH_PUSH_ROWS)
    const rest = await curator.pullAll(sent.pulled!.cursor)
    expect(rest).toMatchObject({ reset: false, pages: 1 })
    expect(rest.changes).toHaveLength(PULL_PAGE_ROWS)
  })

  it('treats an unreadable cursor, or one ahead of the server, as no cursor', async () => {
    const { curator } = await newSchool()
    await bulkPrograms(curator, 2)
    const { cursor } = await curator.pullAll(null)
    for (const bad of ['garbage', '', '12', `999999.${cursor.split('.')[1]}`, `1.${'x'.repeat(16)}`]) {
      const page = await curator.pull(bad)
      expect(page.reset, bad).toBe(true)
      expect(page.changes).toHaveLength(2)
    }
  })

  it('answers a pull with nothing new in a small body whose size does not grow with the data', async () => {
    const { curator, curatorToken } = await newSchool()
    const noop = async (records: number) => {
      const { cursor } = await curator.pullAll(null)
      const response = await post(server.app, '/api/sync/pull', { protocol: PROTOCOL_VERSION, cursor }, bearer(curatorToken))
      expect(JSON.parse(response.body)).toEqual({ cursor, reset: false, changes: [], more: false })
      expect(response.body.length, `${records} records`).toBeLessThan(200)
      // The cursor carries the version, whose digits are the only thing that may differ.
      return response.body.length - cursor.split('.')[0]!.length
    }
    await bulkPrograms(curator, 50)
    const small = await noop(50)
    await bulkPrograms(curator, 2950)
    expect(await noop(3000)).toBe(small)
  })

  it('answers a pull at the head with one statement: the session, which brings the school\'s head with it', async () => {
    const { curator, curatorToken } = await newSchool()
    await bulkPrograms(curator, 3)
    const { cursor } = await curator.pullAll(null)
    const before = statementsRun()
    const response = await post(server.app, '/api/sync/pull', { protocol: PROTOCOL_VERSION, cursor }, bearer(curatorToken))
    expect(JSON.parse(response.body)).toMatchObject({ cursor, changes: [] })
    expect(statementsRun() - before).toBe(1)
    // One more write, and the same cursor is behind: the head the session brought is the school's of now.
    await bulkPrograms(curator, 1)
    const behind = await post(server.app, '/api/sync/pull', { protocol: PROTOCOL_VERSION, cursor }, bearer(curatorToken))
    expect((JSON.parse(behind.body) as PullResponse).changes).toHaveLength(1)
  })

  it(`pages through more than ${PULL_PAGE_ROWS} rows, each exactly once, writes between pages included`, async () => {
    const { curator } = await newSchool()
    const ids = await bulkPrograms(curator, PULL_PAGE_ROWS + 500)

    const first = await curator.pull(null)
    expect(first).toMatchObject({ reset: true, more: true })
    expect(first.changes).toHaveLength(PULL_PAGE_ROWS)
    // Between the pages: an edit of a row already sent, and a new row.
    const late = uuidv7()
    await curator.push(upsert('programs', ids[0]!, { goals: 'изменено между страницами' }), upsert('programs', late, programFields('Поздняя')))
    const rest = await curator.pullAll(first.cursor)
    expect(rest.reset).toBe(false)

    const all = [...first.changes, ...rest.changes]
    const versions = all.map(c => c.version)
    expect(new Set(versions).size).toBe(versions.length)
    expect(versions).toEqual([...versions].sort((a, b) => a - b))
    const latest = byId(all)
    expect(latest.size).toBe(ids.length + 1)
    expect(latest.get(ids[0]!)!.fields.goals).toBe('изменено между страницами')
    expect(latest.has(late)).toBe(true)
    // ids[0] came twice (before and after its edit); every other record once.
    expect(all.length).toBe(ids.length + 2)

    expect((await curator.pull(rest.cursor)).changes).toEqual([])
  })
})
