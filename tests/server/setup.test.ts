import type { LoginResponse } from '#shared/api/auth'
import type { Backend, TestServer } from './helpers/server.ts'
import { afterEach, describe, expect, it } from 'vitest'
import { BACKENDS, bearer, json, post, SETUP_BODY, startTestServer } from './helpers/server.ts'

async function counts(server: TestServer) {
  const { db } = server.storage
  const count = async (table: 'schools' | 'users' | 'sessions' | 'installation') =>
    Number((await db.selectFrom(table).select(eb => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)
  return { schools: await count('schools'), users: await count('users'), sessions: await count('sessions'), installation: await count('installation') }
}

const NOTHING = { schools: 0, users: 0, sessions: 0, installation: 0 }

describe.each(BACKENDS)('setup on %s', (backend: Backend) => {
  let server: TestServer | undefined
  afterEach(async () => {
    await server?.close()
    server = undefined
  })
  const start = async () => (server = await startTestServer(backend))

  it('refuses a wrong token, changes nothing, then accepts the right one exactly once', async () => {
    const { app } = await start()
    expect(json(await app.inject({ method: 'GET', url: '/api/setup' }))).toEqual({ needed: true })

    const wrong = await post(app, '/api/setup', { ...SETUP_BODY, token: 'AAAA-BBBB-CCCC' })
    expect(wrong.statusCode).toBe(403)
    expect(json(wrong)).toEqual({ error: 'setup_token_invalid', message: 'Неверный код установки: возьмите его из консоли, где запущен сервер' })
    expect(json(await app.inject({ method: 'GET', url: '/api/setup' }))).toEqual({ needed: true })
    expect(await counts(server!)).toEqual(NOTHING)

    const created = await post(app, '/api/setup', SETUP_BODY)
    expect(created.statusCode).toBe(201)
    const { token, user } = json<LoginResponse>(created)
    expect(token).toMatch(/^[\w-]{43}$/)
    expect(user).toMatchObject({ name: SETUP_BODY.curatorName, role: 'curator', schoolName: SETUP_BODY.schoolName })

    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(token) })
    expect(me.statusCode).toBe(200)
    expect(json(me)).toEqual(user)
    expect(json(await app.inject({ method: 'GET', url: '/api/setup' }))).toEqual({ needed: false })

    const again = await post(app, '/api/setup', { ...SETUP_BODY, schoolName: 'Другая школа', login: 'other' })
    expect(again.statusCode).toBe(409)
    expect(json(again)).toEqual({ error: 'setup_done', message: 'Школа уже создана: войдите' })
    expect(await counts(server!)).toEqual({ schools: 1, users: 1, sessions: 1, installation: 1 })

    const stored = await server!.storage.db.selectFrom('users').selectAll().executeTakeFirstOrThrow()
    expect(stored.login).toBe('smirnova')
    expect(stored.password_hash).toMatch(/^scrypt\$\d+\$8\$1\$/)
    expect(stored.password_hash).not.toContain(SETUP_BODY.password)
  })

  it('matches the token whatever the case, dashes or spaces', async () => {
    const { app } = await start()
    const lower = await post(app, '/api/setup', { ...SETUP_BODY, token: ' kq7r m2xd p9tb ' })
    expect(lower.statusCode).toBe(201)

    const other = await startTestServer(backend)
    try {
      const bare = await post(other.app, '/api/setup', { ...SETUP_BODY, token: 'kq7rm2xdp9tb' })
      expect(bare.statusCode).toBe(201)
    } finally {
      await other.close()
    }
  })

  it('names the wrong field of an invalid body and changes nothing', async () => {
    const { app } = await start()
    const short = await post(app, '/api/setup', { ...SETUP_BODY, password: 'short' })
    expect(short.statusCode).toBe(400)
    expect(json(short)).toMatchObject({ error: 'bad_request', field: 'password' })
    expect(json(short).message).toContain('«password»')

    const common = await post(app, '/api/setup', { ...SETUP_BODY, password: 'qwerty123' })
    expect(common.statusCode).toBe(400)
    expect(json(common)).toMatchObject({ error: 'bad_request', problem: 'password_common', field: 'password' })
    // The curator's login or name is the first thing a guesser tries.
    expect(json(await post(app, '/api/setup', { ...SETUP_BODY, password: `${SETUP_BODY.login}2024` }))).toMatchObject({ problem: 'password_common' })

    const badLogin = await post(app, '/api/setup', { ...SETUP_BODY, login: 'a b' })
    expect(badLogin.statusCode).toBe(400)
    expect(json(badLogin)).toMatchObject({ error: 'bad_request', field: 'login' })

    const notJson = await app.inject({ method: 'POST', url: '/api/setup', payload: '{oops', headers: { 'content-type': 'application/json' } })
    expect(notJson.statusCode).toBe(400)
    expect(json(notJson).error).toBe('bad_request')
    expect(notJson.body).not.toContain('at ')
    expect(await counts(server!)).toEqual(NOTHING)
  })

  it('lets exactly one of two racing setups win', async () => {
    const { app } = await start()
    const results = await Promise.all([
      post(app, '/api/setup', SETUP_BODY),
      post(app, '/api/setup', { ...SETUP_BODY, schoolName: 'Гимназия № 2', login: 'ivanova' }),
    ])
    expect(results.map(r => r.statusCode).sort()).toEqual([201, 409])
    expect(await counts(server!)).toEqual({ schools: 1, users: 1, sessions: 1, installation: 1 })
  })

  it('refuses every token when the server has none', async () => {
    server = await startTestServer(backend, { setupToken: null })
    const response = await post(server.app, '/api/setup', SETUP_BODY)
    expect(response.statusCode).toBe(403)
    expect(await counts(server)).toEqual(NOTHING)
  })
})
