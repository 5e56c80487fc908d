import type { LoginResponse } from '#shared/api/auth'
import type { Consent } from '#shared/model/consent'
import type { Meeting } from '#shared/model/meeting'
import type { Pair } from '#shared/model/pair'
import type { Person } from '#shared/model/person'
import type { RecordFields } from '#shared/model/record'
import type { Roadmap } from '#shared/model/roadmap'
import type { RoadmapEvent } from '#shared/model/roadmapEvent'
import type { SyncedRecords } from '#shared/sync/entities'
import type { EntityName } from '#shared/sync/entityNames'
import type { TestServer } from './helpers/server.ts'
import * as v from 'valibot'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { consentBook, pairConsents } from '#shared/model/consentRules'
import { ENTITIES } from '#shared/sync/entities'
import { ageOn, daysFrom } from '../../src/server/demo/calendar.ts'
import { type Demo, type DemoMutation, generateDemo } from '../../src/server/demo/generate.ts'
import { adminEnv, runAdmin } from './helpers/admin.ts'
import { SyncClient } from './helpers/school.ts'
import { BACKENDS, json, post, startTestServer } from './helpers/server.ts'

const TODAY = '2026-11-23'
const SMALL = { people: 60, pairs: 30, meetings: 300 }

function records<E extends EntityName>(demo: Demo, entity: E): Array<RecordFields<SyncedRecords[E]> & { id: string }> {
  return demo.mutations.filter((m): m is DemoMutation<E> => m.entity === entity).map(m => ({ ...m.fields, id: m.id }))
}

function countByEntity(entities: ReadonlyArray<{ entity: string }>): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const { entity } of entities)
    counts[entity] = (counts[entity] ?? 0) + 1
  return counts
}

describe('the demo generator', () => {
  const demo = generateDemo({ seed: 11, today: TODAY })

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateDemo({ seed: 5, today: TODAY, size: SMALL })).toEqual(generateDemo({ seed: 5, today: TODAY, size: SMALL }))
    expect(generateDemo({ seed: 6, today: TODAY, size: SMALL }).mutations[0]!.id).not.toBe(generateDemo({ seed: 5, today: TODAY, size: SMALL }).mutations[0]!.id)
  })

  it('makes exactly the size asked for, by default 600 people, 300 pairs, 10,000 meetings', () => {
    expect(countByEntity(demo.mutations)).toMatchObject({ people: 600, pairs: 300, meetings: 10_000, programs: 4 })
    expect(countByEntity(generateDemo({ seed: 2, today: TODAY, size: SMALL }).mutations)).toMatchObject({ people: 60, pairs: 30, meetings: 300 })
    expect(() => generateDemo({ today: TODAY, size: { people: 40, pairs: 30 } })).toThrow(RangeError)
  })

  it('gives only full records the shared schemas accept, with unique ids', () => {
    for (const m of demo.mutations) {
      const checked = v.safeParse(ENTITIES[m.entity].full, m.fields)
      expect(checked.success, `${m.entity} ${m.id}: ${checked.issues?.[0]?.message}`).toBe(true)
      expect(m.op).toBe('upsert')
    }
    expect(new Set(demo.mutations.map(m => m.id)).size).toBe(demo.mutations.length)
  })

  it('has minors’ consents signed by a guardian, adults’ by themselves', () => {
    const people = new Map(records(demo, 'people').map(p => [p.id, p]))
    const consents = records(demo, 'consents')
    expect(consents.length).toBeGreaterThan(people.size * 0.85)
    let minors = 0
    for (const consent of consents) {
      const minor = ageOn(people.get(consent.personId)!.birthDate, consent.date) < 18
      minors += minor ? 1 : 0
      expect(consent.signedBy).toBe(minor ? 'guardian' : 'self')
      expect(consent.guardianName.length > 0).toBe(minor)
    }
    expect(minors).toBeGreaterThan(300)
  })

  it('pairs mentors with mentees who both hold a consent signed before the pair formed', () => {
    const people = new Map(records(demo, 'people').map(p => [p.id, p]))
    const consents = records(demo, 'consents') as Array<Consent>
    const book = consentBook(consents)
    const signed = new Map(consents.map(c => [c.personId, c.date]))
    const pairs = records(demo, 'pairs') as Array<Pair>
    for (const pair of pairs) {
      expect(people.get(pair.mentorId)!.isMentor).toBe(1)
      for (const id of pair.menteeIds) {
        expect(people.get(id)!.isMentee).toBe(1)
        expect(signed.get(id)! <= pair.startDate).toBe(true)
      }
      // Every consent the pair's places need (a staff mentor's written one too) was in force when it formed.
      expect(pairConsents(pair, people, book, pair.startDate).gaps).toEqual([])
    }
    expect(pairs.filter(p => p.menteeIds.length > 1).length).toBeGreaterThan(20)
    expect(new Set(pairs.map(p => p.status))).toEqual(new Set(['active', 'completed', 'dissolved']))
  })

  it('fits birth dates to classes 1А–11Б and gives the school one roadmap over the seven stages, its past events done', () => {
    const students = (records(demo, 'people') as Array<Person>).filter(p => p.category === 'student')
    expect(new Set(students.map(s => s.classGroup)).size).toBe(22)
    for (const s of students) {
      const grade = Number.parseInt(s.classGroup, 10)
      // In the school year 2026/27 a first-grader is 7 on 1 September, an eleventh-grader 17.
      expect(ageOn(s.birthDate, '2026-09-01')).toBe(grade + 6)
    }
    const [roadmap, ...more] = records(demo, 'roadmaps') as Array<Roadmap>
    expect(more).toEqual([])
    const events = records(demo, 'roadmapEvents') as Array<RoadmapEvent>
    expect(new Set(events.map(e => e.stageId))).toEqual(new Set(roadmap!.stages.map(s => s.id)))
    expect(roadmap!.stages).toHaveLength(7)
    // The demo runs a year up to its today: the first September's events are behind it, and (nearly all) done.
    expect(events.filter(e => e.deadline.kind === 'on' && e.deadline.at === `${roadmap!.startDate.slice(0, 4)}-09`).some(e => e.status === 'done')).toBe(true)
  })

  it('keeps a school year of meetings in the seeds’ order, before today, with some pairs quiet for 21 days or more', () => {
    const meetings = records(demo, 'meetings') as Array<Meeting & { id: string }>
    const pairs = records(demo, 'pairs') as Array<Pair & { id: string }>
    expect(meetings.every(m => m.date < TODAY)).toBe(true)
    const byPair = new Map<string, Meeting[]>()
    for (const m of meetings)
      byPair.set(m.pairId, [...byPair.get(m.pairId) ?? [], m])
    const first = pairs.map(p => byPair.get(p.id)?.[0]?.kind).filter(Boolean)
    expect(first.every(kind => kind === 'intro')).toBe(true)
    const span = daysFrom(meetings.map(m => m.date).sort()[0]!, TODAY)
    expect(span).toBeGreaterThan(300)
    const stale = pairs.filter(p => p.status === 'active' && daysFrom(byPair.get(p.id)!.at(-1)!.date, TODAY) >= 21)
    expect(stale.length).toBeGreaterThan(5)
    expect(stale.length).toBeLessThan(pairs.length / 4)
  })
})

