import type { LightMyRequestResponse } from 'fastify'
import type { TestServer } from './helpers/server.ts'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ProblemCode } from '#shared/problems'
import { loginBackoff } from '../../src/server/auth/backoff.ts'
import { createUser, resetPassword } from '../../src/server/users/accounts.ts'
import { addMember, issueCode, useSchoolServer } from './helpers/school.ts'
import { BACKENDS, json, SETUP_BODY } from './helpers/server.ts'

function expectLimited(response: LightMyRequestResponse, message: RegExp, problem: ProblemCode): void {
  expect(response.statusCode, response.body).toBe(429)
  expect(json(response)).toEqual({ error: 'rate_limited', message: expect.stringMatching(message), problem })
  expect(Number(response.headers['retry-after'])).toBeGreaterThanOrEqual(1)
}

// Only Date: the limits read the clock through it, while the database drivers keep their real timers.
beforeEach(() => vi.useFakeTimers({ toFake: ['Date'] }))
afterEach(() => vi.useRealTimers())
const later = (seconds: number) => vi.setSystemTime(Date.now() + seconds * 1000)

/*
 * A flood of sign-ins with an empty password: the bucket counts requests, not verdicts, and the body is refused
 * before any hash, where twenty checks of a password (scrypt, 0.3 s each) would make the test slow.
 */
const FLOOD = Array.from({ length: 20 }, (_, i) => ({ login: `guess-${i}`, password: '' }))

describe.each(BACKENDS)('sign-in and enrollment floods on %s', (backend) => {
  const ctx = useSchoolServer(backend)

  const login = (body: Record<string, unknown>, remoteAddress: string) =>
    ctx.server.app.inject({ method: 'POST', url: '/api/auth/login', payload: body, remoteAddress })
  const enroll = (code: string, remoteAddress: string) =>
    ctx.server.app.inject({ method: 'POST', url: '/api/enroll', payload: { code, deviceName: 'Телефон' }, remoteAddress })
  const right = { login: SETUP_BODY.login, password: SETUP_BODY.password }

  it('slows one address that tries many logins, and lets it in again once the burst has drained', async () => {
    for (const body of FLOOD)
      expect((await login(body, '10.9.0.1')).statusCode).toBe(400)
    expectLimited(await login(right, '10.9.0.1'), /^Слишком много попыток входа с этого адреса/, 'login_flood')
    expect((await login(right, '10.9.0.2')).statusCode, 'another address').toBe(200)
    later(60)
    expect((await login(right, '10.9.0.1')).statusCode).toBe(200)
  })

  it('makes one login wait after 5 wrong passwords from any addresses, even for the right one', async () => {
    for (let i = 0; i < 6; i++)
      expect((await login({ ...right, password: 'wrong password' }, `10.9.1.${i}`)).statusCode).toBe(401)
    const waiting = await login(right, '10.9.1.100')
    expectLimited(waiting, /^Слишком много неверных паролей для этого логина/, 'login_waits')
    expect(waiting.headers['retry-after']).toBe('1')
    expect((await login({ login: 'ivanova', password: 'wrong password' }, '10.9.1.100')).statusCode, 'another login').toBe(401)
    later(1.1)
    expect((await login(right, '10.9.1.100')).statusCode).toBe(200)
    // A success clears the count: one more wrong password costs no wait.
    expect((await login({ ...right, password: 'wrong password' }, '10.9.1.101')).statusCode).toBe(401)
    expect((await login(right, '10.9.1.101')).statusCode).toBe(200)
  })

  it('never makes a device that signed in before wait for someone else\'s wrong passwords', async () => {
    const account = { login: 'watcher', password: 'watcher long password' }
    const { id } = await createUser(ctx.server.storage.db, ctx.school.schoolId, { name: 'Наблюдатель', role: 'observer', personId: null, ...account }, 'admin')
    const laptop = 'a'.repeat(43)
    expect((await login({ ...account, deviceKey: laptop }, '10.9.3.1')).statusCode).toBe(200)

    // Someone who knows the login keeps guessing, then keeps trying every few minutes to keep it waiting.
    for (let i = 0; i < 6; i++)
      expect((await login({ ...account, password: 'wrong password' }, `10.9.3.${10 + i}`)).statusCode).toBe(401)
    later(300)
    expect((await login({ ...account, password: 'wrong password', deviceKey: 'b'.repeat(43) }, '10.9.3.20')).statusCode, 'an unknown key is no device').toBe(401)
    expectLimited(await login(account, '10.9.3.2'), /^Слишком много неверных паролей для этого логина/, 'login_waits')
    expectLimited(await login({ ...account, deviceKey: 'c'.repeat(43) }, '10.9.3.2'), /^Слишком много неверных паролей/, 'login_waits')
    expect((await login({ ...account, deviceKey: laptop }, '10.9.3.1')).statusCode, 'the known device, at once').toBe(200)

    // A device revoked by someone else (here a password reset) is a stranger again.
    await resetPassword(ctx.server.storage.db, ctx.school.schoolId, id, 'another watcher password', 'admin')
    expectLimited(await login({ ...account, password: 'another watcher password', deviceKey: laptop }, '10.9.3.1'), /^Слишком много неверных паролей/, 'login_waits')
  })

  it('slows one address that tries many enrollment codes, and takes a real code once it has drained', async () => {
    const { userId } = await addMember(ctx.server.app, ctx.school, 'Ольга Наставник')
    const { code } = await issueCode(ctx.server.app, ctx.school.curatorToken, userId)
    for (let i = 0; i < 30; i++)
      expect((await enroll(`AAAA-${String(i).padStart(4, 'B')}`, '10.9.2.1')).statusCode).toBe(400)
    expectLimited(await enroll(code, '10.9.2.1'), /^Слишком много попыток подключения с этого адреса/, 'enroll_flood')
    later(60)
    expect((await enroll(code, '10.9.2.1')).statusCode).toBe(201)
  })
})

