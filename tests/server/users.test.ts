import type { LoginResponse, SessionUser } from '#shared/api/auth'
import type { UserSummary } from '#shared/api/users'
import { describe, expect, it } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { PROTOCOL_VERSION } from '#shared/protocol'
import { countRows } from './helpers/records.ts'
import { addMember, issueCode, personFields, remove, upsert, useSchoolServer } from './helpers/school.ts'
import { BACKENDS, bearer, json, post } from './helpers/server.ts'

describe.each(BACKENDS)('users and devices on %s', (backend) => {
  const ctx = useSchoolServer(backend)

  const get = (url: string, token?: string) => ctx.server.app.inject({ method: 'GET', url, headers: token ? bearer(token) : {} })
  const createUser = (body: unknown) => post(ctx.server.app, '/api/users', body, bearer(ctx.school.curatorToken))
  const listUsers = async () => json<UserSummary[]>(await get('/api/users', ctx.school.curatorToken))

  it('refuses a missing or unknown token with unauthorized', async () => {
    for (const headers of [{}, bearer('garbage'), { authorization: 'Basic abc' }]) {
      for (const [method, url] of [['GET', '/api/users'], ['POST', '/api/sync/pull']] as const) {
        const response = await ctx.server.app.inject({ method, url, headers, payload: { protocol: PROTOCOL_VERSION, cursor: null } })
        expect(response.statusCode).toBe(401)
        expect(json(response).error).toBe('unauthorized')
      }
    }
  })

  it('creates staff with a password and mentors with a person card, naming what is missing', async () => {
    const staff = await createUser({ name: 'Директор школы', role: 'observer', login: ' Director ', password: 'director password' })
    expect(staff.statusCode, staff.body).toBe(201)
    expect(json<UserSummary>(staff)).toMatchObject({ role: 'observer', login: 'director', personId: null, devices: [] })
    expect((await post(ctx.server.app, '/api/auth/login', { login: 'director', password: 'director password' })).statusCode).toBe(200)

    const taken = await createUser({ name: 'Ещё директор', role: 'curator', login: 'director', password: 'director password' })
    expect(taken.statusCode).toBe(409)
    expect(json(taken)).toMatchObject({ error: 'conflict', field: 'login' })
    expect(json(await createUser({ name: 'Без пароля', role: 'curator', login: 'nopassword' }))).toMatchObject({ error: 'bad_request', field: 'password' })
    expect(json(await createUser({ name: 'Без логина', role: 'observer', password: 'some password' }))).toMatchObject({ error: 'bad_request', field: 'login' })

    const users = await countRows(ctx.server, 'users')
    expect(json(await createUser({ name: 'Наставник', role: 'mentor' }))).toMatchObject({ error: 'bad_request', field: 'personId' })
    expect(json(await createUser({ name: 'Наставник', role: 'mentor', personId: uuidv7() }))).toMatchObject({ error: 'bad_request', field: 'personId' })
    const gone = uuidv7()
    await ctx.school.curator.push(upsert('people', gone, personFields('Уволенный Педагог')), remove('people', gone))
    expect(json(await createUser({ name: 'Наставник', role: 'mentor', personId: gone }))).toMatchObject({ error: 'bad_request', field: 'personId' })
    expect(json(await createUser({ name: 'Наставник', role: 'mentor', personId: 'not-an-id' }))).toMatchObject({ error: 'bad_request', field: 'personId' })
    expect(await countRows(ctx.server, 'users')).toBe(users)

    const personId = uuidv7()
    await ctx.school.curator.push(upsert('people', personId, personFields('Елена Олеговна Глебова', { isMentor: 1 })))
    const mentor = await createUser({ name: 'Елена Олеговна Глебова', role: 'mentor', personId, password: 'ignored password' })
    expect(mentor.statusCode, mentor.body).toBe(201)
    expect(json<UserSummary>(mentor)).toMatchObject({ role: 'mentor', personId, login: null, devices: [] })
    const stored = await ctx.server.storage.db.selectFrom('users').selectAll().where('id', '=', json<UserSummary>(mentor).id).executeTakeFirstOrThrow()
    expect(stored.password_hash).toBeNull()
    expect(stored.login).toMatch(/^m-[a-z2-9]{8}$/)
    expect(json(await createUser({ name: 'Дубль', role: 'mentor', personId }))).toMatchObject({ error: 'conflict', field: 'personId' })
  })

  it('enrolls one device per code, with the person card in the session', async () => {
    const member = await addMember(ctx.server.app, ctx.school, 'Ирина Павловна Зуева')
    const me = json<SessionUser>(await get('/api/auth/me', member.token))
    expect(me).toMatchObject({ id: member.userId, role: 'mentor', personId: member.personId, schoolId: ctx.school.schoolId })

    const enrollment = await issueCode(ctx.server.app, ctx.school.curatorToken, member.userId)
    expect(enrollment.code).toMatch(/^[A-HJKMNP-TV-Z2-9]{4}-[A-HJKMNP-TV-Z2-9]{4}$/)
    expect(enrollment.path).toBe(`/enroll/${enrollment.code}`)
    expect(Date.parse(enrollment.expiresAt) - Date.now()).toBeGreaterThan(6.9 * 24 * 3600_000)

    // Typed loosely on the phone: lower case, no dash.
    const first = await post(ctx.server.app, '/api/enroll', { code: ` ${enrollment.code.replace('-', '').toLowerCase()} `, deviceName: 'Redmi Note 12' })
    expect(first.statusCode, first.body).toBe(201)
    expect(json<LoginResponse>(first).user).toEqual(me)
    const again = await post(ctx.server.app, '/api/enroll', { code: enrollment.code, deviceName: 'Второй телефон' })
    expect(again.statusCode).toBe(400)
    expect(json(again)).toEqual({ error: 'enrollment_invalid', message: 'Код недействителен или истёк: попросите куратора выдать новый' })
    expect(json(await post(ctx.server.app, '/api/enroll', { code: 'AAAA-BBBB' }))).toMatchObject({ error: 'enrollment_invalid' })

    const listed = (await listUsers()).find(u => u.id === member.userId)!
    expect(listed.devices.map(d => d.name)).toEqual([`Телефон Ирина Павловна Зуева`, 'Redmi Note 12'])
    expect(listed.devices[1]).toMatchObject({ revokedAt: null, lastSyncAt: null })
    await member.client.pull(null)
    const synced = (await listUsers()).find(u => u.id === member.userId)!
    expect(Date.now() - Date.parse(synced.devices[0]!.lastSyncAt!)).toBeLessThan(10_000)
  })

  it('refuses an expired code and one replaced by a newer code', async () => {
    const member = await addMember(ctx.server.app, ctx.school, 'Сергей Ильич Котов')
    const expired = await issueCode(ctx.server.app, ctx.school.curatorToken, member.userId)
    await ctx.server.storage.db.updateTable('enrollments').set({ expires_at: '2020-01-01T00:00:00.000Z' }).where('user_id', '=', member.userId).where('used_at', 'is', null).execute()
    expect(json(await post(ctx.server.app, '/api/enroll', { code: expired.code }))).toMatchObject({ error: 'enrollment_invalid' })

    const older = await issueCode(ctx.server.app, ctx.school.curatorToken, member.userId)
    const newer = await issueCode(ctx.server.app, ctx.school.curatorToken, member.userId)
    expect(json(await post(ctx.server.app, '/api/enroll', { code: older.code }))).toMatchObject({ error: 'enrollment_invalid' })
    expect((await post(ctx.server.app, '/api/enroll', { code: newer.code })).statusCode).toBe(201)
  })

  it('revokes a device: its next request hears revoked, other devices go on', async () => {
    const member = await addMember(ctx.server.app, ctx.school, 'Нина Юрьевна Рябова')
    const second = json<LoginResponse>(await post(ctx.server.app, '/api/enroll', { code: (await issueCode(ctx.server.app, ctx.school.curatorToken, member.userId)).code, deviceName: 'Планшет' }))
    const device = (await listUsers()).find(u => u.id === member.userId)!.devices[0]!

    const revoke = await post(ctx.server.app, `/api/devices/${device.id}/revoke`, {}, bearer(ctx.school.curatorToken))
    expect(revoke.statusCode).toBe(204)
    const refused = await post(ctx.server.app, '/api/sync/pull', { protocol: PROTOCOL_VERSION, cursor: null }, bearer(member.token))
    expect(refused.statusCode).toBe(401)
    expect(json(refused)).toEqual({ error: 'revoked', message: 'Доступ этого устройства отозван куратором' })
    expect((await get('/api/auth/me', second.token)).statusCode).toBe(200)

    const listed = (await listUsers()).find(u => u.id === member.userId)!
    expect(listed.devices.find(d => d.id === device.id)!.revokedAt).not.toBeNull()
    expect((await post(ctx.server.app, `/api/devices/${device.id}/revoke`, {}, bearer(ctx.school.curatorToken))).statusCode).toBe(204)
    expect((await post(ctx.server.app, `/api/devices/${uuidv7()}/revoke`, {}, bearer(ctx.school.curatorToken))).statusCode).toBe(404)

    // Logging out is not a revocation by someone else: the old token is just unknown.
    await post(ctx.server.app, '/api/auth/logout', {}, bearer(second.token))
    expect(json(await get('/api/auth/me', second.token)).error).toBe('unauthorized')
  })

  it('refuses a region account to a curator: it sees every school, so only the server\'s admin makes one', async () => {
    const users = await countRows(ctx.server, 'users')
    const refused = await createUser({ name: 'Региональный оператор', role: 'region', login: 'oblast', password: 'region long password' })
    expect(refused.statusCode).toBe(403)
    expect(json(refused)).toMatchObject({ error: 'forbidden', problem: 'region_admin_only', field: 'role', message: expect.stringMatching(/^Учётную запись регионального оператора создаёт только администратор сервера/) })
    expect(await countRows(ctx.server, 'users')).toBe(users)
  })

  it('issues and redeems enrollment codes only for mentors and mentees, never for staff', async () => {
    const observer = json<UserSummary>(await createUser({ name: 'Наблюдатель Школы', role: 'observer', login: 'watcher', password: 'watcher long password' }))
    const enrollments = await countRows(ctx.server, 'enrollments')
    const refused = await post(ctx.server.app, `/api/users/${observer.id}/enrollment`, {}, bearer(ctx.school.curatorToken))
    expect(refused.statusCode).toBe(400)
    expect(json(refused)).toMatchObject({ error: 'bad_request', problem: 'enrollment_person_only' })
    expect(await countRows(ctx.server, 'enrollments')).toBe(enrollments)

    // A code made for a staff account some other way (an older server, a hand-edited database) signs nothing in.
    const member = await addMember(ctx.server.app, ctx.school, 'Вера Павловна Лунина')
    const { code } = await issueCode(ctx.server.app, ctx.school.curatorToken, member.userId)
    await ctx.server.storage.db.updateTable('enrollments').set({ user_id: observer.id }).where('user_id', '=', member.userId).where('used_at', 'is', null).execute()
    const sessions = await countRows(ctx.server, 'sessions')
    const redeemed = await post(ctx.server.app, '/api/enroll', { code, deviceName: 'Чужой телефон' })
    expect(redeemed.statusCode).toBe(400)
    expect(json(redeemed)).toMatchObject({ error: 'enrollment_invalid', problem: 'enrollment_person_only' })
    expect(await countRows(ctx.server, 'sessions')).toBe(sessions)
  })

  it('lets only curators manage accounts', async () => {
    const member = await addMember(ctx.server.app, ctx.school, 'Олег Васильевич Пахомов')
    const before = { users: await countRows(ctx.server, 'users'), enrollments: await countRows(ctx.server, 'enrollments') }
    const attempts = [
      await get('/api/users', member.token),
      await post(ctx.server.app, '/api/users', { name: 'Самозванец', role: 'curator', login: 'selfmade', password: 'self made pass' }, bearer(member.token)),
      await post(ctx.server.app, `/api/users/${member.userId}/enrollment`, {}, bearer(member.token)),
      await post(ctx.server.app, `/api/devices/${uuidv7()}/revoke`, {}, bearer(member.token)),
    ]
    for (const response of attempts) {
      expect(response.statusCode).toBe(403)
      expect(json(response).error).toBe('forbidden')
    }
    expect({ users: await countRows(ctx.server, 'users'), enrollments: await countRows(ctx.server, 'enrollments') }).toEqual(before)
    expect((await post(ctx.server.app, `/api/users/${uuidv7()}/enrollment`, {}, bearer(ctx.school.curatorToken))).statusCode).toBe(404)
  })
})