describe.each(BACKENDS)('npm run admin -- demo, on %s', (backend) => {
  let server: TestServer
  let env: Record<string, string>
  beforeAll(async () => {
    server = await startTestServer(backend)
    env = { ...adminEnv(server), PORT: '8123' }
  })
  afterAll(() => server?.close())

  it('refuses a wrong command line with exit code 2 and one line, writing nothing', async () => {
    const [count, password, unknown] = await Promise.all([
      runAdmin(['demo', '--people', 'много'], env),
      runAdmin(['demo', '--password', 'short'], env),
      runAdmin(['demo', '--teachers', '5'], env),
    ])
    expect(count).toMatchObject({ code: 2, stderr: 'Наставник admin: --people must be a whole number, got "много" (see npm run admin -- --help)\n' })
    expect(password.code).toBe(2)
    expect(password.stderr).toMatch(/^[^\n]*--password must be at least 8 characters[^\n]*\n$/)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/^[^\n]*demo: [^\n]*'--teachers'[^\n]*\n$/)
    expect(await server.storage.db.selectFrom('schools').select('id').execute()).toEqual([])
  })

  it('creates a school through the real push, whose curator pulls every record, and refuses the same school twice', async () => {
    const args = ['demo', '--people', '60', '--pairs', '30', '--meetings', '300', '--seed', '3']
    const run = await runAdmin(args, env)
    expect(run.code, run.stderr).toBe(0)
    const [, login, password] = /логин: (\S+)\s+пароль: (\S+)/.exec(run.stdout) ?? []
    const [, code] = /код (\w{4}-\w{4})/.exec(run.stdout) ?? []
    expect(run.stdout).toContain('http://localhost:8123/login')
    expect([login, password]).toEqual(['demo', 'demo-nastavnik'])

    const signIn = await post(server.app, '/api/auth/login', { login, password })
    expect(signIn.statusCode, signIn.body).toBe(200)
    const curator = new SyncClient(server.app, json<LoginResponse>(signIn).token)
    const { changes } = await curator.pullAll()
    expect(countByEntity(changes)).toMatchObject({ people: 60, pairs: 30, meetings: 300, programs: 4, surveyTemplates: 2, surveyCampaigns: 2 })
    // The mentees' entry and exit questionnaires, answered on printed cards through the real answer path.
    const [, answers] = /и (\d+) анонимн\S+ ответ/.exec(run.stdout) ?? []
    expect(Number(answers)).toBeGreaterThanOrEqual(30)
    const stored = await server.storage.db.selectFrom('survey_answers').select(eb => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    expect(Number(stored.n)).toBe(Number(answers))
    expect(changes.every(c => c.deleted === 0)).toBe(true)

    // The printed code enrolls the mentor's phone, which sees its own pairs only.
    const enrolled = await post(server.app, '/api/enroll', { code, deviceName: 'Телефон наставника' })
    expect(enrolled.statusCode, enrolled.body).toBe(201)
    const mentor = new SyncClient(server.app, json<LoginResponse>(enrolled).token)
    const own = (await mentor.pullAll()).changes.filter(c => c.entity === 'pairs')
    expect(own.length).toBeGreaterThan(0)
    expect(own.length).toBeLessThan(30)

    const again = await runAdmin(args, env)
    expect(again).toMatchObject({ code: 1, stderr: 'Наставник admin: Школа «Демо-школа № 3» уже есть: возьмите другой --seed\n' })
  })
})