describe.each(BACKENDS)('the client address behind a reverse proxy on %s', (backend) => {
  // As nginx sends it (README): the proxy connects from 127.0.0.1, the client is the header's last address.
  const viaProxy = (server: TestServer, body: Record<string, unknown>, client: string) =>
    server.app.inject({ method: 'POST', url: '/api/auth/login', payload: body, remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': client } })
  const right = { login: SETUP_BODY.login, password: SETUP_BODY.password }

  describe.each([[['127.0.0.1']], [1]])('with TRUST_PROXY %j (the proxy\'s address, or one hop)', (trustProxy) => {
    const ctx = useSchoolServer(backend, { trustProxy })

    it('counts each client apart: one client\'s flood does not shut another out', async () => {
      for (const body of FLOOD)
        expect((await viaProxy(ctx.server, body, '203.0.113.5')).statusCode).toBe(400)
      expectLimited(await viaProxy(ctx.server, right, '203.0.113.5'), /^Слишком много попыток входа с этого адреса/, 'login_flood')
      expect((await viaProxy(ctx.server, right, '198.51.100.7')).statusCode, 'another client behind the same proxy').toBe(200)
    })
  })

  describe('without TRUST_PROXY', () => {
    const ctx = useSchoolServer(backend)

    it('ignores the header, so a client cannot leave its bucket by naming another address', async () => {
      for (const [i, body] of FLOOD.entries())
        expect((await viaProxy(ctx.server, body, `203.0.113.${i}`)).statusCode).toBe(400)
      expectLimited(await viaProxy(ctx.server, right, '198.51.100.7'), /^Слишком много попыток входа с этого адреса/, 'login_flood')
    })
  })
})

describe('loginBackoff', () => {
  it('doubles the wait with each further failure, up to the cap, and forgets on success', () => {
    let now = 0
    const backoff = loginBackoff({ free: 2, maxSeconds: 10 }, () => now)
    const waits: Array<number | null> = []
    for (let i = 0; i < 7; i++) {
      backoff.failed('smirnova')
      waits.push(backoff.check('smirnova')?.retryAfter ?? null)
      now += 60_000
    }
    expect(waits).toEqual([null, null, 1, 2, 4, 8, 10])
    expect(backoff.check('ivanova')).toBeNull()
    backoff.succeeded('smirnova')
    backoff.failed('smirnova')
    expect(backoff.check('smirnova')).toBeNull()
  })
})
