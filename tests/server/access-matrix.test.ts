import type { LoginResponse } from '#shared/api/auth'
import type { Role } from '#shared/roles'
import type { EntityName } from '#shared/sync/entityNames'
import type { Change, PushResponse } from '#shared/sync/protocol'
import type { Member, School, TestMutation } from './helpers/school.ts'
import type { TestServer } from './helpers/server.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { MENTOR_VISIBLE_PERSON_FIELDS } from '#shared/model/person'
import { surveyResponseId } from '#shared/model/surveyResponse'
import { PROTOCOL_VERSION } from '#shared/protocol'
import { ENTITIES, visibleFields } from '#shared/sync/entities'
import { ENTITY_NAMES } from '#shared/sync/entityNames'
import { hashToken } from '../../src/server/auth/tokens.ts'
import { createUser } from '../../src/server/users/accounts.ts'
import { addMember, anotherSchool, consent, dutiesConsent, enroll, meetingFields, pairFields, personFields, planItemFields, programFields, remove, setupSchool, SyncClient, upsert } from './helpers/school.ts'
import { BACKENDS, bearer, json, post, startTestServer } from './helpers/server.ts'
import { answers, campaignFields, day, templateFields } from './helpers/surveys.ts'

/** The consent marks the server adds to a mentor's pairs (never stored): only these two, only there. */
function derived(role: string, entity: string, fields: Record<string, unknown>): Record<string, unknown> {
  return role === 'mentor' && entity === 'pairs' ? Object.fromEntries(Object.entries(fields).filter(([key]) => key === 'suspended' || key === 'consentsUntil')) : {}
}

/**
 * Who may do what with each synced entity (DESIGN.md, Sync protocol → Scope). A cell is «read create edit
 * delete»; each verdict is `all` (the whole own school), `own` (the caller's part, below) or `-` (refused).
 * - mentor `own`: own pairs; their meetings and plan items; the people in them and their programs (a mentor's
 *   fields only); the named campaigns addressed to mentors there, their templates; own answers;
 * - mentee `own`: the programs of the pairs they are in; the named campaigns addressed to mentees there, their
 *   templates; own answers.
 * Nobody deletes an answer, and only its respondent writes one. Without a valid session (no token, a garbage
 * token, a revoked device) every request is 401. Another school is never `all`.
 */
const MATRIX: Record<Role, Record<EntityName, string>> = {
  // Only the server makes a conflict and nobody deletes one; its authors' devices say how it was settled.
  curator: { ...every('all all all all'), surveyResponses: 'all - - -', conflicts: 'all - all -' },
  observer: every('all - - -'),
  mentor: {
    ...every('- - - -'),
    programs: 'own - - -',
    people: 'own - - -',
    pairs: 'own - - -',
    meetings: 'own own own own',
    planItems: 'own own own own',
    conflicts: 'own - own -',
    surveyTemplates: 'own - - -',
    surveyCampaigns: 'own - - -',
    surveyResponses: 'own own own -',
  },
  mentee: {
    ...every('- - - -'),
    programs: 'own - - -',
    surveyTemplates: 'own - - -',
    surveyCampaigns: 'own - - -',
    surveyResponses: 'own own own -',
  },
  region: every('- - - -'),
}

type Verdict = 'all' | 'own' | '-'
const OPS = ['read', 'create', 'edit', 'delete'] as const
type Op = typeof OPS[number]

function every(cell: string): Record<EntityName, string> {
  return Object.fromEntries(ENTITY_NAMES.map(entity => [entity, cell])) as Record<EntityName, string>
}

function verdict(role: Role, entity: EntityName, op: Op): Verdict {
  return MATRIX[role][entity].split(' ')[OPS.indexOf(op)] as Verdict
}

