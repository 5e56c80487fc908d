import { expect } from 'vitest'
import { ENTITIES, specOf } from '#shared/sync/entities'
import { ENTITY_NAMES } from '#shared/sync/entityNames'
import type { Change, PullResponse, PushResponse } from '#shared/sync/protocol'
import { type NastavnikDb, openDatabase } from '../../../src/app/db/schema.ts'
import { getClientId } from '../../../src/app/sync/clientId.ts'
import { createSyncEngine } from '../../../src/app/sync/engine.ts'
import { type Faults, LossyTransport, RELIABLE } from './lossyTransport.ts'
import { type Random, seededRandom } from './random.ts'
import type { SimServer } from './simServer.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { curatorStep, mentorStep, seedSchool } from './steps.ts'

export interface SimClient {
  role: 'curator' | 'mentor'
  personId: string | null
  db: NastavnikDb
  clientId: string
  token: string
  transport: LossyTransport
  sync: () => Promise<void>
  /** Every seq this client's outbox ever held. */
  made: Set<number>
  /** The meetings this mentor logged, and in which pair. */
  madeMeetings: Array<{ id: string, pairId: string }>
  lastFailure: string | null
}

const NOISY: Faults = { dropRequest: 0.1, dropResponse: 0.1, duplicate: 0.1, delay: 0.1 }

/**
 * One seeded run: a curator and two mentors edit and delete at random over a lossy network while the
 * server restarts and pairs move between mentors; then the network heals and everything is checked.
 */
export async function runSeed(server: SimServer, seed: number, steps = 40): Promise<void> {
  const random = seededRandom(seed)
  const mentorPeople = [random.id(), random.id()]
  const { schoolId, tokens } = await server.createSchool([
    { role: 'curator', personId: null },
    { role: 'mentor', personId: mentorPeople[0]! },
    { role: 'mentor', personId: mentorPeople[1]! },
  ])
  const processed = new Map<string, string>()
  // Checks run inside the sync engine, which would swallow a throw as a failed sync: collect, assert later.
  const violations: string[] = []
  const scopeOf = new Map<string, string | null>(tokens.map((token, i) => [token, i === 0 ? null : mentorPeople[i - 1]!]))
  const observer = {
    pushed: (clientId: string, response: PushResponse) => {
      for (const result of response.results.filter(r => r.status !== 'duplicate')) {
        const key = `${clientId}:${result.seq}`
        const before = processed.get(key)
        // A rejection is told again when its first answer was lost; an application never is.
        if (before && !(before === 'rejected' && result.status === 'rejected'))
          violations.push(`mutation ${key} processed twice (${before}, then ${result.status})`)
        processed.set(key, result.status)
      }
    },
    pulled: async (token: string, response: PullResponse) => {
      const personId = scopeOf.get(token)
      if (personId)
        violations.push(...await outOfMentorScope(server, schoolId, personId, response.changes))
    },
  }
  const clients = await Promise.all(tokens.map(async (token, i): Promise<SimClient> => {
    const db = openDatabase(`sim-${seed}-${i}-${Math.random()}`)
    // Every other seed compresses both ways: the same convergence must hold whatever the wire looks like.
    const transport = new LossyTransport(server, token, random, observer, seed % 2 === 0)
    const client: SimClient = { role: i === 0 ? 'curator' : 'mentor', personId: i === 0 ? null : mentorPeople[i - 1]!, db, clientId: await getClientId(db), token, transport, sync: () => Promise.resolve(), made: new Set(), madeMeetings: [], lastFailure: null }
    const engine = createSyncEngine(db, () => transport, { started: () => {}, progress: () => {}, finished: (failure, error) => {
      client.lastFailure = failure && `${failure}: ${error instanceof Error ? error.stack : String(error)}`
    } })
    client.sync = engine.syncNow
    return client
  }))
  try {
    await seedSchool(clients[0]!, mentorPeople, random)
    await noteMade(clients[0]!)
    await clients[0]!.sync()
    for (const client of clients)
      client.transport.faults = NOISY
    const entitled = new Map<string, string>()
    for (let step = 0; step < steps; step++)
      await randomStep(server, clients, random, mentorPeople, entitled)
    // However the steps fell, the run ends with the curator and the mentors writing the same notes unaware.
    for (const client of clients)
      await client.sync()
    for (let i = 0; i < 2; i++)
      await editTogether(clients, random)
    await heal(clients)
    expect(violations).toEqual([])
    const twice = await server.storage.db.selectFrom('rejections').select(['client_id', 'seq']).where('school_id', '=', schoolId)
      .groupBy(['client_id', 'seq']).having(eb => eb.fn.countAll(), '>', 1).execute()
    expect(twice, 'a mutation rejected twice').toEqual([])
    for (const client of clients)
      await expectConverged(server, client, processed)
    await expectEntitledArrived(server, schoolId, entitled)
    await expectConflictsShown(server, schoolId, clients)
  } finally {
    await Promise.all(clients.map(c => c.db.delete()))
  }
}

