import type { LoginResponse } from '#shared/api/auth'
import { randomBytes, scryptSync } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_PASSWORD_COST, setPasswordCost } from '../../src/server/auth/password.ts'
import { createUser } from '../../src/server/users/accounts.ts'
import { countRows } from './helpers/records.ts'
import { useSchoolServer } from './helpers/school.ts'
import { BACKENDS, bearer, json, post } from './helpers/server.ts'

/** A hash as the server stored it before #18: scrypt at N = 2^15, in the same `scrypt$N$r$p$salt$hash` form. */
function oldHash(password: string): string {
  const salt = randomBytes(16)
  const key = scryptSync(password.normalize('NFC'), salt, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 })
  return ['scrypt', 2 ** 15, 8, 1, salt.toString('base64'), key.toString('base64')].join('$')
}

// The rest of the suite hashes cheaply (helpers/passwordCost.ts); here the cost a school's server uses is the point.
beforeAll(() => setPasswordCost(DEFAULT_PASSWORD_COST))

describe.each(BACKENDS)('passwords on %s', (backend) => {
  const ctx = useSchoolServer(backend)
  const login = (name: string, password: string) => post(ctx.server.app, '/api/auth/login', { login: name, password })
  const storedHash = async (name: string) =>
    (await ctx.server.storage.db.selectFrom('users').select('password_hash').where('login', '=', name).executeTakeFirstOrThrow()).password_hash

  it('refuses a common or guessable password for a new account, in words that say why, and creates nothing', async () => {
    const users = await countRows(ctx.server, 'users')
    const account = { name: 'Ольга Сергеевна Котова', role: 'observer', login: 'kotova' }
    for (const password of ['password1', 'qwerty123', '12345678', 'iloveyou', 'aaaaaaaa', 'kotova2024']) {
      const refused = await post(ctx.server.app, '/api/users', { ...account, password }, bearer(ctx.school.curatorToken))
      expect(refused.statusCode, password).toBe(400)
      expect(json(refused), password).toMatchObject({ error: 'bad_request', problem: 'password_common', field: 'password', message: expect.stringMatching(/^Этот пароль слишком распространён/) })
    }
    expect(await countRows(ctx.server, 'users')).toBe(users)
    const created = await post(ctx.server.app, '/api/users', { ...account, password: 'kotova long password' }, bearer(ctx.school.curatorToken))
    expect(created.statusCode, created.body).toBe(201)
    expect(await storedHash('kotova')).toMatch(/^scrypt\$131072\$8\$1\$/)
  })

  it('signs in with a hash of the old parameters and stores it anew at the current ones', async () => {
    const password = 'старый пароль директора'
    await createUser(ctx.server.storage.db, ctx.school.schoolId, { name: 'Директор', role: 'observer', personId: null, login: 'director', password }, 'admin')
    const old = oldHash(password)
    await ctx.server.storage.db.updateTable('users').set({ password_hash: old }).where('login', '=', 'director').execute()

    expect((await login('director', 'не тот пароль директора')).statusCode).toBe(401)
    expect(await storedHash('director'), 'a wrong password changes nothing').toBe(old)
    const first = await login('director', password)
    expect(first.statusCode, first.body).toBe(200)
    const upgraded = await storedHash('director')
    expect(upgraded).toMatch(/^scrypt\$131072\$8\$1\$/)
    const second = await login('director', password)
    expect(second.statusCode, second.body).toBe(200)
    expect(await storedHash('director'), 'an upgraded hash stays').toBe(upgraded)
    expect(json<LoginResponse>(second).user.id).toBe(json<LoginResponse>(first).user.id)
  })
})