/** Each non-sync endpoint and the roles it answers; everyone else signed in gets 403, the rest 401. */
const ENDPOINTS: Array<{ name: string, method: 'GET' | 'POST', url: (f: Fixture) => string, body?: (f: Fixture) => object, allowed: Role[] }> = [
  { name: 'list users', method: 'GET', url: () => '/api/users', allowed: ['curator'] },
  { name: 'create a user', method: 'POST', url: () => '/api/users', body: () => ({ name: 'Новый Наблюдатель', role: 'observer', login: `watcher-${uuidv7().slice(-8)}`, password: 'watcher long password' }), allowed: ['curator'] },
  { name: 'issue an enrollment code', method: 'POST', url: f => `/api/users/${f.mentorUserId}/enrollment`, allowed: ['curator'] },
  { name: 'revoke a device', method: 'POST', url: f => `/api/devices/${f.spareDevice}/revoke`, allowed: ['curator'] },
  { name: 'issue ballots', method: 'POST', url: f => `/api/surveys/campaigns/${f.anonymous}/ballots`, body: () => ({ count: 1 }), allowed: ['curator'] },
  { name: 'count ballots', method: 'GET', url: f => `/api/surveys/campaigns/${f.anonymous}/ballots`, allowed: ['curator', 'observer'] },
  { name: 'campaign results', method: 'GET', url: f => `/api/surveys/campaigns/${f.anonymous}/results`, allowed: ['curator', 'observer'] },
  { name: 'survey summary', method: 'GET', url: () => '/api/surveys/summary', allowed: ['curator', 'observer'] },
  { name: 'region indicators', method: 'GET', url: () => '/api/region/indicators?year=2025', allowed: ['region'] },
]

/** Named campaigns of one side for one audience: one answered already, one still to answer. */
interface Addressed { campaign: string, second: string, response: string }

/** One side of a school: a mentor's pair with a mentee, and one record of every entity that hangs on it. */
type Side = Record<Exclude<EntityName, 'surveyCampaigns' | 'surveyResponses'>, string> & { mentor: string, survey: Record<'mentor' | 'mentee', Addressed> }

interface Fixture {
  school: School
  b: School
  /** Side 1 is the caller's own (mentor1, mentee1); side 2 another mentor's pair of the same school. */
  sides: [Side, Side]
  tokens: Record<Role, string>
  /** Requests with no valid session: no token, a garbage token, a device the curator revoked. */
  invalid: Record<string, Record<string, string>>
  anonymous: string
  mentorUserId: string
  spareDevice: string
  /** Every id and every longer text of both schools' records: none may appear where the caller may not look. */
  secrets: string[]
}

const indicatorDefinitionFields = (name: string) =>
  ({ name, note: '', measure: 'participants', role: 'mentee', categories: ['student'], ageBand: { from: 10, to: 19 }, denominator: 'дети 10–19 лет', targets: { 2024: 50 }, totals: { 2024: 40 }, position: 0 })

const respondent = (role: Role): 'mentor' | 'mentee' => role === 'mentee' ? 'mentee' : 'mentor'

/** The side's record a role's edit or delete of `entity` aims at. */
function target(side: Side, role: Role, entity: EntityName): string {
  if (entity === 'surveyCampaigns' || entity === 'surveyResponses')
    return side.survey[respondent(role)][entity === 'surveyCampaigns' ? 'campaign' : 'response']
  return side[entity]
}

/** What `own` means for a mentor or a mentee of side 1 (see MATRIX). */
function ownIds(role: Role, side: Side): Partial<Record<EntityName, string[]>> {
  const survey = side.survey[respondent(role)]
  const surveys = { programs: [side.programs], surveyTemplates: [side.surveyTemplates], surveyCampaigns: [survey.campaign, survey.second], surveyResponses: [survey.response] }
  return role === 'mentor'
    ? { ...surveys, people: [side.mentor, side.people], pairs: [side.pairs], meetings: [side.meetings], planItems: [side.planItems], conflicts: [side.conflicts] }
    : surveys
}

function newSide(mentor: Member, mentee: Member): Side {
  const ids = Object.fromEntries(ENTITY_NAMES.map(entity => [entity, uuidv7()])) as Record<EntityName, string>
  const addressed = (person: Member) => {
    const campaign = uuidv7()
    return { campaign, second: uuidv7(), response: surveyResponseId(campaign, person.personId) }
  }
  return { ...ids, people: mentee.personId, mentor: mentor.personId, survey: { mentor: addressed(mentor), mentee: addressed(mentee) } }
}

