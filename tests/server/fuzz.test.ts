import type { LightMyRequestResponse } from 'fastify'
import type { TestServer } from './helpers/server.ts'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '#shared/protocol'
import { createSession } from '../../src/server/auth/sessions.ts'
import { openApiDocument } from '../../src/server/http/openapi.ts'
import { createUser } from '../../src/server/users/accounts.ts'
import { badAuthorization, contentType, hostileValue, mutatedBody, pathParam, protocolHeader, queryString, rawBody } from './helpers/hostile.ts'
import { snapshotAll } from './helpers/records.ts'
import { addMember, personFields, useSchoolServer } from './helpers/school.ts'
import { BACKENDS, bearer, json, post, SETUP_BODY } from './helpers/server.ts'
import { issue, openCampaign } from './helpers/surveys.ts'

/*
 * Every endpoint of /api/openapi.json (which tests/server/openapi.test.ts keeps equal to the routes), called
 * with hostile bodies, params, query strings and headers, as every role and as nobody. `FUZZ_RUNS=5000` soaks.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 150)

const ROLES = ['curator', 'observer', 'region', 'mentor', 'mentee'] as const
type Role = typeof ROLES[number]

const DOCUMENT = openApiDocument('fuzz') as { paths: Record<string, Record<string, unknown>>, components: { schemas: Record<string, unknown> } }
const ERROR_CODES = (DOCUMENT.components.schemas.ApiError as { properties: { error: { enum: string[] } } }).properties.error.enum
const ENDPOINTS = Object.entries(DOCUMENT.paths)
  .flatMap(([path, ops]) => Object.keys(ops).map(method => ({ method: method.toUpperCase() as 'GET' | 'POST', path })))

/** A valid body for each route that takes one: the seed the fuzzer spoils one change at a time. */
function validBodies(campaignId: string, code: string): Record<string, unknown> {
  return {
    'POST /api/setup': SETUP_BODY,
    'POST /api/auth/login': { login: SETUP_BODY.login, password: 'not the password' },
    'POST /api/users': { name: 'Пётр Петров', role: 'mentor', personId: uuidv7() },
    'POST /api/enroll': { code: 'K7RM-2XDP', deviceName: 'Телефон' },
    'POST /api/sync/push': {
      protocol: PROTOCOL_VERSION,
      clientId: uuidv7(),
      mutations: [{ seq: 1, entity: 'people', id: uuidv7(), op: 'upsert', fields: personFields('Ирина Козлова'), at: '2024-10-05T10:00:00.000Z' }],
    },
    'POST /api/sync/pull': { protocol: PROTOCOL_VERSION, cursor: null },
    'POST /api/surveys/campaigns/{id}/ballots': { count: 3 },
    'POST /api/surveys/answer': { code, campaignId, templateVersion: 1, answers: { 'exp.comfort': 7, 'sat.program': 8, 'wishes': 'всё хорошо' } },
  }
}

/** Whom a request claims to be: a real session of a role, or a header that is no session. */
const caller = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ROLES).map(role => ({ role }) as const) },
  { weight: 1, arbitrary: badAuthorization.map(header => ({ header }) as const) },
)

function expectApiError(response: LightMyRequestResponse): void {
  expect(response.headers['content-type'], response.body).toMatch(/^application\/json/)
  const body = json<Record<string, unknown>>(response)
  expect(ERROR_CODES, response.body).toContain(body.error)
  expect(body.message, response.body).toMatch(/[А-Яа-яЁё]/)
  const allowed = ['error', 'message', 'field', 'problem', 'params', ...(body.error === 'template_outdated' ? ['ballot'] : [])]
  expect(Object.keys(body).filter(k => !allowed.includes(k)), response.body).toEqual([])
}

