import type { FastifyInstance } from 'fastify'
import type { LoginResponse } from '#shared/api/auth'
import type { Enrollment, UserSummary } from '#shared/api/users'
import type { Change, PullResponse, PushResponse } from '#shared/sync/protocol'
import type { SyncBackend, TestServer, TestServerOptions } from './server.ts'
import { afterAll, beforeAll, expect } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { PROTOCOL_VERSION } from '#shared/protocol'
import { createUser } from '../../../src/server/users/accounts.ts'
import { bearer, json, post, SETUP_BODY, startTestServer } from './server.ts'

/** A mutation as a test writes it; the client fills in seq and at. */
export interface TestMutation {
  /** Any string, not just an EntityName: tests also send entities the server does not know. */
  entity: string
  id: string
  op: 'upsert' | 'delete'
  fields: Record<string, unknown>
  /** When the device made it; now unless a test says otherwise. */
  at?: string
  /** The pull cursor the device had then. */
  seen?: string
}

export const upsert = (entity: string, id: string, fields: Record<string, unknown>): TestMutation => ({ entity, id, op: 'upsert', fields })
export const remove = (entity: string, id: string): TestMutation => ({ entity, id, op: 'delete', fields: {} })

export const programFields = (name = 'Учитель – учитель 2024/25') => ({
  name, form: 'учитель – учитель', startDate: '2024-09-01', endDate: '2025-05-31', goals: '', status: 'active', roleVariation: '', curators: '',
  meetingKinds: [{ kind: 'intro', name: '' }, { kind: 'work', name: '' }, { kind: 'final', name: 'заключительная встреча' }],
})
export const personFields = (name: string, more: Record<string, unknown> = {}) => ({
  name, category: 'teacher', classGroup: '', birthDate: '1990-04-12', ovz: 0, gifted: 0, competencies: [], requests: ['методика'],
  isMentor: 0, isMentee: 0, notes: 'заметка куратора', ...more,
})
export const pairFields = (programId: string, mentorId: string, menteeIds: string[]) => ({
  programId, mentorId, menteeIds, startDate: '2024-09-01', plannedEndDate: '2025-05-31', status: 'active', endReason: '',
})
/** A personal-data consent in force: without one the server refuses to put the person in an active pair. */
export const consent = (personId: string, more: Record<string, unknown> = {}) => upsert('consents', uuidv7(), { personId, signedBy: 'self', guardianName: '', date: '2024-08-30', documentRef: '', withdrawnDate: '', ...more })
/** A staff mentor's written consent to the duties and its agreement (ТК РФ ст. 351.8), for the test year. */
export const dutiesConsent = (personId: string, more: Record<string, unknown> = {}) => consent(personId, {
  kind: 'mentor_duties', validFrom: '2024-09-01', validUntil: '2099-05-31', agreementNumber: 'ДС-7', agreementDate: '2024-08-30', payBasis: 'доплата 10 % по положению об оплате труда', ...more,
})
export const meetingFields = (pairId: string, more: Record<string, unknown> = {}) => ({
  pairId, date: '2024-10-05', kind: 'work', durationMin: 45, format: 'in_person', attendeeIds: [], topic: 'Планирование урока',
  notes: '', planItemIds: [], nextDate: '', ...more,
})
export const planItemFields = (pairId: string, title = 'Посетить урок') => ({
  pairId, title, dueDate: '', status: 'planned', result: '', position: 0,
})

/** One device: its client id and seq counter, as the app keeps them. */
export class SyncClient {
  seq = 0
  /** The protocol the device speaks: an app that has not updated yet speaks the previous one. */
  protocol = PROTOCOL_VERSION
  constructor(readonly app: FastifyInstance, readonly token: string, readonly clientId: string = uuidv7()) {}

  /** Gives the mutations the next seqs; returns the raw reply too, for status checks. `pull`: the cursor to pull from in the same request. */
  async pushRaw(mutations: TestMutation[], pull?: { cursor: string | null }) {
    const body = { protocol: this.protocol, clientId: this.clientId, mutations: mutations.map(m => ({ at: new Date().toISOString(), ...m, seq: ++this.seq })), ...pull && { pull } }
    return post(this.app, '/api/sync/push', body, bearer(this.token))
  }

  async push(...mutations: TestMutation[]): Promise<PushResponse> {
    return this.pushAndPull(undefined, ...mutations)
  }

  /** A push that asks for the pull's page from `cursor` in its answer, as the app's last batch does. */
  async pushAndPull(cursor: string | null | undefined, ...mutations: TestMutation[]): Promise<PushResponse> {
    const response = await this.pushRaw(mutations, cursor === undefined ? undefined : { cursor })
    expect(response.statusCode, response.body).toBe(200)
    return json<PushResponse>(response)
  }