const roadmapFields = (title: string) => ({ title, startDate: '2024-09-01', endDate: '2025-06-30', numbering: 'arabic', stages: [{ id: 'stage-1', title: 'Этап', resources: '' }], approval: '' })
const roadmapEventFields = (roadmapId: string, title: string) => ({
  roadmapId, stageId: 'stage-1', programIds: [], title, deadline: { kind: 'on', at: '2024-10', text: '' }, responsibleIds: [], responsible: '', sphere: '', plannedResult: '', status: 'planned', doneOn: '', issued: null, occurrences: [], position: 0,
})

const responseOf = (campaignId: string, personId: string, score = 5) =>
  upsert('surveyResponses', surveyResponseId(campaignId, personId), { campaignId, personId, templateVersion: 1, answers: answers(score) })

/** A new record of `entity` on the side (in its pair, by its people), as a caller would create it. */
function creation(side: Side, role: Role, entity: EntityName): TestMutation {
  const id = uuidv7()
  switch (entity) {
    case 'programs': return upsert(entity, id, programFields('Новая программа'))
    case 'people': return upsert(entity, id, personFields('Новый Участник'))
    case 'pairs': return upsert(entity, id, pairFields(side.programs, side.mentor, [side.people]))
    case 'meetings': return upsert(entity, id, meetingFields(side.pairs))
    case 'planItems': return upsert(entity, id, planItemFields(side.pairs))
    case 'consents': return { ...consent(side.people), id }
    case 'partners': return upsert(entity, id, { name: 'Новый партнёр', agreementNumber: '', agreementDate: '', contact: '', notes: '' })
    case 'roadmapItems': return upsert(entity, id, { programId: side.programs, stage: 2, title: 'Новый этап', deadline: '2024-11-01', responsible: '', resultDocument: '', status: 'planned', position: 1 })
    case 'roadmaps': return upsert(entity, id, roadmapFields('Новая карта'))
    case 'roadmapEvents': return upsert(entity, id, roadmapEventFields(side.roadmaps, 'Новое мероприятие'))
    case 'roadmapTemplates': return upsert(entity, id, { ...roadmapFields('Новый шаблон'), stages: [{ title: 'Этап', resources: '' }], events: [] })
    case 'indicatorYears': return upsert(entity, id, { year: 2030, targets: {}, denominators: {} })
    case 'indicatorDefinitions': return upsert(entity, id, indicatorDefinitionFields('Новый показатель'))
    case 'schoolRequisites': return upsert(entity, id, { fullName: 'Новая школа', directorName: 'Новый Директор' })
    case 'documentDrafts': return upsert(entity, id, { kind: 'order', subjectId: side.programs, number: '1' })
    case 'awards': return upsert(entity, id, { personId: side.people, programId: '', kind: 'gratitude', date: '2025-01-10', basis: '', notes: '' })
    case 'practices': return upsert(entity, id, { title: 'Новая практика', description: '', programId: side.programs, pairId: side.pairs, date: '', files: [] })
    case 'reportNotes': return upsert(entity, id, { programId: side.programs, year: 2024, sections: {} })
    case 'surveyTemplates': return upsert(entity, id, templateFields())
    case 'surveyCampaigns': return upsert(entity, id, campaignFields(side.surveyTemplates, side.programs))
    case 'conflicts': return upsert(entity, id, { entity: 'meetings', recordId: side.meetings, field: 'notes', pairId: side.pairs, kept: 'а', keptBy: '', keptByName: '', overwritten: 'б', overwrittenBy: '', overwrittenByName: '', at: new Date().toISOString(), resolution: '' })
    case 'surveyResponses': {
      const kind = respondent(role)
      return responseOf(side.survey[kind].second, kind === 'mentor' ? side.mentor : side.people)
    }
  }
}

