import type { LoginResponse } from '#shared/api/auth'
import type { Change } from '#shared/sync/protocol'
import type { School } from './helpers/school.ts'
import type { TestServer } from './helpers/server.ts'
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { MENTOR_VISIBLE_PERSON_FIELDS } from '#shared/model/person'
import { ENTITIES } from '#shared/sync/entities'
import { countRows, recordRow, snapshot } from './helpers/records.ts'
import { consent, addMember, anotherSchool, byId, meetingFields, pairFields, personFields, planItemFields, programFields, remove, SyncClient, upsert } from './helpers/school.ts'
import { BACKENDS, bearer, json, post, startTestServer } from './helpers/server.ts'

/** Two mentors of one school, each with a pair, a mentee, a program, meetings and a plan item. */
async function buildSchool(server: TestServer, school: School) {
  const [first, second] = [await addMember(server.app, school, 'Ольга Николаевна Белова'), await addMember(server.app, school, 'Игорь Петрович Соколов')]
  const ids = {
    programA: uuidv7(), programB: uuidv7(), menteeA: uuidv7(), menteeB: uuidv7(),
    pairA: uuidv7(), pairB: uuidv7(), meetingA: uuidv7(), meetingB: uuidv7(), planA: uuidv7(),
  }
  const response = await school.curator.push(
    upsert('programs', ids.programA, programFields('Педагог – молодой специалист')),
    upsert('programs', ids.programB, programFields('Ученик – ученик')),
    upsert('people', ids.menteeA, personFields('Дарья Сергеевна Ким', { category: 'young_specialist', isMentee: 1, ovz: 1, gifted: 1, notes: 'только для куратора' })),
    upsert('people', ids.menteeB, personFields('Павел Андреевич Орлов', { category: 'student', isMentee: 1 })),
    consent(ids.menteeA),
    consent(ids.menteeB),
    upsert('pairs', ids.pairA, pairFields(ids.programA, first.personId, [ids.menteeA])),
    upsert('pairs', ids.pairB, pairFields(ids.programB, second.personId, [ids.menteeB])),
    upsert('meetings', ids.meetingA, meetingFields(ids.pairA, { notes: 'обсудили открытый урок' })),
    upsert('meetings', ids.meetingB, meetingFields(ids.pairB)),
    upsert('planItems', ids.planA, planItemFields(ids.pairA)),
  )
  expect(response.results.every(r => r.status === 'applied'), JSON.stringify(response.results)).toBe(true)
  return { first, second, ids }
}

const idsOf = (changes: Change[]) => new Set(changes.map(c => c.id))

