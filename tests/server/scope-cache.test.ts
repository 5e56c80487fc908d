import type { KyselyPlugin } from 'kysely'
import type { PushResponse } from '#shared/sync/protocol'
import type { AuthContext } from '../../src/server/auth/guard.ts'
import type { School } from './helpers/school.ts'
import type { TestServer } from './helpers/server.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { PROTOCOL_VERSION } from '#shared/protocol'
import { isEntityName } from '#shared/sync/entityNames'
import { ownTransaction } from '../../src/server/storage/groupCommit.ts'
import { GuardedPushes } from '../../src/server/sync/guarded.ts'
import { push } from '../../src/server/sync/push.ts'
import { RULES } from '../../src/server/sync/rules/index.ts'
import { loadScope, ScopeCache } from '../../src/server/sync/scope.ts'
import { SCOPE_INPUTS } from '../../src/server/sync/scopeInputs.ts'
import { pushedBetween } from './helpers/guard.ts'
import { addMember, anotherSchool, meetingFields, pairFields, programFields, upsert } from './helpers/school.ts'
import { BACKENDS, startTestServer } from './helpers/server.ts'

/** The entities named by the statements run through `server.storage.db` with this plugin, in order, and how many statements ran. */
function entityReads(server: TestServer): { db: typeof server.storage.db, entities: string[], statements: () => number } {
  const entities: string[] = []
  let statements = 0
  const plugin: KyselyPlugin = {
    transformQuery: ({ node, queryId }) => {
      entities.push(...server.storage.db.getExecutor().compileQuery(node, queryId).parameters.filter(p => typeof p === 'string' && isEntityName(p)) as string[])
      return node
    },
    // Once per statement run: a statement of joined writes compiles each of them through `transformQuery`.
    transformResult: ({ result }) => {
      statements++
      return Promise.resolve(result)
    },
  }
  return { db: server.storage.db.withPlugin(plugin), entities, statements: () => statements }
}

/** A mentor with a pair (a program, a mentee with consent) and that pair's mentee with an account of their own. */
async function mentorWithPair(server: TestServer, school: School) {
  const mentor = await addMember(server.app, school, 'Ольга Николаевна Белова')
  const mentee = await addMember(server.app, school, 'Дарья Сергеевна Ким', 'mentee')
  const programId = uuidv7()
  const pairId = uuidv7()
  const pushed = await school.curator.push(upsert('programs', programId, programFields('Учитель – учитель')), upsert('pairs', pairId, pairFields(programId, mentor.personId, [mentee.personId])))
  expect(pushed.results.map(r => r.status)).toEqual(['applied', 'applied'])
  return { mentor, mentee, programId, pairId }
}

const authOf = (schoolId: string, userId: string, role: 'mentor' | 'mentee', personId: string): AuthContext =>
  ({ schoolId, userId, userName: '', role, personId, tokenHash: '', sessionId: '', lastSyncAt: null, head: null })