/** A harmless edit of one field per entity. */
const EDITS: Record<EntityName, Record<string, unknown>> = {
  programs: { goals: 'правка целей' },
  people: { notes: 'правка заметки' },
  pairs: { plannedEndDate: '2025-05-30' },
  meetings: { topic: 'правка темы' },
  planItems: { title: 'правка пункта' },
  consents: { documentRef: 'правка номера' },
  partners: { contact: 'правка контакта' },
  roadmapItems: { responsible: 'правка ответственного' },
  roadmaps: { approval: 'правка грифа' },
  roadmapEvents: { responsible: 'правка ответственного' },
  roadmapTemplates: { title: 'Правка шаблона' },
  indicatorYears: { targets: { menteeStudents: 15 } },
  indicatorDefinitions: { targets: { 2024: 55 } },
  schoolRequisites: { address: 'правка адреса' },
  documentDrafts: { number: 'правка номера' },
  awards: { basis: 'правка основания' },
  practices: { description: 'правка описания' },
  reportNotes: { sections: { summary: 'правка итогов' } },
  surveyTemplates: { name: 'Правка анкеты' },
  surveyCampaigns: { closesOn: day(20) },
  surveyResponses: { answers: answers(9) },
  conflicts: { resolution: 'kept' },
}

/** The curator's records of one side; `label` marks the other school's copies, which reuse the same ids. */
function sideRecords(s: Side, n: number, label: string): TestMutation[] {
  const campaigns = (['mentor', 'mentee'] as const).flatMap(audience => [s.survey[audience].campaign, s.survey[audience].second]
    .map(id => upsert('surveyCampaigns', id, campaignFields(s.surveyTemplates, s.programs, { mode: 'named', audience }))))
  return [
    upsert('programs', s.programs, { ...programFields(`Программа ${n}${label}`), goals: `цели программы ${n}${label}` }),
    upsert('consents', s.consents, { personId: s.people, signedBy: 'guardian', guardianName: `Законный представитель ${n}${label}`, date: '2024-08-30', documentRef: `№ ${n}${label}`, withdrawnDate: '' }),
    upsert('pairs', s.pairs, pairFields(s.programs, s.mentor, [s.people])),
    upsert('meetings', s.meetings, meetingFields(s.pairs, { notes: `заметка о встрече ${n}${label}` })),
    upsert('planItems', s.planItems, planItemFields(s.pairs, `Пункт плана ${n}${label}`)),
    upsert('partners', s.partners, { name: `Партнёр ${n}${label}`, agreementNumber: '', agreementDate: '', contact: `контакт партнёра ${n}${label}`, notes: '' }),
    upsert('roadmapItems', s.roadmapItems, { programId: s.programs, stage: 1, title: `Этап дорожной карты ${n}${label}`, deadline: '2024-10-01', responsible: '', resultDocument: '', status: 'planned', position: 0 }),
    upsert('roadmaps', s.roadmaps, { ...roadmapFields(`Дорожная карта ${n}${label}`), approval: `гриф ${n}${label}` }),
    upsert('roadmapEvents', s.roadmapEvents, roadmapEventFields(s.roadmaps, `Мероприятие ${n}${label}`)),
    upsert('roadmapTemplates', s.roadmapTemplates, { ...roadmapFields(`Шаблон ${n}${label}`), stages: [{ title: 'Этап', resources: '' }], events: [] }),
    upsert('indicatorYears', s.indicatorYears, { year: 2022 + n, targets: { menteeStudents: 10 }, denominators: { studentsUnder18: 20 } }),
    upsert('awards', s.awards, { personId: s.people, programId: s.programs, kind: 'certificate', date: '2024-12-01', basis: `основание награды ${n}${label}`, notes: '' }),
    upsert('practices', s.practices, { title: `Практика ${n}${label}`, description: `описание практики ${n}${label}`, programId: s.programs, pairId: s.pairs, date: '', files: [] }),
    upsert('indicatorDefinitions', s.indicatorDefinitions, indicatorDefinitionFields(`Показатель ${n}${label}`)),
    upsert('schoolRequisites', s.schoolRequisites, { fullName: `Школа ${n}${label}`, directorName: `Директор школы ${n}${label}` }),
    upsert('documentDrafts', s.documentDrafts, { kind: 'order', subjectId: s.programs, texts: { basis: { text: `текст приказа ${n}${label}`, base: '' } } }),
    upsert('reportNotes', s.reportNotes, { programId: s.programs, year: 2025, sections: { summary: `итоги года ${n}${label}` } }),
    upsert('surveyTemplates', s.surveyTemplates, { ...templateFields(), name: `Анкета ${n}${label}` }),
    ...campaigns,
  ]
}

