import type { LoginResponse } from '#shared/api/auth'
import type { AccessReset, Enrollment, UserSummary } from '#shared/api/users'
import { describe, expect, it } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { ENTITY_NAMES } from '#shared/sync/entityNames'
import { createUser, setDisabled } from '../../src/server/users/accounts.ts'
import { countRows } from './helpers/records.ts'
import { addMember, issueCode, SyncClient, upsert, remove, useSchoolServer } from './helpers/school.ts'
import { BACKENDS, bearer, json, post } from './helpers/server.ts'

const SAMSUNG = 'Mozilla/5.0 (Linux; Android 13; SM-A125F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36'
// What Chrome on Android sends today: the model and version are hidden, the client hints carry them.
const REDUCED = 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36'
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1'
const YANDEX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 YaBrowser/24.1.0.0 Safari/537.36'

describe.each(BACKENDS)('staff accounts on %s', (backend) => {
  const ctx = useSchoolServer(backend)
  const app = () => ctx.server.app
  const asCurator = (url: string, body: unknown, token = ctx.school.curatorToken) => post(app(), url, body, bearer(token))
  const put = (url: string, body: unknown, token = ctx.school.curatorToken) =>
    app().inject({ method: 'PUT', url, payload: body as Record<string, unknown>, headers: bearer(token) })
  const me = (token: string) => app().inject({ method: 'GET', url: '/api/auth/me', headers: bearer(token) })
  // Each sign-in from a computer of its own: the school's one address would soon meet the sign-in rate limit.
  let computers = 0
  const login = (login: string, password: string, headers: Record<string, string> = {}) =>
    app().inject({ method: 'POST', url: '/api/auth/login', payload: { login, password }, headers, remoteAddress: `10.1.0.${++computers}` })
  const listed = async (id: string) => json<UserSummary[]>(await app().inject({ method: 'GET', url: '/api/users', headers: bearer(ctx.school.curatorToken) })).find(u => u.id === id)!

  async function staff(role: 'curator' | 'observer', loginName: string, title?: string) {
    const password = `${loginName} long password`
    const created = await asCurator('/api/users', { name: `Сотрудник ${loginName}`, role, login: loginName, password, title })
    expect(created.statusCode, created.body).toBe(201)
    const signedIn = await login(loginName, password)
    expect(signedIn.statusCode, signedIn.body).toBe(200)
    return { user: json<UserSummary>(created), password, token: json<LoginResponse>(signedIn).token }
  }

  it('lets a curator add co-curators and observers with a title, but never a region account', async () => {
    const director = await staff('observer', `director-${backend}`, ' Директор ')
    expect(director.user).toMatchObject({ role: 'observer', title: 'Директор', disabledAt: null })
    expect(await listed(director.user.id)).toMatchObject({ title: 'Директор', login: `director-${backend}` })
    const colleague = await staff('curator', `deputy-${backend}`)
    expect(json(await me(colleague.token))).toMatchObject({ role: 'curator', schoolId: ctx.school.schoolId })

    const users = await countRows(ctx.server, 'users')
    const region = await asCurator('/api/users', { name: 'Региональный оператор', role: 'region', login: `oblast-${backend}`, password: 'region long password' })
    expect(region.statusCode).toBe(403)
    expect(json(region)).toMatchObject({ problem: 'region_admin_only', field: 'role' })
    await expect(createUser(ctx.server.storage.db, ctx.school.schoolId, { name: 'Регион', role: 'region', personId: null, login: `oblast-${backend}`, password: 'region long password' }, 'curator'))
      .rejects.toMatchObject({ status: 403 })
    expect(await countRows(ctx.server, 'users')).toBe(users)
    // The same function serves the admin CLI, which may.
    const made = await createUser(ctx.server.storage.db, ctx.school.schoolId, { name: 'Регион', role: 'region', personId: null, login: `oblast-${backend}`, password: 'region long password' }, 'admin')
    expect(made.role).toBe('region')
    // Nor may the curator take it over by a new password, or switch it off.
    expect(json(await asCurator(`/api/users/${made.id}/password`, {}))).toMatchObject({ problem: 'region_admin_only' })
    expect(json(await put(`/api/users/${made.id}/disabled`, { disabled: true }))).toMatchObject({ problem: 'region_admin_only' })
    expect((await login(`oblast-${backend}`, 'region long password')).statusCode).toBe(200)
  })

  it('issues phone codes for mentors and mentees only, and says when a new one cancels the previous', async () => {
    const observer = await staff('observer', `psych-${backend}`, 'Педагог-психолог')
    const curator = await staff('curator', `second-${backend}`)
    for (const id of [observer.user.id, curator.user.id]) {
      const refused = await asCurator(`/api/users/${id}/enrollment`, {})
      expect(refused.statusCode).toBe(400)
      expect(json(refused)).toMatchObject({ problem: 'enrollment_person_only' })
    }
    expect(await countRows(ctx.server, 'enrollments')).toBe(0)

    const mentor = await addMember(app(), ctx.school, 'Ирина Павловна Зуева')
    const first = await issueCode(app(), ctx.school.curatorToken, mentor.userId)
    expect(first.replaced).toBe(false)
    const second = await issueCode(app(), ctx.school.curatorToken, mentor.userId)
    expect(second.replaced).toBe(true)
    expect(json(await post(app(), '/api/enroll', { code: first.code }))).toMatchObject({ error: 'enrollment_invalid' })
  })

  it('resets a staff account\'s access: a new password shown once, the old one and its devices stop', async () => {
    const observer = await staff('observer', `wg-${backend}`, 'Член рабочей группы')
    const reset = await asCurator(`/api/users/${observer.user.id}/password`, {})
    expect(reset.statusCode, reset.body).toBe(201)
    const { password, signedOut } = json<AccessReset>(reset)
    expect(password).toMatch(/^[A-HJKMNP-TV-Z2-9]{4}(-[A-HJKMNP-TV-Z2-9]{4}){2}$/)
    expect(signedOut).toBe(1)
    expect(json(await me(observer.token))).toMatchObject({ error: 'revoked' })
    expect((await login(`wg-${backend}`, observer.password)).statusCode).toBe(401)
    expect((await login(`wg-${backend}`, password)).statusCode).toBe(200)

    const mentor = await addMember(app(), ctx.school, 'Олег Петрович Сомов')
    expect(json(await asCurator(`/api/users/${mentor.userId}/password`, {}))).toMatchObject({ problem: 'no_password_for_person' })
    expect((await asCurator(`/api/users/${uuidv7()}/password`, {})).statusCode).toBe(404)
    expect((await asCurator(`/api/users/${observer.user.id}/password`, {}, json<LoginResponse>(await login(`wg-${backend}`, password)).token)).statusCode).toBe(403)
  })

  it('disables an account (devices signed out, sign-in refused, codes void) and enables it again', async () => {
    const observer = await staff('observer', `off-${backend}`)
    expect((await put(`/api/users/${observer.user.id}/disabled`, { disabled: true })).statusCode).toBe(204)
    expect((await listed(observer.user.id)).disabledAt).not.toBeNull()
    expect(json(await me(observer.token))).toMatchObject({ error: 'revoked' })
    const refused = await login(`off-${backend}`, observer.password)
    expect(refused.statusCode).toBe(403)
    expect(json(refused)).toMatchObject({ problem: 'account_disabled' })
    // A wrong password learns nothing of the account's state.
    expect((await login(`off-${backend}`, 'not the password at all')).statusCode).toBe(401)

    expect((await put(`/api/users/${observer.user.id}/disabled`, { disabled: false })).statusCode).toBe(204)
    expect((await listed(observer.user.id)).disabledAt).toBeNull()
    expect((await login(`off-${backend}`, observer.password)).statusCode).toBe(200)

    const mentor = await addMember(app(), ctx.school, 'Анна Сергеевна Орлова')
    const unused: Enrollment = await issueCode(app(), ctx.school.curatorToken, mentor.userId)
    expect((await put(`/api/users/${mentor.userId}/disabled`, { disabled: true })).statusCode).toBe(204)
    expect(json(await me(mentor.token))).toMatchObject({ error: 'revoked' })
    expect(json(await post(app(), '/api/enroll', { code: unused.code }))).toMatchObject({ error: 'enrollment_invalid' })
    expect(json(await asCurator(`/api/users/${mentor.userId}/enrollment`, {}))).toMatchObject({ problem: 'account_disabled' })
  })

  it('never lets a curator disable themselves or leave the school without an active curator', async () => {
    const self = json<{ id: string }>(await me(ctx.school.curatorToken)).id
    const refused = await put(`/api/users/${self}/disabled`, { disabled: true })
    expect(refused.statusCode).toBe(409)
    expect(json(refused)).toMatchObject({ problem: 'cannot_disable_self' })

    const curators = () => ctx.server.storage.db.selectFrom('users').select('id')
      .where('school_id', '=', ctx.school.schoolId).where('role', '=', 'curator').where('disabled_at', 'is', null).execute()
    for (const { id } of await curators()) {
      if (id !== self)
        await setDisabled(ctx.server.storage.db, ctx.school.schoolId, id, true, 'admin')
    }
    const other = await staff('curator', `twin-${backend}`)
    // Both at once: whichever goes second finds itself the last one (or already signed out).
    const [a, b] = await Promise.all([
      put(`/api/users/${other.user.id}/disabled`, { disabled: true }),
      put(`/api/users/${self}/disabled`, { disabled: true }, other.token),
    ])
    expect([a.statusCode, b.statusCode].filter(s => s === 204)).toHaveLength(1)
    const active = await curators()
    expect(active).toHaveLength(1)
    await expect(setDisabled(ctx.server.storage.db, ctx.school.schoolId, active[0]!.id, true, 'admin')).rejects.toMatchObject({ status: 409, why: { problem: 'last_curator' } })
    // Put back for the tests that follow.
    await setDisabled(ctx.server.storage.db, ctx.school.schoolId, self, false, 'admin')
  })

  it('refuses every push of an observer, whatever the entity', async () => {
    const observer = await staff('observer', `reader-${backend}`)
    const client = new SyncClient(app(), observer.token)
    const records = await countRows(ctx.server, 'records')
    const pushed = await client.push(...ENTITY_NAMES.flatMap(entity => [upsert(entity, uuidv7(), {}), remove(entity, uuidv7())]))
    expect(pushed.results.map(r => r.code)).toEqual(ENTITY_NAMES.flatMap(() => ['forbidden', 'forbidden']))
    expect(await countRows(ctx.server, 'records')).toBe(records)
  })

  it('describes each device from its browser and keeps the name the curator gives it', async () => {
    const observer = await staff('observer', `phones-${backend}`)
    const sign = (headers: Record<string, string>) => login(`phones-${backend}`, observer.password, headers)
    expect((await sign({ 'user-agent': SAMSUNG })).statusCode).toBe(200)
    expect((await sign({ 'user-agent': REDUCED, 'sec-ch-ua-model': '"SM-S911B"', 'sec-ch-ua-platform-version': '"14.0.0"' })).statusCode).toBe(200)
    expect((await sign({ 'user-agent': IPHONE })).statusCode).toBe(200)
    expect((await sign({ 'user-agent': YANDEX, 'sec-ch-ua-platform-version': '"10.0.0"' })).statusCode).toBe(200)
    const devices = (await listed(observer.user.id)).devices
    expect(devices.map(d => d.description)).toEqual([
      '', // the sign-in of `staff()` sent no User-Agent
      'Android 13, Samsung SM-A125F, Chrome 120',
      'Android 14, SM-S911B, Chrome 124',
      'iPhone, Safari',
      'Windows 10, Яндекс Браузер',
    ])

    const phone = devices[1]!.id
    expect((await put(`/api/devices/${phone}/name`, { name: '  Телефон директора ' })).statusCode).toBe(204)
    expect((await listed(observer.user.id)).devices[1]).toMatchObject({ name: 'Телефон директора', description: 'Android 13, Samsung SM-A125F, Chrome 120' })
    expect((await put(`/api/devices/${uuidv7()}/name`, { name: 'x' })).statusCode).toBe(404)
    expect((await put(`/api/devices/${phone}/name`, { name: 'x' }, observer.token)).statusCode).toBe(403)
  })

  it('words bad input on its field: a taken login, a weak password, an empty name', async () => {
    await staff('observer', `taken-${backend}`)
    const cases = [
      [{ name: 'Другой Сотрудник', role: 'observer', login: `taken-${backend}`, password: 'a long unusual password' }, 409, 'login', 'login_taken'],
      [{ name: 'Другой Сотрудник', role: 'observer', login: `weak-${backend}`, password: 'qwerty123' }, 400, 'password', 'password_common'],
      [{ name: 'Другой Сотрудник', role: 'observer', login: `weak-${backend}`, password: 'short' }, 400, 'password', 'password_too_short'],
      [{ name: '  ', role: 'observer', login: `noname-${backend}`, password: 'a long unusual password' }, 400, 'name', 'required'],
    ] as const
    for (const [body, status, field, problem] of cases) {
      const response = await asCurator('/api/users', body)
      expect(response.statusCode, response.body).toBe(status)
      expect(json(response)).toMatchObject({ field, problem })
    }
  })
})