  /** Sends the mutations with these exact seqs (a resend). */
  async pushSeqs(mutations: Array<TestMutation & { seq: number }>): Promise<PushResponse> {
    const body = { protocol: this.protocol, clientId: this.clientId, mutations: mutations.map(m => ({ at: new Date().toISOString(), ...m })) }
    const response = await post(this.app, '/api/sync/push', body, bearer(this.token))
    expect(response.statusCode, response.body).toBe(200)
    return json<PushResponse>(response)
  }

  async pull(cursor: string | null): Promise<PullResponse> {
    const response = await post(this.app, '/api/sync/pull', { protocol: this.protocol, cursor }, bearer(this.token))
    expect(response.statusCode, response.body).toBe(200)
    return json<PullResponse>(response)
  }

  /** Pulls pages until `more` is false; `reset` is the first page's. */
  async pullAll(cursor: string | null = null): Promise<{ cursor: string, reset: boolean, changes: Change[], pages: number }> {
    const changes: Change[] = []
    let page = await this.pull(cursor)
    const reset = page.reset
    let pages = 1
    changes.push(...page.changes)
    while (page.more) {
      page = await this.pull(page.cursor)
      changes.push(...page.changes)
      pages++
    }
    return { cursor: page.cursor, reset, changes, pages }
  }
}

/** The records of a pull, by id. */
export const byId = (changes: Change[]) => new Map(changes.map(c => [c.id, c]))

export interface School {
  schoolId: string
  curatorToken: string
  curator: SyncClient
}

/** The first school, through the setup page. */
export async function setupSchool(server: TestServer): Promise<School> {
  const response = await post(server.app, '/api/setup', SETUP_BODY)
  expect(response.statusCode, response.body).toBe(201)
  const { token, user } = json<LoginResponse>(response)
  return { schoolId: user.schoolId, curatorToken: token, curator: new SyncClient(server.app, token) }
}

/** Another school on the same server, as the admin CLI will make one; its curator signs in through the API. */
export async function anotherSchool(server: TestServer, login = 'ivanova'): Promise<School> {
  const schoolId = uuidv7()
  await server.storage.db.insertInto('schools').values({ id: schoolId, name: 'Гимназия № 2', created_at: new Date().toISOString() }).execute()
  const password = 'another long password'
  await createUser(server.storage.db, schoolId, { name: 'Мария Ивановна Иванова', role: 'curator', personId: null, login, password }, 'admin')
  const response = await post(server.app, '/api/auth/login', { login, password })
  expect(response.statusCode, response.body).toBe(200)
  const { token } = json<LoginResponse>(response)
  return { schoolId, curatorToken: token, curator: new SyncClient(server.app, token) }
}

export interface Member {
  personId: string
  userId: string
  token: string
  client: SyncClient
}

/**
 * A person card (a teacher's) with the consents its role needs, pushed by the curator, a mentor (or mentee)
 * account for it, and an enrolled device.
 */
export async function addMember(app: FastifyInstance, school: School, name: string, role: 'mentor' | 'mentee' = 'mentor'): Promise<Member> {
  const personId = uuidv7()
  const consents = role === 'mentor' ? [consent(personId), dutiesConsent(personId)] : [consent(personId)]
  const pushed = await school.curator.push(upsert('people', personId, personFields(name, role === 'mentor' ? { isMentor: 1 } : { isMentee: 1 })), ...consents)
  expect(pushed.results.map(r => r.status)).toEqual(consents.map(() => 'applied').concat('applied'))
  const created = await post(app, '/api/users', { name, role, personId }, bearer(school.curatorToken))
  expect(created.statusCode, created.body).toBe(201)
  const user = json<UserSummary>(created)
  const token = await enroll(app, school.curatorToken, user.id, `Телефон ${name}`)
  return { personId, userId: user.id, token, client: new SyncClient(app, token) }
}

export async function issueCode(app: FastifyInstance, curatorToken: string, userId: string): Promise<Enrollment> {
  const response = await post(app, `/api/users/${userId}/enrollment`, {}, bearer(curatorToken))
  expect(response.statusCode, response.body).toBe(201)
  return json<Enrollment>(response)
}

export async function enroll(app: FastifyInstance, curatorToken: string, userId: string, deviceName: string): Promise<string> {
  const { code } = await issueCode(app, curatorToken, userId)
  const response = await post(app, '/api/enroll', { code, deviceName })
  expect(response.statusCode, response.body).toBe(201)
  return json<LoginResponse>(response).token
}

/**
 * A migrated server on `backend` with its first school set up, for a describe block: started before its
 * tests, closed after. Read `server` and `school` inside tests (they exist once the hook ran).
 */
export function useSchoolServer(backend: SyncBackend, options: TestServerOptions = {}): { readonly server: TestServer, readonly school: School } {
  let server: TestServer | undefined
  let school: School | undefined
  beforeAll(async () => {
    const started = await startTestServer(backend, options)
    server = started
    school = await setupSchool(started)
  })
  afterAll(() => server?.close())
  return {
    get server() {
      return server!
    },
    get school() {
      return school!
    },
  }
}