async function pushAll(client: SyncClient, mutations: TestMutation[]) {
  const response = await client.push(...mutations)
  expect(response.results.every(r => r.status === 'applied'), JSON.stringify(response.results)).toBe(true)
}

async function signIn(server: TestServer, schoolId: string, role: Role): Promise<string> {
  const login = `${role}-${uuidv7().slice(-8)}`
  await createUser(server.storage.db, schoolId, { name: `Учётная запись ${role}`, role, personId: null, login, password: 'a long enough password' }, 'admin')
  return json<LoginResponse>(await post(server.app, '/api/auth/login', { login, password: 'a long enough password' })).token
}

/** A second device of a member, and the session id the curator sees for it. */
async function extraDevice(server: TestServer, school: School, member: Member, name: string) {
  const token = await enroll(server.app, school.curatorToken, member.userId, name)
  const session = await server.storage.db.selectFrom('sessions').select('id').where('token_hash', '=', hashToken(token)).executeTakeFirstOrThrow()
  return { token, sessionId: session.id }
}

function textsOf(value: unknown): string[] {
  if (typeof value === 'string')
    return value.length >= 8 ? [value] : []
  if (value && typeof value === 'object')
    return Object.values(value).flatMap(textsOf)
  return []
}

/** On each side, the curator's two computers change a meeting's notes unaware of each other: the server records the conflict. */
async function makeConflicts(server: TestServer, school: School, sides: readonly Side[]) {
  const { cursor } = await school.curator.pullAll(null)
  const laptop = new SyncClient(server.app, school.curatorToken)
  for (const [n, side] of sides.entries()) {
    await pushAll(school.curator, [{ ...upsert('meetings', side.meetings, { notes: `правка заметки ${n} в кабинете` }), seen: cursor }])
    await pushAll(laptop, [{ ...upsert('meetings', side.meetings, { notes: `правка заметки ${n} дома` }), seen: cursor }])
    const rows = await server.storage.db.selectFrom('records').select(['id', 'data']).where('school_id', '=', school.schoolId).where('entity', '=', 'conflicts').execute()
    side.conflicts = rows.find(row => (JSON.parse(row.data) as { recordId: string }).recordId === side.meetings)!.id
  }
}