async function randomStep(server: SimServer, clients: SimClient[], random: Random, mentorPeople: string[], entitled: Map<string, string>): Promise<void> {
  const roll = random.next()
  const client = random.pick(clients)!
  if (roll < 0.03)
    return server.restart()
  if (roll < 0.08)
    return client.transport.deliverDelayed()
  if (roll < 0.35)
    return client.sync()
  if (roll < 0.42)
    return editTogether(clients, random)
  if (client.role === 'curator')
    await curatorStep(client, random, mentorPeople)
  else
    await noteEntitled(server, client, await madeBy(client, () => mentorStep(client, random)), entitled)
  await noteMade(client)
}

/** The curator and a mentor write one meeting's notes, neither having synced the other's: a conflict in the making. */
async function editTogether(clients: readonly SimClient[], random: Random): Promise<void> {
  const [curator, ...mentors] = clients
  const mentor = random.pick(mentors)!
  const shared = []
  for (const meeting of await mentor.db.meetings.where('deleted').equals(0).toArray()) {
    if ((await curator!.db.meetings.get(meeting.id))?.deleted === 0)
      shared.push(meeting)
  }
  const meeting = random.pick(shared)
  if (!meeting)
    return
  for (const [i, client] of [curator!, mentor].entries()) {
    await mutate(client.db, 'meetings', meeting.id, 'upsert', { notes: `Заметки ${client.role} ${random.int(100, 999)}` })
    if (i === 0 && random.chance(0.5))
      await client.sync()
    await noteMade(client)
  }
}

async function madeBy(client: SimClient, step: () => Promise<void>): Promise<SimClient['madeMeetings']> {
  const before = client.madeMeetings.length
  await step()
  return client.madeMeetings.slice(before)
}

/** A meeting logged while the server still gave its pair to this mentor: whatever happens to the pair next, it is his to send. */
async function noteEntitled(server: SimServer, client: SimClient, made: SimClient['madeMeetings'], entitled: Map<string, string>): Promise<void> {
  for (const { id, pairId } of made) {
    const pair = await server.storage.db.selectFrom('records').select(['ref_id', 'deleted']).where('entity', '=', 'pairs').where('id', '=', pairId).executeTakeFirst()
    if (pair?.deleted === 0 && pair.ref_id === client.personId)
      entitled.set(id, pairId)
  }
}

/**
 * Every meeting logged in entitlement reached the server: none was refused as another's pair or dropped. Its pair
 * may have been deleted meanwhile, or turned into a group it names nobody of: refusals of their own.
 */
async function expectEntitledArrived(server: SimServer, schoolId: string, entitled: ReadonlyMap<string, string>): Promise<void> {
  const records = (entity: string) => server.storage.db.selectFrom('records').select(['id', 'deleted']).where('school_id', '=', schoolId).where('entity', '=', entity).execute()
  const arrived = new Set((await records('meetings')).map(r => r.id))
  const deletedPairs = new Set((await records('pairs')).filter(r => r.deleted === 1).map(r => r.id))
  const refusals = await server.storage.db.selectFrom('rejections').select(['record_id', 'problem']).where('school_id', '=', schoolId).where('entity', '=', 'meetings').execute()
  const refused = new Map(refusals.map(r => [r.record_id, r.problem ?? '']))
  const notHis = (id: string) => !refused.has(id) || ['foreign_pair', 'move_to_foreign_pair'].includes(refused.get(id)!)
  const lost = [...entitled].filter(([id, pairId]) => !arrived.has(id) && !deletedPairs.has(pairId) && notHis(id))
  expect(lost, 'a meeting logged while its pair was the mentor\'s never arrived').toEqual([])
}

/** Each conflict is on the devices of both its authors that hold its record, and on the curator's. */
async function expectConflictsShown(server: SimServer, schoolId: string, clients: readonly SimClient[]): Promise<void> {
  const conflicts = (await server.storage.db.selectFrom('records').select(['id', 'data']).where('school_id', '=', schoolId).where('entity', '=', 'conflicts').where('deleted', '=', 0).execute())
    .map(r => ({ id: r.id, ...JSON.parse(r.data) as { recordId: string, entity: string, keptBy: string, overwrittenBy: string } }))
  const users = new Map((await server.storage.db.selectFrom('users').select(['id', 'person_id']).where('school_id', '=', schoolId).execute()).map(u => [u.id, u.person_id]))
  for (const conflict of conflicts) {
    for (const client of clients) {
      const author = [conflict.keptBy, conflict.overwrittenBy].some(user => users.get(user) === client.personId)
      const holdsRecord = (await client.db.table(conflict.entity).get(conflict.recordId) as { deleted: number } | undefined)?.deleted === 0
      if (client.role === 'curator' || (author && holdsRecord))
        expect(await client.db.conflicts.get(conflict.id), `${client.role} was not shown conflict ${conflict.id}`).toBeDefined()
    }
  }
}

