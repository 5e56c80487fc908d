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
    const client: SimClient = { role: i === 0 ? 'curator' : 'mentor', personId: i === 0 ? null : mentorPeople[i - 1]!, db, clientId: await getClientId(db), token, transport, sync: () => Promise.resolve(), made: new Set(), lastFailure: null }
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
    for (let step = 0; step < steps; step++)
      await randomStep(server, clients, random, mentorPeople)
    await heal(clients)
    expect(violations).toEqual([])
    const twice = await server.storage.db.selectFrom('rejections').select(['client_id', 'seq']).where('school_id', '=', schoolId)
      .groupBy(['client_id', 'seq']).having(eb => eb.fn.countAll(), '>', 1).execute()
    expect(twice, 'a mutation rejected twice').toEqual([])
    for (const client of clients)
      await expectConverged(server, client, processed)
  } finally {
    await Promise.all(clients.map(c => c.db.delete()))
  }
}

async function randomStep(server: SimServer, clients: SimClient[], random: Random, mentorPeople: string[]): Promise<void> {
  const roll = random.next()
  const client = random.pick(clients)!
  if (roll < 0.03)
    return server.restart()
  if (roll < 0.08)
    return client.transport.deliverDelayed()
  if (roll < 0.35)
    return client.sync()
  if (client.role === 'curator')
    await curatorStep(client, random, mentorPeople)
  else
    await mentorStep(client, random)
  await noteMade(client)
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