async function build(server: TestServer): Promise<Fixture> {
  const school = await setupSchool(server)
  const [mentor1, mentor2] = [await addMember(server.app, school, 'Ольга Николаевна Белова'), await addMember(server.app, school, 'Игорь Петрович Соколов')]
  const [mentee1, mentee2] = [await addMember(server.app, school, 'Дарья Сергеевна Ким', 'mentee'), await addMember(server.app, school, 'Павел Андреевич Орлов', 'mentee')]
  const sides: [Side, Side] = [newSide(mentor1, mentee1), newSide(mentor2, mentee2)]
  const anonymous = uuidv7()
  await pushAll(school.curator, [
    ...sideRecords(sides[0], 1, ''),
    ...sideRecords(sides[1], 2, ''),
    upsert('surveyCampaigns', anonymous, campaignFields(sides[0].surveyTemplates, sides[0].programs, { audience: 'mentor' })),
  ])
  await makeConflicts(server, school, sides)
  for (const [i, side] of sides.entries()) {
    await pushAll([mentor1, mentor2][i]!.client, [responseOf(side.survey.mentor.campaign, side.mentor)])
    await pushAll([mentee1, mentee2][i]!.client, [responseOf(side.survey.mentee.campaign, side.people)])
  }

  // The other school: the same ids, other contents (its people too, with their consents).
  const b = await anotherSchool(server, 'school-b')
  const people = [mentor1, mentor2, mentee1, mentee2].map(m => m.personId)
  await pushAll(b.curator, [
    // The first two are the mentors (teachers): they also sign the written consent to the duties.
    ...people.flatMap((id, i) => [upsert('people', id, personFields(`Человек школы Б ${i}`, { notes: `секрет школы Б ${i}` })), consent(id), ...(i < 2 ? [dutiesConsent(id)] : [])]),
    ...sideRecords(sides[0], 1, ' (школа Б)'),
    ...sideRecords(sides[1], 2, ' (школа Б)'),
  ])

  const revoked = await extraDevice(server, school, mentor1, 'Потерянный телефон')
  expect((await post(server.app, `/api/devices/${revoked.sessionId}/revoke`, {}, bearer(school.curatorToken))).statusCode).toBe(204)
  const rows = await server.storage.db.selectFrom('records').select(['id', 'data']).execute()
  return {
    school,
    b,
    sides,
    tokens: {
      curator: school.curatorToken,
      observer: await signIn(server, school.schoolId, 'observer'),
      region: await signIn(server, school.schoolId, 'region'),
      mentor: mentor1.token,
      mentee: mentee1.token,
    },
    invalid: { 'no token': {}, 'a garbage token': bearer('not-a-token'), 'a revoked device': bearer(revoked.token) },
    anonymous,
    mentorUserId: mentor1.userId,
    spareDevice: (await extraDevice(server, school, mentor2, 'Запасной телефон')).sessionId,
    secrets: [...new Set(rows.flatMap(row => [row.id, ...textsOf(JSON.parse(row.data))]))],
  }
}

const ROLES_IN_WRITE_ORDER: Role[] = ['region', 'observer', 'mentee', 'mentor', 'curator']