describe.each(BACKENDS)('kept scopes on %s', (backend) => {
  let server: TestServer
  let schools = 0
  beforeAll(async () => {
    server = await startTestServer(backend)
  })
  afterAll(() => server?.close())
  const newSchool = () => anotherSchool(server, `curator${++schools}`)

  it('reads a scope only from the entities whose writes move the school\'s stamp', async () => {
    const school = await newSchool()
    const { mentor, mentee } = await mentorWithPair(server, school)
    for (const [role, member] of [['mentor', mentor], ['mentee', mentee]] as const) {
      const { db, entities } = entityReads(server)
      const scope = await loadScope(db, authOf(school.schoolId, member.userId, role, member.personId))
      expect(scope.kind).toBe('person')
      // Something was read, so the check below can fail: a hook reading another entity must add it to SCOPE_INPUTS.
      expect(entities.length, role).toBeGreaterThan(0)
      expect(entities.filter(entity => !SCOPE_INPUTS.has(entity as never)), role).toEqual([])
    }
  })

  it('keeps a mentor\'s scope between pushes, and reads it again once the curator writes a pair', async () => {
    const school = await newSchool()
    const { mentor, programId, pairId } = await mentorWithPair(server, school)
    const auth = authOf(school.schoolId, mentor.userId, 'mentor', mentor.personId)
    const scopes = new ScopeCache()
    const clientId = uuidv7()
    let seq = 0
    const meeting = async (pair: string) => {
      const { db, entities } = entityReads(server)
      const mutation = { seq: ++seq, entity: 'meetings', id: uuidv7(), op: 'upsert' as const, fields: meetingFields(pair), at: new Date().toISOString() }
      const response = await push(ownTransaction(db), auth, { protocol: PROTOCOL_VERSION, clientId, mutations: [mutation] }, scopes)
      // The scope's own read: the school's campaigns, which no meeting's rule reads.
      return { status: response.results[0]?.status, readScope: entities.includes('surveyCampaigns') }
    }

    expect(await meeting(pairId)).toEqual({ status: 'applied', readScope: true })
    expect(await meeting(pairId)).toEqual({ status: 'applied', readScope: false })

    const another = await addMember(server.app, school, 'Павел Андреевич Орлов', 'mentee')
    const newPair = uuidv7()
    const pushed = await school.curator.push(upsert('pairs', newPair, pairFields(programId, mentor.personId, [another.personId])))
    expect(pushed.results.map(r => r.status)).toEqual(['applied'])
    // A kept scope would lack the new pair and refuse the meeting in it.
    expect(await meeting(newPair)).toEqual({ status: 'applied', readScope: true })
    expect(await meeting(newPair)).toEqual({ status: 'applied', readScope: false })
  })

  it('keeps what a meeting\'s rules read between pushes, and reads it again once the curator changes the pair', async () => {
    const school = await newSchool()
    const { mentor, pairId } = await mentorWithPair(server, school)
    const auth = authOf(school.schoolId, mentor.userId, 'mentor', mentor.personId)
    const scopes = new ScopeCache()
    const clientId = uuidv7()
    let seq = 0
    const meeting = async (date: string) => {
      const { db, entities, statements } = entityReads(server)
      const mutation = { seq: ++seq, entity: 'meetings', id: uuidv7(), op: 'upsert' as const, fields: meetingFields(pairId, { date }), at: new Date().toISOString() }
      const response = await push(ownTransaction(db), auth, { protocol: PROTOCOL_VERSION, clientId, mutations: [mutation] }, scopes)
      // The rules' reads: the meeting's pair, its people and their consents.
      return { problem: response.results[0]?.problem, read: ['pairs', 'people', 'consents'].filter(entity => entities.includes(entity)), statements: statements() }
    }

    expect(await meeting('2024-12-02')).toMatchObject({ problem: undefined, read: ['pairs', 'people', 'consents'] })
    // Each a round trip on PostgreSQL (besides BEGIN and COMMIT): the device's row with the school's counter, the
    // meeting's stored copy, and its writes (the record, the log) joined in one statement; SQLite runs them apart.
    expect(await meeting('2024-12-03')).toEqual({ problem: undefined, read: [], statements: backend === 'postgres' ? 3 : 5 })
    const shortened = await school.curator.push(upsert('pairs', pairId, { plannedEndDate: '2024-12-03' }))
    expect(shortened.results.map(r => r.status)).toEqual(['applied'])
    // Kept reads would still hold the pair running to May, and take the meeting.
    expect(await meeting('2024-12-04')).toMatchObject({ problem: 'after_pair_end', read: ['pairs', 'people', 'consents'] })
  })

  it('reads for a push\'s rules only entities whose writes move the school\'s stamp, so kept reads are never stale', () => {
    const reads = Object.values(RULES).flatMap(rule => rule.reads ?? [])
    expect(reads.length).toBeGreaterThan(0)
    expect(reads.filter(entity => !SCOPE_INPUTS.has(entity))).toEqual([])
  })
})

describe('kept scopes of guarded pushes on postgres', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer('postgres')
  })
  afterAll(() => server?.close())

  it('keeps what a guarded push read only once its guard held', async () => {
    const school = await anotherSchool(server, 'guarded')
    const { mentor, pairId } = await mentorWithPair(server, school)
    const auth = authOf(school.schoolId, mentor.userId, 'mentor', mentor.personId)
    const scopes = new ScopeCache()
    const clientId = uuidv7()
    let seq = 0
    const request = () => ({ protocol: PROTOCOL_VERSION, clientId, mutations: [{ seq: ++seq, entity: 'meetings', id: uuidv7(), op: 'upsert' as const, fields: meetingFields(pairId), at: new Date().toISOString() }] })
    // Whether a push read the scope (the school's campaigns, which no meeting's rule reads) and what it answered.
    const pushed = async (send: (db: TestServer['storage']['db']) => Promise<PushResponse | null>) => {
      const { db, entities } = entityReads(server)
      const response = await send(db)
      return { status: response?.results[0]?.status ?? null, readScope: entities.includes('surveyCampaigns') }
    }
    // The device's first push makes its row, in its transaction, keeping nothing in `scopes`.
    expect(await pushed(db => push(ownTransaction(db), auth, request(), new ScopeCache()))).toEqual({ status: 'applied', readScope: true })

    // A writer of the school holds its counter: the guarded push reads the scope, waits, and its guard fails.
    expect(await pushedBetween(server.storage.db, school.schoolId, () => pushed(db => new GuardedPushes(db).push(auth, request(), scopes)))).toEqual({ status: null, readScope: true })
    seq--

    // What it read was not kept; what a guarded push that held read is.
    const guarded = (db: TestServer['storage']['db']) => new GuardedPushes(db).push(auth, request(), scopes)
    expect(await pushed(guarded)).toEqual({ status: 'applied', readScope: true })
    expect(await pushed(guarded)).toEqual({ status: 'applied', readScope: false })
  })
})
