import { expect } from 'vitest'
import type { PullResponse, PushResponse } from '#shared/sync/protocol'
import { type NastavnikDb, openDatabase, type OutboxEntry } from '../../../src/app/db/schema.ts'
import { getClientId } from '../../../src/app/sync/clientId.ts'
import { createSyncEngine } from '../../../src/app/sync/engine.ts'
import { type Faults, LossyTransport, RELIABLE } from './lossyTransport.ts'
import { type Random, seededRandom } from './random.ts'
import type { SimServer } from './simServer.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { curatorStep, logMeeting, mentorStep, seedSchool, tickPlan } from './steps.ts'
import { expectAnswersCounted, Respondent } from './respondent.ts'
import { expectConflictsShown, expectConverged, expectEditsTogetherConflict, expectEntitledArrived, outOfMentorScope } from './expectations.ts'

export interface SimClient {
  role: 'curator' | 'mentor'
  /** Who and which device, in failures and in the texts it writes, so no two devices write the same text. */
  name: string
  personId: string | null
  db: NastavnikDb
  clientId: string
  token: string
  transport: LossyTransport
  sync: () => Promise<void>
  /** Every seq this client's outbox ever held, with its entry as seen there (none if it left unseen). */
  made: Map<number, OutboxEntry | undefined>
  /** The meetings this mentor logged or edited and the plan items he ticked: in which pair, by which outbox seq. */
  madeInPairs: MadeInPair[]
  lastFailure: string | null
}

export interface MadeInPair {
  /** A meeting logged or edited, a plan item ticked. */
  work: 'logged' | 'edited' | 'ticked'
  id: string
  pairId: string
  seq: number
}

/** Work done while the server gave its pair to its author, who is named by person and device. */
export interface Entitled extends MadeInPair {
  personId: string
  clientId: string
}

/** One field of one record written on two devices, neither having pulled the other's write: each by its outbox seq. */
export interface EditedTogether {
  recordId: string
  field: 'notes'
  by: Array<{ client: SimClient, seq: number }>
}

const NOISY: Faults = { dropRequest: 0.1, dropResponse: 0.1, duplicate: 0.1, delay: 0.1 }

/**
 * One seeded run: a curator and two mentors, the first with two phones, edit and delete at random over a lossy
 * network while the server restarts and pairs move between mentors; then the network heals and everything is checked.
 */
/** Whether the run handed a pair on while its mentor had work unsent (the issue's story). */
export async function runSeed(server: SimServer, seed: number, steps = 40): Promise<boolean> {
  const random = seededRandom(seed)
  const mentorPeople = [random.id(), random.id()]
  const { schoolId, tokens } = await server.createSchool([
    { role: 'curator', personId: null },
    { role: 'mentor', personId: mentorPeople[0]!, devices: 2 },
    { role: 'mentor', personId: mentorPeople[1]! },
  ])
  const devices = tokens.flatMap((sessions, account) => sessions.map((token, device) => ({
    token,
    personId: account === 0 ? null : mentorPeople[account - 1]!,
    name: account === 0 ? 'curator' : `mentor ${account}${device ? `, phone ${device + 1}` : ''}`,
  })))
  const processed = new Map<string, string>()
  // Checks run inside the sync engine, which would swallow a throw as a failed sync: collect, assert later.
  const violations: string[] = []
  const scopeOf = new Map<string, string | null>(devices.map(d => [d.token, d.personId]))
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
  const clients = await Promise.all(devices.map(async ({ token, personId, name }, i): Promise<SimClient> => {
    const db = openDatabase(`sim-${seed}-${i}-${Math.random()}`)
    // Every other seed compresses both ways: the same convergence must hold whatever the wire looks like.
    const transport = new LossyTransport(server, token, random, observer, seed % 2 === 0)
    const client: SimClient = { role: personId ? 'mentor' : 'curator', name, personId, db, clientId: await getClientId(db), token, transport, sync: () => Promise.resolve(), made: new Map(), madeInPairs: [], lastFailure: null }
    const engine = createSyncEngine(db, () => transport, { started: () => {}, progress: () => {}, finished: (failure, error) => {
      client.lastFailure = failure && `${failure}: ${error instanceof Error ? error.stack : String(error)}`
    } })
    client.sync = engine.syncNow
    return client
  }))
  try {
    const anonymousSurvey = await seedSchool(clients[0]!, mentorPeople, random)
    await noteMade(clients[0]!)
    // Every phone starts with its pairs, so the mentors have meetings to share and to lose from the first step.
    for (const client of clients)
      await client.sync()
    const respondent = await Respondent.start(server, random, seed, clients[0]!.token, anonymousSurvey)
    for (const client of clients)
      client.transport.faults = NOISY
    // Not replayed: an answer carries no id of its own, so a POST delivered twice counts once but the phone, told
    // «код уже использован» by the copy, would call its own answer refused.
    respondent.faults = { ...NOISY, duplicate: 0 }
    const entitled: Entitled[] = []
    const together: EditedTogether[] = []
    for (let step = 0; step < steps; step++)
      await randomStep(server, clients, respondent, random, mentorPeople, entitled, together)
    // However the steps fell, the run ends with two devices writing the same notes unaware, twice, and a card answered offline.
    for (const client of clients)
      await client.sync()
    for (let i = 0; i < 2; i++)
      await editTogether(clients, random, together)
    await respondent.answerOffline()
    const handedOver = await handOverUnsent(server, clients, random, mentorPeople, entitled)
    await heal(clients)
    expect(violations).toEqual([])
    const twice = await server.storage.db.selectFrom('rejections').select(['client_id', 'seq']).where('school_id', '=', schoolId)
      .groupBy(['client_id', 'seq']).having(eb => eb.fn.countAll(), '>', 1).execute()
    expect(twice, 'a mutation rejected twice').toEqual([])
    for (const client of clients)
      await expectConverged(server, client, processed)
    await expectEntitledArrived(server, schoolId, entitled)
    await expectConflictsShown(server, schoolId, clients)
    await expectEditsTogetherConflict(server, schoolId, together, processed)
    await expectAnswersCounted(server, schoolId, anonymousSurvey, respondent)
    return handedOver
  } finally {
    await Promise.all(clients.map(c => c.db.delete()))
  }
}