describe.each(BACKENDS)('access matrix on %s', (backend) => {
  let server: TestServer
  let f: Fixture
  beforeAll(async () => {
    server = await startTestServer(backend)
    f = await build(server)
  })
  afterAll(() => server?.close())

  const client = (role: Role) => new SyncClient(server.app, f.tokens[role])
  const schoolRecords = async (schoolId: string) => {
    const rows = await server.storage.db.selectFrom('records').selectAll().where('school_id', '=', schoolId).execute()
    return new Map(rows.map(row => [`${row.entity}/${row.id}`, { ...row, data: JSON.parse(row.data) as Record<string, unknown> }]))
  }
  /** The ids of `entity` a role may read in its school now. */
  async function readable(role: Role, entity: EntityName): Promise<Set<string>> {
    const reach = verdict(role, entity, 'read')
    if (reach === 'own')
      return new Set(ownIds(role, f.sides[0])[entity])
    if (reach === '-')
      return new Set()
    return new Set([...(await schoolRecords(f.school.schoolId)).values()].filter(r => r.entity === entity && r.deleted === 0).map(r => r.id))
  }
  const leaked = (text: string, allowed: ReadonlySet<string> = new Set()) => f.secrets.filter(secret => text.includes(secret) && !allowed.has(secret))

  it.each(['curator', 'observer', 'mentor', 'mentee', 'region'] as Role[])('%s reads exactly its scope, with the fields it may hold', async (role) => {
    const records = await schoolRecords(f.school.schoolId)
    const pulled = await client(role).pullAll(null)
    for (const entity of ENTITY_NAMES) {
      const changes = pulled.changes.filter(c => c.entity === entity)
      expect(new Set(changes.map(c => c.id)), `${role} reads ${entity}`).toEqual(await readable(role, entity))
      for (const change of changes) {
        // The own school's copy, never the other school's record of the same id.
        const own = records.get(`${entity}/${change.id}`)!
        expect(change.fields, `${role} ${entity}`).toEqual({ ...visibleFields(entity, own.data, role === 'mentor' || role === 'mentee' ? 'person' : 'full'), ...derived(role, entity, change.fields) })
      }
    }
    if (role === 'mentor' || role === 'mentee') {
      for (const change of pulled.changes.filter(c => c.entity === 'people'))
        expect(MENTOR_VISIBLE_PERSON_FIELDS).toEqual(expect.arrayContaining(Object.keys(change.fields)))
      for (const change of pulled.changes.filter(c => c.entity === 'programs'))
        expect(ENTITIES.programs.personFields).toEqual(expect.arrayContaining(Object.keys(change.fields)))
    }
  })

  it('answers 401 to a request without a valid session, pushing or pulling, and changes nothing', async () => {
    const before = [await schoolRecords(f.school.schoolId), await schoolRecords(f.b.schoolId)]
    const [own] = f.sides
    for (const [name, headers] of Object.entries(f.invalid)) {
      const pushed = await post(server.app, '/api/sync/push', { protocol: PROTOCOL_VERSION, clientId: uuidv7(), mutations: [{ ...upsert('meetings', own.meetings, EDITS.meetings), seq: 1, at: '2024-10-05T10:00:00.000Z' }] }, headers)
      const pulled = await post(server.app, '/api/sync/pull', { protocol: PROTOCOL_VERSION, cursor: null }, headers)
      for (const response of [pushed, pulled]) {
        expect(response.statusCode, name).toBe(401)
        expect(Object.keys(json(response)).sort(), name).toEqual(['error', 'message'])
        expect(leaked(response.body), name).toEqual([])
      }
    }
    expect([await schoolRecords(f.school.schoolId), await schoolRecords(f.b.schoolId)]).toEqual(before)
  })

  it.each(ENDPOINTS)('$name answers its roles only; everyone else gets 401 or 403 and nothing more', async ({ method, url, body, allowed }) => {
    const callers: Array<[string, Role | null, Record<string, string>]> = [
      ...Object.entries(f.invalid).map(([name, headers]): [string, null, Record<string, string>] => [name, null, headers]),
      // The allowed roles go last: revoking the device is done once.
      ...[...ROLES_IN_WRITE_ORDER].sort((x, y) => Number(allowed.includes(x)) - Number(allowed.includes(y))).map((role): [string, Role, Record<string, string>] => [role, role, bearer(f.tokens[role])]),
    ]
    for (const [name, role, headers] of callers) {
      const response = await server.app.inject({ method, url: url(f), headers, ...(body ? { payload: body(f) } : {}) })
      if (role && allowed.includes(role)) {
        expect(response.statusCode, `${name}: ${response.body}`).toBeLessThan(300)
        continue
      }
      expect(response.statusCode, name).toBe(role ? 403 : 401)
      expect(Object.keys(json(response)).sort(), name).toEqual(['error', 'message'])
      expect(leaked(response.body), name).toEqual([])
    }
  })

  it('gives the region numbers only: no record\'s id or text of either school', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/region/indicators?year=2025', headers: bearer(f.tokens.region) })
    expect(response.statusCode).toBe(200)
    // A school's own indicator reaches the region by its name and kind — the school's words for what it counts,
    // which the roll-up is about — and never by its record's id.
    const definitions = [...(await schoolRecords(f.school.schoolId)).values(), ...(await schoolRecords(f.b.schoolId)).values()].filter(r => r.entity === 'indicatorDefinitions')
    const shown = new Set(definitions.flatMap(r => [r.data.name, r.data.measure, r.data.basedOn]).filter((t): t is string => typeof t === 'string'))
    expect(leaked(response.body, shown)).toEqual([])
    const body = json<{ schools: Array<{ indicators: Array<Record<string, unknown>> }>, total: Array<Record<string, unknown>> }>(response)
    for (const value of [...body.schools.flatMap(s => s.indicators), ...body.total]) {
      const { key, own, ...numbers } = value
      expect(typeof key).toBe('string')
      expect(own === undefined || Object.keys(own as object).sort().join() === 'basedOn,measure,name').toBe(true)
      for (const [name, n] of Object.entries(numbers))
        expect(['number', 'boolean'].includes(typeof n) || n === null, name).toBe(true)
    }
  })
  it.each(ROLES_IN_WRITE_ORDER)('%s creates, edits and deletes exactly what the matrix allows, and a refusal leaks nothing', async (role) => {
    const [own, foreign] = f.sides
    const cases: Array<{ cell: string, op: Exclude<Op, 'read'>, entity: EntityName, allowed: boolean, mutation: TestMutation }> = []
    const created = new Map<string, string>()
    for (const op of ['create', 'edit', 'delete'] as const) {
      for (const entity of ENTITY_NAMES) {
        const reach = verdict(role, entity, op)
        for (const side of [own, foreign]) {
          // A mentor deletes in own pairs what this batch created there: the fixture's records stay for the curator's turn.
          const id = op === 'delete' && reach === 'own' && side === own ? created.get(entity)! : target(side, role, entity)
          const mutation = op === 'create' ? creation(side, role, entity) : op === 'edit' ? upsert(entity, id, EDITS[entity]) : remove(entity, id)
          if (op === 'create' && side === own)
            created.set(entity, mutation.id)
          cases.push({ cell: `${role} ${op} ${entity}, ${side === own ? 'own' : 'foreign'} side`, op, entity, allowed: reach === 'all' || (reach === 'own' && side === own), mutation })
        }
      }
    }
    const before = { a: await schoolRecords(f.school.schoolId), b: await schoolRecords(f.b.schoolId) }
    const pushed = await client(role).push(...cases.map(c => c.mutation))

    const refusedIds = new Set<string>()
    for (const [i, { cell, allowed, mutation }] of cases.entries()) {
      const result = pushed.results[i]!
      if (allowed) {
        expect(result.status, `${cell}: ${result.problem}`).toBe('applied')
        continue
      }
      expect(result, cell).toMatchObject({ status: 'rejected', code: 'forbidden' })
      expect(leaked(JSON.stringify(result)), cell).toEqual([])
      refusedIds.add(mutation.id)
    }

    // Writes land only where allowed: every refused record is as it was, the other school entirely so.
    const after = { a: await schoolRecords(f.school.schoolId), b: await schoolRecords(f.b.schoolId) }
    expect(after.b).toEqual(before.b)
    for (const c of cases.filter(c => c.allowed)) {
      const row = after.a.get(`${c.entity}/${c.mutation.id}`)!
      const deleted = cases.some(d => d.allowed && d.op === 'delete' && d.mutation.id === c.mutation.id)
      expect(row.deleted, c.cell).toBe(deleted ? 1 : 0)
      if (c.op === 'edit')
        expect(row.data, c.cell).toMatchObject(EDITS[c.entity])
    }
    for (const [key, row] of after.a) {
      if (refusedIds.has(row.id) && !cases.some(c => c.allowed && c.mutation.id === row.id))
        expect(row, key).toEqual(before.a.get(key))
    }

    await expectRestoreInScope(role, pushed)
  })

  /** A refusal's restore gives back only what the caller may hold, with the fields it may hold; the rest as «gone». */
  async function expectRestoreInScope(role: Role, pushed: PushResponse) {
    const records = await schoolRecords(f.school.schoolId)
    for (const change of pushed.restore) {
      const record = records.get(`${change.entity}/${change.id}`)
      if (record && record.deleted === 0 && (await readable(role, change.entity)).has(change.id)) {
        expect(change.fields, `${role} restore ${change.entity}`).toEqual({ ...visibleFields(change.entity, record.data, role === 'mentor' || role === 'mentee' ? 'person' : 'full'), ...derived(role, change.entity, change.fields) })
        continue
      }
      expect(change, `${role} restore ${change.entity}`).toEqual({ entity: change.entity, id: change.id, version: record?.deleted ? change.version : 0, deleted: 1, fields: {} } satisfies Change)
    }
  }
})