describe.each(BACKENDS)('hostile requests on %s', (backend) => {
  const ctx = useSchoolServer(backend)

  async function fixtures(server: TestServer) {
    const { app } = server
    const { school } = ctx
    const users: Record<Role, string> = { curator: '', observer: '', region: '', mentor: '', mentee: '' }
    const created = await post(app, '/api/users', { name: 'Учётная запись observer', role: 'observer', login: 'fuzz-observer', password: 'long enough password' }, bearer(school.curatorToken))
    expect(created.statusCode, created.body).toBe(201)
    users.observer = json<{ id: string }>(created).id
    // Only the admin CLI makes a region account (it sees every school), through the same service function.
    users.region = (await createUser(server.storage.db, school.schoolId, { name: 'Учётная запись region', role: 'region', personId: null, login: 'fuzz-region', password: 'long enough password' }, 'admin')).id
    users.mentor = (await addMember(app, school, 'Ольга Наставник', 'mentor')).userId
    users.mentee = (await addMember(app, school, 'Коля Наставляемый', 'mentee')).userId
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(school.curatorToken) })
    users.curator = json<{ id: string }>(me).id
    const { campaignId } = await openCampaign(school)
    const { codes } = await issue(app, school, campaignId, { count: 3 })
    return { users, campaignId, code: codes[0]! }
  }

  it('answers every endpoint with a 4xx ApiError or a success, never a 5xx, and a refusal changes nothing', async () => {
    const { server, school } = ctx
    const { users, campaignId, code } = await fixtures(server)
    const bodies = validBodies(campaignId, code)
    const tokens = {} as Record<Role, string>
    // Fresh sessions for every role: a fuzzed logout or device revocation may have ended the previous ones.
    const mint = async () => {
      for (const role of ROLES)
        tokens[role] = await createSession(server.storage.db, school.schoolId, users[role])
    }
    await mint()
    let before = await snapshotAll(server)

    const request = fc.constantFrom(...ENDPOINTS).chain((endpoint) => {
      const valid = bodies[`${endpoint.method} ${endpoint.path}`]
      const body = endpoint.method === 'GET'
        ? fc.option(rawBody, { freq: 5 })
        : fc.oneof(
            { weight: 4, arbitrary: mutatedBody(valid ?? {}).map(b => JSON.stringify(b)) },
            { weight: 2, arbitrary: rawBody },
            { weight: 1, arbitrary: hostileValue.map(v => JSON.stringify(v) ?? '') },
            { weight: 1, arbitrary: fc.constant(JSON.stringify(valid ?? {})) },
          )
      return fc.record({
        method: fc.oneof({ weight: 9, arbitrary: fc.constant(endpoint.method) }, { weight: 1, arbitrary: fc.constantFrom('PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD') }),
        path: fc.array(pathParam([campaignId, ...Object.values(users)]), { minLength: 2, maxLength: 2 })
          .map(([a, b]) => endpoint.path.replace(/\{\w+\}/, a!).replace(/\{\w+\}/, b!)),
        query: queryString,
        caller,
        protocol: protocolHeader,
        contentType,
        body,
        remoteAddress: fc.ipV4(),
      })
    })

    await fc.assert(fc.asyncProperty(request, async (r) => {
      const headers: Record<string, string> = {}
      const authorization = 'role' in r.caller ? bearer(tokens[r.caller.role]).authorization : r.caller.header
      if (authorization !== undefined)
        headers.authorization = authorization
      if (r.protocol !== undefined)
        headers[PROTOCOL_HEADER] = r.protocol
      if (r.contentType !== undefined && r.body !== null)
        headers['content-type'] = r.contentType
      const response = await server.app.inject({
        method: r.method,
        url: r.path + r.query,
        headers,
        remoteAddress: r.remoteAddress,
        ...(r.body === null ? {} : { payload: r.body }),
      })
      const what = `${r.method} ${r.path.slice(0, 200)}${r.query} → ${response.statusCode} ${response.body.slice(0, 300)}`
      expect(response.statusCode, what).toBeLessThan(500)
      expect(response.headers['x-content-type-options'], what).toBe('nosniff')
      const after = await snapshotAll(server)
      if (response.statusCode >= 400) {
        if (r.method !== 'HEAD')
          expectApiError(response)
        expect(after, what).toEqual(before)
      } else {
        await mint()
        before = await snapshotAll(server)
      }
      expect(({} as Record<string, unknown>).polluted, 'Object.prototype polluted').toBeUndefined()
      expect((await server.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200)
    }), { numRuns: RUNS })
  }, 120_000)
})
