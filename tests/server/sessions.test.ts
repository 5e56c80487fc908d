import type { LoginResponse } from '#shared/api/auth'
import type { Member, School } from './helpers/school.ts'
import type { TestServer } from './helpers/server.ts'
import { beforeAll, describe, expect, it } from 'vitest'
import { PROTOCOL_VERSION } from '#shared/protocol'
import { hashToken } from '../../src/server/auth/tokens.ts'
import { addMember, useSchoolServer } from './helpers/school.ts'
import { BACKENDS, bearer, json, post, SETUP_BODY } from './helpers/server.ts'

const DAY_MS = 24 * 3600_000
const EXPIRED = { error: 'expired', message: 'Сессия истекла: войдите снова' }

/** As if the device was last used `days` ago. */
async function idleFor(server: TestServer, token: string, days: number): Promise<void> {
  await server.storage.db.updateTable('sessions').set({ last_seen_at: new Date(Date.now() - days * DAY_MS).toISOString() })
    .where('token_hash', '=', hashToken(token)).execute()
}

const me = (server: TestServer, token: string) => server.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(token) })
const pull = (server: TestServer, token: string) => post(server.app, '/api/sync/pull', { protocol: PROTOCOL_VERSION, cursor: null }, bearer(token))

async function staffAndPhone(server: TestServer, school: School): Promise<{ staff: string, phone: Member }> {
  const signedIn = await post(server.app, '/api/auth/login', { login: SETUP_BODY.login, password: SETUP_BODY.password })
  return { staff: json<LoginResponse>(signedIn).token, phone: await addMember(server.app, school, 'Ольга Наставник') }
}

describe.each(BACKENDS)('sessions left unused on %s', (backend) => {
  describe('with the default idle times', () => {
    const ctx = useSchoolServer(backend)
    let tokens: { staff: string, phone: Member }
    beforeAll(async () => {
      tokens = await staffAndPhone(ctx.server, ctx.school)
    })

    it('ends a staff session after 30 days with 401 expired, while a phone of that age still syncs', async () => {
      await idleFor(ctx.server, tokens.staff, 29)
      expect((await me(ctx.server, tokens.staff)).statusCode, '29 days').toBe(200)
      await idleFor(ctx.server, tokens.staff, 31)
      await idleFor(ctx.server, tokens.phone.token, 31)
      const expired = await me(ctx.server, tokens.staff)
      expect(expired.statusCode).toBe(401)
      expect(json(expired)).toEqual(EXPIRED)
      expect(json(await pull(ctx.server, tokens.staff)), 'every route').toEqual(EXPIRED)
      expect((await pull(ctx.server, tokens.phone.token)).statusCode, 'the phone').toBe(200)
    })

    it('ends a phone\'s session after 180 days', async () => {
      await idleFor(ctx.server, tokens.phone.token, 181)
      expect(json(await pull(ctx.server, tokens.phone.token))).toEqual(EXPIRED)
    })

    it('writes last_seen_at at most once an hour, and a use keeps the session alive', async () => {
      const { db } = ctx.server.storage
      const { token } = json<LoginResponse>(await post(ctx.server.app, '/api/auth/login', { login: SETUP_BODY.login, password: SETUP_BODY.password }))
      const lastSeen = async () => (await db.selectFrom('sessions').select('last_seen_at').where('token_hash', '=', hashToken(token)).executeTakeFirstOrThrow()).last_seen_at
      await idleFor(ctx.server, token, 0.5 / 24)
      const halfAnHourAgo = await lastSeen()
      expect((await me(ctx.server, token)).statusCode).toBe(200)
      expect(await lastSeen(), 'not written within the hour').toBe(halfAnHourAgo)

      await idleFor(ctx.server, token, 29.9)
      expect((await me(ctx.server, token)).statusCode).toBe(200)
      expect(Date.now() - Date.parse(await lastSeen())).toBeLessThan(DAY_MS)
    })
  })

  describe('with the idle times the server was given', () => {
    const ctx = useSchoolServer(backend, { sessions: { staffIdleDays: 2, deviceIdleDays: 5 } })

    it('ends each kind of session after its own idle time', async () => {
      const { staff, phone } = await staffAndPhone(ctx.server, ctx.school)
      await idleFor(ctx.server, staff, 3)
      await idleFor(ctx.server, phone.token, 3)
      expect(json(await me(ctx.server, staff))).toEqual(EXPIRED)
      expect((await pull(ctx.server, phone.token)).statusCode).toBe(200)
      await idleFor(ctx.server, phone.token, 6)
      expect(json(await pull(ctx.server, phone.token))).toEqual(EXPIRED)
    })
  })
})