/** Outbox keys are consecutive, so every seq up to the newest one existed. */
async function noteMade(client: SimClient): Promise<void> {
  const newest = (await client.db.outbox.orderBy('seq').last())?.seq ?? 0
  for (let seq = 1; seq <= newest; seq++)
    client.made.add(seq)
}

/** The network heals: late copies land, then everyone syncs until nothing moves. */
async function heal(clients: SimClient[]): Promise<void> {
  for (const client of clients) {
    await client.transport.deliverDelayed()
    client.transport.faults = RELIABLE
  }
  for (let round = 0; round < 3; round++) {
    for (const client of clients)
      await client.sync()
  }
}

async function expectConverged(server: SimServer, client: SimClient, processed: Map<string, string>): Promise<void> {
  expect(client.lastFailure, `${client.role}'s last sync failed`).toBeNull()
  expect(await client.db.outbox.count(), `${client.role} still has unsent changes`).toBe(0)
  for (const seq of client.made)
    expect(processed.has(`${client.clientId}:${seq}`), `${client.role} mutation ${seq} never reached the server`).toBe(true)
  const expected = await fullScope(server, client.token)
  const actual = new Map<string, unknown>()
  for (const entity of ENTITY_NAMES) {
    for (const record of await client.db.table(entity).where('deleted').equals(0).toArray()) {
      const { id, updatedAt: _u, deleted: _d, ...fields } = record as { id: string } & Record<string, unknown>
      actual.set(`${entity}:${id}`, fields)
    }
  }
  expect(Object.fromEntries(actual), `${client.role} replica differs from the server`).toEqual(Object.fromEntries(expected))
}

async function fullScope(server: SimServer, token: string): Promise<Map<string, unknown>> {
  const rows = new Map<string, unknown>()
  let cursor: string | null = null
  for (;;) {
    const { body } = await server.post('/api/sync/pull', token, { protocol: 1, cursor })
    const page = body as PullResponse
    for (const change of page.changes.filter(c => !c.deleted))
      rows.set(`${change.entity}:${change.id}`, change.fields)
    cursor = page.cursor
    if (!page.more)
      return rows
  }
}

async function outOfMentorScope(server: SimServer, schoolId: string, personId: string, changes: Change[]): Promise<string[]> {
  const found: string[] = []
  const db = server.storage.db
  const pairs = await db.selectFrom('records').select(['id', 'data']).where('school_id', '=', schoolId).where('entity', '=', 'pairs').where('ref_id', '=', personId).where('deleted', '=', 0).execute()
  const pairIds = new Set(pairs.map(p => p.id))
  const people = new Set([personId, ...pairs.flatMap(p => (JSON.parse(p.data) as { menteeIds: string[] }).menteeIds)])
  const programs = new Set(pairs.map(p => (JSON.parse(p.data) as { programId: string }).programId))
  // Named campaigns addressed to mentors of those programs, and their templates.
  const campaigns = (await db.selectFrom('records').select(['id', 'data']).where('school_id', '=', schoolId).where('entity', '=', 'surveyCampaigns').where('deleted', '=', 0).execute())
    .map(c => ({ id: c.id, ...JSON.parse(c.data) as { mode: string, audience: string, programId: string, templateId: string } }))
    .filter(c => c.mode === 'named' && c.audience === 'mentor' && programs.has(c.programId))
  const surveys = new Set(campaigns.flatMap(c => [c.id, c.templateId]))
  for (const change of changes) {
    const allowed: readonly string[] | undefined = specOf(change.entity).personFields
    const extra = allowed ? Object.keys(change.fields).filter(key => !allowed.includes(key)) : []
    if (extra.length)
      found.push(`${change.entity} ${change.id} sent fields a mentor may not hold: ${extra.join(', ')}`)
    const row = await db.selectFrom('records').select('ref_id').where('school_id', '=', schoolId).where('entity', '=', change.entity).where('id', '=', change.id).executeTakeFirst()
    const inScope = change.entity === 'pairs'
      ? pairIds.has(change.id)
      : ENTITIES[change.entity].writers === 'pairMentor'
        ? pairIds.has(row?.ref_id ?? '')
        : change.entity === 'people'
          ? people.has(change.id)
          : change.entity === 'surveyResponses'
            ? row?.ref_id === personId
            : change.entity.startsWith('survey') ? surveys.has(change.id) : programs.has(change.id)
    if (!inScope)
      found.push(`${change.entity} ${change.id} left the mentor's scope`)
  }
  return found
}
