import type { LoginResponse } from '#shared/api/auth'
import type { TestServer } from './helpers/server.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashToken } from '../../src/server/auth/tokens.ts'
import { BACKENDS, bearer, json, post, SETUP_BODY, startTestServer } from './helpers/server.ts'

describe.each(BACKENDS)('sign-in on %s', (backend) => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer(backend)
    expect((await post(server.app, '/api/setup', SETUP_BODY)).statusCode).toBe(201)
  })
  afterAll(() => server?.close())

  const login = (body: unknown) => post(server.app, '/api/auth/login', body)
  const me = (token: string) => server.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(token) })

  it('gives a working token for the right password, with the login typed loosely', async () => {
    const response = await login({ login: '  Smirnova ', password: SETUP_BODY.password })
    expect(response.statusCode).toBe(200)
    const { token, user } = json<LoginResponse>(response)
    expect(user).toMatchObject({ name: SETUP_BODY.curatorName, role: 'curator', schoolName: SETUP_BODY.schoolName })
    expect(json(await me(token))).toEqual(user)
  })

  it('answers a wrong password and an unknown login identically', async () => {
    const wrongPassword = await login({ login: SETUP_BODY.login, password: 'not the password' })
    const unknownLogin = await login({ login: 'nobody', password: SETUP_BODY.password })
    expect(wrongPassword.statusCode).toBe(401)
    expect(unknownLogin.statusCode).toBe(401)
    expect(wrongPassword.body).toBe(unknownLogin.body)
    expect(json(wrongPassword)).toEqual({ error: 'login_failed', message: 'Неверный логин или пароль' })
  })

  it('revokes the token on logout', async () => {
    const { token } = json<LoginResponse>(await login({ login: SETUP_BODY.login, password: SETUP_BODY.password }))
    expect((await me(token)).statusCode).toBe(200)
    const logout = await server.app.inject({ method: 'POST', url: '/api/auth/logout', headers: bearer(token) })
    expect(logout.statusCode).toBe(204)
    const after = await me(token)
    expect(after.statusCode).toBe(401)
    expect(json(after).error).toBe('unauthorized')
  })

  it('refuses a missing or unknown token', async () => {
    const missing = await server.app.inject({ method: 'GET', url: '/api/auth/me' })
    expect(missing.statusCode).toBe(401)
    expect(json(missing).error).toBe('unauthorized')
    expect((await me('made-up-token')).statusCode).toBe(401)
  })

  it('stores only the token hash', async () => {
    const { token } = json<LoginResponse>(await login({ login: SETUP_BODY.login, password: SETUP_BODY.password }))
    const hashes = (await server.storage.db.selectFrom('sessions').select('token_hash').execute()).map(r => r.token_hash)
    expect(hashes).not.toContain(token)
    expect(hashes).toContain(hashToken(token))
  })
})