async function randomStep(server: SimServer, clients: SimClient[], respondent: Respondent, random: Random, mentorPeople: string[], entitled: Entitled[], together: EditedTogether[]): Promise<void> {
  const roll = random.next()
  const client = random.pick(clients)!
  if (roll < 0.03)
    return server.restart()
  if (roll < 0.08)
    return client.transport.deliverDelayed()
  if (roll < 0.35)
    return client.sync()
  if (roll < 0.42)
    return editTogether(clients, random, together)
  // A student answers a card with no network; another time the app, on whatever page, sends what waits.
  if (roll < 0.47)
    return random.chance(0.5) ? respondent.answerOffline() : respondent.send()
  if (client.role === 'curator')
    await curatorStep(client, random, mentorPeople)
  else
    await noteEntitled(server, client, await madeBy(client, () => mentorStep(client, random)), entitled)
  await noteMade(client)
}

/**
 * Two devices write one meeting's notes, the later not having synced the other's: a conflict in the making. The
 * two are the curator and a mentor, or the two phones of one mentor.
 */
async function editTogether(clients: readonly SimClient[], random: Random, together: EditedTogether[]): Promise<void> {
  const first = random.pick(clients)!
  const second = random.pick(clients.filter(c => c !== first && (c.role === 'curator' || first.role === 'curator' || c.personId === first.personId)))!
  const shared = []
  for (const meeting of await first.db.meetings.where('deleted').equals(0).toArray()) {
    if ((await second.db.meetings.get(meeting.id))?.deleted === 0)
      shared.push(meeting)
  }
  const meeting = random.pick(shared)
  if (!meeting)
    return
  const edit: EditedTogether = { recordId: meeting.id, field: 'notes', by: [] }
  for (const [i, client] of [first, second].entries()) {
    await mutate(client.db, 'meetings', meeting.id, 'upsert', { notes: `Заметки ${client.name} ${random.int(100, 999)}` })
    edit.by.push({ client, seq: (await client.db.outbox.orderBy('seq').last())!.seq! })
    await noteMade(client)
    if (i === 0 && random.chance(0.5))
      await client.sync()
  }
  together.push(edit)
}

async function madeBy(client: SimClient, step: () => Promise<void>): Promise<MadeInPair[]> {
  const before = client.madeInPairs.length
  await step()
  return client.madeInPairs.slice(before)
}

/** Work done while the server still gave its pair to this mentor: whatever happens to the pair next, it is his to send. */
async function noteEntitled(server: SimServer, client: SimClient, made: readonly MadeInPair[], entitled: Entitled[]): Promise<void> {
  for (const work of made) {
    const pair = await server.storage.db.selectFrom('records').select(['ref_id', 'deleted']).where('entity', '=', 'pairs').where('id', '=', work.pairId).executeTakeFirst()
    if (client.personId && pair?.deleted === 0 && pair.ref_id === client.personId)
      entitled.push({ ...work, personId: client.personId, clientId: client.clientId })
  }
}

/**
 * The story of the issue, made to happen in every run whose mentor still has a pair: he logs a meeting and ticks
 * the plan offline, and before his phone syncs the curator hands that pair to the other mentor. True when it did.
 */
async function handOverUnsent(server: SimServer, clients: readonly SimClient[], random: Random, mentorPeople: readonly string[], entitled: Entitled[]): Promise<boolean> {
  const curator = clients[0]!
  const mentor = random.pick(clients.filter(c => c.role === 'mentor'))!
  const pair = random.pick((await mentor.db.pairs.where('deleted').equals(0).toArray()).filter(p => p.mentorId === mentor.personId))
  if (!pair || (await curator.db.pairs.get(pair.id))?.deleted !== 0)
    return false
  const made = await madeBy(mentor, async () => {
    await logMeeting(mentor, random, pair.id)
    await tickPlan(mentor, random, pair.id)
  })
  await noteEntitled(server, mentor, made, entitled)
  await noteMade(mentor)
  const other = mentorPeople.find(person => person !== mentor.personId)!
  await mutate(curator.db, 'pairs', pair.id, 'upsert', { mentorId: other })
  await noteMade(curator)
  curator.transport.faults = RELIABLE
  await curator.sync()
  const now = await server.storage.db.selectFrom('records').select('ref_id').where('entity', '=', 'pairs').where('id', '=', pair.id).executeTakeFirst()
  return made.length > 0 && now?.ref_id === other && await mentor.db.outbox.count() > 0
}

/** Outbox keys are consecutive, so every seq up to the newest one existed. */
async function noteMade(client: SimClient): Promise<void> {
  const waiting = await client.db.outbox.orderBy('seq').toArray()
  for (const entry of waiting)
    client.made.set(entry.seq!, entry)
  for (let seq = 1; seq <= (waiting.at(-1)?.seq ?? 0); seq++) {
    if (!client.made.has(seq))
      client.made.set(seq, undefined)
  }
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