describe.each(BACKENDS)('sync scope on %s', (backend) => {
  let server: TestServer
  let schools = 0
  beforeAll(async () => {
    server = await startTestServer(backend)
  })
  afterAll(() => server?.close())
  const newSchool = () => anotherSchool(server, `curator${++schools}`)

  it('prints a mentor\'s scope into the cursor as before the registry, then the consent marks of its pairs, if any', async () => {
    const school = await newSchool()
    const { first, ids } = await buildSchool(server, school)
    const pulled = await first.client.pullAll(null)
    // The fingerprint the server printed before the registry: role, school, then pairs, people, programs, campaigns, templates;
    // a pair whose consents run out (the teacher's duties agreement) adds its mark, so the phone hears when it changes.
    const parts = ['mentor', school.schoolId, ids.pairA, [ids.menteeA, first.personId].sort().join(','), ids.programA, '', '', 'pairs', `${ids.pairA}={"consentsUntil":"2099-05-31"}`]
    const before = createHash('sha256').update(parts.join('\n')).digest('base64url').slice(0, 16)
    expect(pulled.cursor.split('.')[1]).toBe(before)
  })

  it('gives a mentor own pairs, their meetings, plan items, people (mentor fields only) and programs', async () => {
    const school = await newSchool()
    const { first, second, ids } = await buildSchool(server, school)
    const pulled = await first.client.pullAll(null)
    expect(pulled.reset).toBe(true)
    expect(idsOf(pulled.changes)).toEqual(new Set([ids.pairA, ids.meetingA, ids.planA, ids.menteeA, first.personId, ids.programA]))

    const records = byId(pulled.changes)
    const mentee = records.get(ids.menteeA)!
    expect(Object.keys(mentee.fields).sort()).toEqual([...MENTOR_VISIBLE_PERSON_FIELDS].sort())
    expect(mentee.fields).toMatchObject({ name: 'Дарья Сергеевна Ким', classGroup: '', requests: ['методика'] })
    for (const secret of ['birthDate', 'notes', 'ovz', 'gifted', 'competencies'])
      expect(mentee.fields, secret).not.toHaveProperty(secret)
    expect(Object.keys(records.get(ids.programA)!.fields).sort()).toEqual([...ENTITIES.programs.personFields!].sort())
    // The phone names its meetings as the programme's school does.
    expect(records.get(ids.programA)!.fields.meetingKinds).toContainEqual({ kind: 'final', name: 'заключительная встреча' })
    expect(records.get(ids.meetingA)!.fields.notes).toBe('обсудили открытый урок')

    const other = await second.client.pullAll(null)
    expect(idsOf(other.changes)).toEqual(new Set([ids.pairB, ids.meetingB, ids.menteeB, second.personId, ids.programB]))
  })

  it('lets a mentor write meetings and plan items of own pairs only', async () => {
    const school = await newSchool()
    const { first, ids } = await buildSchool(server, school)
    const own = uuidv7()
    const ok = await first.client.push(upsert('meetings', own, meetingFields(ids.pairA)), upsert('planItems', ids.planA, { status: 'done', result: 'посетили' }))
    expect(ok.results.map(r => r.status)).toEqual(['applied', 'applied'])
    expect((await recordRow(server, school.schoolId, 'meetings', own))!.ref_id).toBe(ids.pairA)
    expect((await first.client.push(remove('meetings', own))).results[0]!.status).toBe('applied')
    expect((await recordRow(server, school.schoolId, 'meetings', own))!.deleted).toBe(1)

    const before = await snapshot(server, school.schoolId)
    const foreign = uuidv7()
    const refused = await first.client.push(
      upsert('meetings', foreign, meetingFields(ids.pairB)),
      upsert('meetings', ids.meetingA, { pairId: ids.pairB }),
      upsert('meetings', ids.meetingB, { topic: 'чужая встреча' }),
      remove('meetings', ids.meetingB),
      upsert('people', ids.menteeA, { notes: 'наставник пишет в карточку' }),
      upsert('pairs', ids.pairA, { status: 'completed' }),
      upsert('programs', ids.programA, { name: 'Переименовал наставник' }),
      remove('pairs', ids.pairA),
    )
    expect(refused.results.map(r => [r.status, r.code])).toEqual(Array.from({ length: 8 }, () => ['rejected', 'forbidden']))
    expect(refused.results[1]).toMatchObject({ field: 'pairId', problem: 'move_to_foreign_pair' })
    expect(await snapshot(server, school.schoolId)).toEqual({ ...before, counter: before.counter + 8 })

    // The restore puts back the server's copy of what the mentor may hold, and drops what they may not.
    const restore = byId(refused.restore)
    expect(restore.get(foreign)).toMatchObject({ deleted: 1, fields: {} })
    expect(restore.get(ids.meetingB)).toMatchObject({ deleted: 1, fields: {}, version: 0 })
    expect(restore.get(ids.meetingA)).toMatchObject({ deleted: 0, fields: expect.objectContaining({ pairId: ids.pairA }) })
    expect(Object.keys(restore.get(ids.menteeA)!.fields).sort()).toEqual([...MENTOR_VISIBLE_PERSON_FIELDS].sort())
    expect(restore.get(ids.pairA)).toMatchObject({ deleted: 0, fields: expect.objectContaining({ status: 'active' }) })
  })

  it('lets observers and mentees write nothing; observers read everything, mentees nothing', async () => {
    const school = await newSchool()
    const { ids } = await buildSchool(server, school)
    const created = await post(server.app, '/api/users', { name: 'Директор', role: 'observer', login: `director${schools}`, password: 'director password' }, bearer(school.curatorToken))
    expect(created.statusCode, created.body).toBe(201)
    const login = await post(server.app, '/api/auth/login', { login: `director${schools}`, password: 'director password' })
    const observer = new SyncClient(server.app, json<LoginResponse>(login).token)
    const mentee = await addMember(server.app, school, 'Анна Викторовна Лис', 'mentee')

    const before = await snapshot(server, school.schoolId)
    for (const client of [observer, mentee.client]) {
      const response = await client.push(upsert('programs', ids.programA, { name: 'Чужая правка' }), upsert('meetings', uuidv7(), meetingFields(ids.pairA)))
      expect(response.results.map(r => r.code)).toEqual(['forbidden', 'forbidden'])
    }
    expect((await snapshot(server, school.schoolId)).records).toEqual(before.records)

    const seen = await observer.pullAll(null)
    expect(seen.changes.length).toBe(before.records.length)
    expect(byId(seen.changes).get(ids.menteeA)!.fields).toHaveProperty('notes', 'только для куратора')
    const nothing = await mentee.client.pullAll(null)
    expect(nothing).toMatchObject({ reset: true, changes: [] })
  })

  it('resets both mentors when the curator hands a pair over', async () => {
    const school = await newSchool()
    const { first, second, ids } = await buildSchool(server, school)
    const before1 = await first.client.pullAll(null)
    const before2 = await second.client.pullAll(null)

    await school.curator.push(upsert('pairs', ids.pairA, { mentorId: second.personId }))
    const after1 = await first.client.pullAll(before1.cursor)
    expect(after1.reset).toBe(true)
    expect(idsOf(after1.changes)).toEqual(new Set([first.personId]))

    const after2 = await second.client.pullAll(before2.cursor)
    expect(after2.reset).toBe(true)
    expect(idsOf(after2.changes)).toEqual(new Set([ids.pairB, ids.meetingB, ids.menteeB, second.personId, ids.programB, ids.pairA, ids.meetingA, ids.planA, ids.menteeA, ids.programA]))

    // The mentor who lost the pair can no longer write into it.
    const late = await first.client.push(upsert('meetings', ids.meetingA, { topic: 'после передачи' }))
    expect(late.results[0]).toMatchObject({ status: 'rejected', code: 'forbidden' })
    expect(late.restore).toEqual([{ entity: 'meetings', id: ids.meetingA, version: 0, deleted: 1, fields: {} }])
    // It exists, so the device lost something real: its cursor can no longer say what it holds.
    expect(late.resetCursor).toBe(true)
    const unknown = await first.client.push(upsert('meetings', uuidv7(), { topic: 'неполная' }))
    expect(unknown.resetCursor).toBeUndefined()
  })

  it('keeps schools apart: same ids make separate rows, and no pull crosses over', async () => {
    const a = await newSchool()
    const { ids, first } = await buildSchool(server, a)
    const b = await newSchool()
    const aBefore = await snapshot(server, a.schoolId)

    const seenByB = await b.curator.pullAll(null)
    expect(seenByB.changes).toEqual([])
    // B's curator edits "P1" of school A by id: in school B it does not exist, so the patch is incomplete there.
    const patch = await b.curator.push(upsert('programs', ids.programA, { name: 'Правка из другой школы' }))
    expect(patch.results[0]).toMatchObject({ status: 'rejected', code: 'incomplete' })
    const created = await b.curator.push(upsert('programs', ids.programA, programFields('Своя программа школы B')))
    expect(created.results[0]!.status).toBe('applied')

    expect((await recordRow(server, b.schoolId, 'programs', ids.programA))!.data.name).toBe('Своя программа школы B')
    expect(await snapshot(server, a.schoolId)).toEqual(aBefore)
    expect(byId((await a.curator.pullAll(null)).changes).get(ids.programA)!.fields.name).toBe('Педагог – молодой специалист')
    expect(idsOf((await b.curator.pullAll(null)).changes)).toEqual(new Set([ids.programA]))

    // Accounts too: B's curator cannot list, enroll or revoke A's users.
    const enrollments = await countRows(server, 'enrollments')
    const enroll = await post(server.app, `/api/users/${first.userId}/enrollment`, {}, bearer(b.curatorToken))
    expect(enroll.statusCode).toBe(404)
    expect(await countRows(server, 'enrollments')).toBe(enrollments)
    const listed = json<Array<{ id: string }>>(await server.app.inject({ method: 'GET', url: '/api/users', headers: bearer(b.curatorToken) }))
    expect(listed.map(u => u.id)).not.toContain(first.userId)
    const device = await server.storage.db.selectFrom('sessions').select('id').where('user_id', '=', first.userId).executeTakeFirstOrThrow()
    expect((await post(server.app, `/api/devices/${device.id}/revoke`, {}, bearer(b.curatorToken))).statusCode).toBe(404)
    expect((await first.client.pull(null)).changes.length).toBeGreaterThan(0)
  })
})
