import type { SessionUser } from '#shared/api/auth'
import type { Change } from '#shared/sync/protocol'
import type { Member, School } from './helpers/school.ts'
import type { Backend, TestServer } from './helpers/server.ts'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { restoreBackup } from '../../src/server/storage/backup/restore.ts'
import { BACKUP_TABLES } from '../../src/server/storage/backup/tables.ts'
import { writeBackup } from '../../src/server/storage/backup/write.ts'
import { migrations } from '../../src/server/storage/migrations/index.ts'
import { adminEnv, runAdmin } from './helpers/admin.ts'
import { consent, addMember, anotherSchool, issueCode, meetingFields, pairFields, personFields, programFields, remove, setupSchool, SyncClient, upsert } from './helpers/school.ts'
import { bearer, json, startTestServer, tempDir } from './helpers/server.ts'
import { answer, answers, issue, openCampaign } from './helpers/surveys.ts'

const LATEST = Object.keys(migrations).at(-1)!

const dir = tempDir('nastavnik-backup-')
const servers: TestServer[] = []
afterAll(async () => {
  await Promise.all(servers.map(s => s.close()))
  rmSync(dir, { recursive: true, force: true })
})

async function start(backend: Backend): Promise<TestServer> {
  const server = await startTestServer(backend)
  servers.push(server)
  return server
}

/**
 * Every row of every table, each as JSON with sorted keys, sorted: equal exactly when the data is. A school's
 * epoch is left out: every restore gives it a new one (see the last describe).
 */
async function tables(server: TestServer): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {}
  for (const { name } of BACKUP_TABLES) {
    const rows = await server.storage.db.selectFrom(name).selectAll().execute()
    const kept = (row: object) => Object.entries(row).filter(([column]) => !(name === 'schools' && column === 'epoch'))
    result[name] = rows.map(row => JSON.stringify(Object.fromEntries(kept(row).sort(([a], [b]) => a.localeCompare(b))))).sort()
  }
  return result
}

const counter = async (server: TestServer, schoolId: string) =>
  (await server.storage.db.selectFrom('schools').select('version_counter').where('id', '=', schoolId).executeTakeFirstOrThrow()).version_counter

const sorted = (changes: Change[]) => [...changes].sort((a, b) => `${a.entity}/${a.id}`.localeCompare(`${b.entity}/${b.id}`))

interface Source {
  server: TestServer
  school: School
  mentor: Member
  backup: string
  /** Taken right after the backup, before the pulls below touch the sessions' last_sync_at. */
  tables: Record<string, string[]>
  pulls: { curator: Change[], mentor: Change[] }
}

/** A school with every kind of row: users, sessions, records (one deleted), client_state, rejections, enrollments, ballots, an answer. */
async function populate(server: TestServer): Promise<Omit<Source, 'backup' | 'tables' | 'pulls'>> {
  const school = await setupSchool(server)
  const [programId, menteeId, goneId, pairId] = [uuidv7(), uuidv7(), uuidv7(), uuidv7()]
  const mentor = await addMember(server.app, school, 'Ирина Павловна Зуева')
  const pushed = await school.curator.push(
    upsert('programs', programId, programFields()),
    upsert('people', menteeId, personFields('Олег Наставляемый', { isMentee: 1 })),
    upsert('people', goneId, personFields('Уволенный Педагог')),
    consent(menteeId),
    upsert('pairs', pairId, pairFields(programId, mentor.personId, [menteeId])),
  )
  expect(pushed.results.map(r => r.status)).toEqual(['applied', 'applied', 'applied', 'applied', 'applied'])
  await school.curator.push(remove('people', goneId))
  const byMentor = await mentor.client.push(upsert('meetings', uuidv7(), meetingFields(pairId)), upsert('nonsense', uuidv7(), {}))
  expect(byMentor.results.map(r => r.status)).toEqual(['applied', 'rejected'])
  await issueCode(server.app, school.curatorToken, mentor.userId)
  const { campaignId } = await openCampaign(school)
  const [code] = (await issue(server.app, school, campaignId, { count: 2 })).codes
  expect((await answer(server.app, { code, templateVersion: 1, answers: answers(8) })).statusCode).toBe(201)
  await anotherSchool(server, `other-${server.database.kind}`)
  return { server, school, mentor }
}

async function backUp(server: TestServer, file: string): Promise<void> {
  const result = await runAdmin(['backup', '--out', file], adminEnv(server))
  expect(result.code, result.stderr).toBe(0)
  expect(result.stdout).toMatch(/^Backup written to .*: \d+ rows \(installation 1, schools 2, users \d+, sessions \d+, enrollments \d+, records \d+, client_state \d+, rejections 1, ballots 2, survey_answers 1, survey_secrets 1, audit_log \d+\)\.\n$/)
}

async function source(backend: Backend): Promise<Source> {
  const populated = await populate(await start(backend))
  const backup = join(dir, `${backend}.jsonl`)
  await backUp(populated.server, backup)
  const snapshot = await tables(populated.server)
  const curator = (await populated.school.curator.pullAll(null)).changes
  const mentor = (await populated.mentor.client.pullAll(null)).changes
  // Pair, meeting, program and both people: the comparison after a restore has something to compare.
  expect(mentor.length).toBeGreaterThanOrEqual(5)
  return { ...populated, backup, tables: snapshot, pulls: { curator, mentor } }
}

async function restore(target: TestServer, file: string, ...flags: string[]) {
  return runAdmin(['restore', '--in', file, ...flags], adminEnv(target))
}

/** Same rows, same counter, the old tokens work, and a pull from scratch answers the same. */
async function expectSameData(target: TestServer, from: Source): Promise<void> {
  expect(await tables(target)).toEqual(from.tables)
  expect(await counter(target, from.school.schoolId)).toBe(await counter(from.server, from.school.schoolId))
  const me = await target.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(from.school.curatorToken) })
  expect(me.statusCode, me.body).toBe(200)
  expect(json<SessionUser>(me)).toMatchObject({ role: 'curator', schoolId: from.school.schoolId })
  expect(sorted((await new SyncClient(target.app, from.school.curatorToken).pullAll(null)).changes)).toEqual(sorted(from.pulls.curator))
  expect(sorted((await new SyncClient(target.app, from.mentor.token).pullAll(null)).changes)).toEqual(sorted(from.pulls.mentor))
}

describe('backup and restore through the admin CLI', () => {
  let fromSqlite: Source
  let fromPostgres: Source
  let sqliteTarget: TestServer
  let postgresTarget: TestServer
  beforeAll(async () => {
    [fromSqlite, fromPostgres, sqliteTarget, postgresTarget] = await Promise.all([source('sqlite'), source('postgres'), start('sqlite'), start('postgres')])
  })

  it('writes a header, {table, row} lines in foreign-key order, and a last line with the counts', () => {
    const lines = readFileSync(fromSqlite.backup, 'utf8').trimEnd().split('\n').map(l => JSON.parse(l) as Record<string, unknown>)
    expect(lines[0]).toMatchObject({ format: 'nastavnik-backup', version: 1, migrations: Object.keys(migrations), database: 'sqlite' })
    const order = lines.slice(1, -1).map(l => BACKUP_TABLES.findIndex(t => t.name === l.table))
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect(order).not.toContain(-1)
    expect(lines.at(-1)).toMatchObject({ end: true, rows: { schools: 2, rejections: 1, ballots: 2, survey_answers: 1 } })
  })

  it('round-trips SQLite to SQLite', async () => {
    const result = await restore(sqliteTarget, fromSqlite.backup)
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toMatch(/^Restored .*: \d+ rows/)
    await expectSameData(sqliteTarget, fromSqlite)
  })

  it('round-trips PostgreSQL to PostgreSQL, then SQLite to PostgreSQL over it with --force', async () => {
    const first = await restore(postgresTarget, fromPostgres.backup)
    expect(first.code, first.stderr).toBe(0)
    await expectSameData(postgresTarget, fromPostgres)

    const second = await restore(postgresTarget, fromSqlite.backup, '--force')
    expect(second.code, second.stderr).toBe(0)
    await expectSameData(postgresTarget, fromSqlite)
  })

  it('refuses a non-empty database without --force, changing nothing', async () => {
    const before = await tables(sqliteTarget)
    const refused = await restore(sqliteTarget, fromPostgres.backup)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/^Наставник admin: the database is not empty \(schools: 2, users: \d+\): add --force[^\n]*\n$/)
    expect(await tables(sqliteTarget)).toEqual(before)
  })

  it('refuses a truncated, damaged or newer backup, changing nothing', async () => {
    const text = readFileSync(fromSqlite.backup, 'utf8')
    const lines = text.trimEnd().split('\n')
    const cut = (name: string, content: string) => {
      const file = join(dir, name)
      writeFileSync(file, content)
      return file
    }
    const midLine = cut('mid-line.jsonl', text.slice(0, Math.floor(text.length * 0.7)))
    const noEnd = cut('no-end.jsonl', `${lines.slice(0, -1).join('\n')}\n`)
    const miscounted = cut('miscounted.jsonl', `${lines.slice(0, -2).join('\n')}\n${lines.at(-1)}\n`)
    const newer = cut('newer.jsonl', text.replace(`"${LATEST}"]`, `"${LATEST}","9999_future"]`))

    const empty = await start('sqlite')
    const damaged = await restore(empty, midLine)
    expect(damaged.code).toBe(1)
    expect(damaged.stderr).toMatch(/^Наставник admin: the backup is damaged at line \d+: not JSON[^\n]*\n$/)
    expect(await tables(empty)).toEqual(Object.fromEntries(BACKUP_TABLES.map(t => [t.name, []])))

    const before = await tables(sqliteTarget)
    for (const [file, message] of [
      [noEnd, /^Наставник admin: the backup is truncated: its last line, which counts the rows, is missing\n$/],
      [miscounted, /^Наставник admin: the backup is damaged: its last line counts (\d+) rows of \w+, the file holds (?!\1\n)\d+\n$/],
      [newer, /^Наставник admin: the backup is from a newer server \(migration 9999_future is unknown here\): update this server first\n$/],
    ] as const) {
      const refused = await restore(sqliteTarget, file, '--force')
      expect(refused.code).toBe(1)
      expect(refused.stderr).toMatch(message)
    }
    expect(await tables(sqliteTarget)).toEqual(before)
  })
})

describe('backup values', () => {
  it('keeps a bigint beyond 2^53 exact, SQLite to PostgreSQL and back', async () => {
    const [first, middle, last] = await Promise.all([start('sqlite'), start('postgres'), start('sqlite')])
    const school = await setupSchool(first)
    await school.curator.push(upsert('people', uuidv7(), personFields('Анна Большое Число')))
    const huge = '9007199254740993' // 2^53 + 1: a double would round it to ...992
    await sql`update client_state set last_seq = ${sql.raw(huge)}`.execute(first.storage.db)
    const lastSeq = async (server: TestServer) =>
      (await sql<{ v: string }>`select cast(last_seq as text) as v from client_state`.execute(server.storage.db)).rows.map(r => r.v)

    const there = join(dir, 'huge-1.jsonl')
    await writeBackup(first.storage.db, 'sqlite', there)
    expect(readFileSync(there, 'utf8')).toContain(`"last_seq":"${huge}"`)
    await restoreBackup(middle.storage.db, 'postgres', there, { force: false })
    expect(await lastSeq(middle)).toEqual([huge])

    const back = join(dir, 'huge-2.jsonl')
    await writeBackup(middle.storage.db, 'postgres', back)
    await restoreBackup(last.storage.db, 'sqlite', back, { force: false })
    expect(await lastSeq(last)).toEqual([huge])
  })
})

describe.each(['sqlite', 'postgres'] as const)('devices that synced before a restore, on %s', (backend) => {
  it('reset exactly once and end with the restored records plus the new ones, whatever the counter did since', async () => {
    const server = await start(backend)
    const school = await setupSchool(server)
    const program = (name: string) => upsert('programs', uuidv7(), programFields(name))
    await school.curator.push(program('До копии'))
    const file = join(dir, `epoch-${backend}.jsonl`)
    await writeBackup(server.storage.db, backend, file)

    // Written after the backup: the restore takes them away.
    await school.curator.push(program('Потеряна 1'), program('Потеряна 2'), program('Потеряна 3'))
    const atLoss = await new SyncClient(server.app, school.curatorToken).pullAll()
    const later = new SyncClient(server.app, school.curatorToken)
    const early = new SyncClient(server.app, school.curatorToken)

    await restoreBackup(server.storage.db, backend, file, { force: true })
    // The counter climbs back to exactly where the devices' cursors stand: a plain counter cannot tell.
    await school.curator.push(program('После 1'), program('После 2'), program('После 3'))
    const even = await early.pullAll(atLoss.cursor)
    await school.curator.push(program('После 4'))
    const past = await later.pullAll(atLoss.cursor)

    const names = (changes: Change[]) => changes.filter(c => c.entity === 'programs' && !c.deleted).map(c => String(c.fields.name)).sort()
    for (const pulled of [even, past])
      expect(pulled.reset).toBe(true)
    expect(names(even.changes)).toEqual(['До копии', 'После 1', 'После 2', 'После 3'])
    expect(names(past.changes)).toEqual(['До копии', 'После 1', 'После 2', 'После 3', 'После 4'])
    // Once: the cursors they got are of the new epoch.
    expect((await early.pullAll(even.cursor))).toMatchObject({ reset: false })
    expect(names((await later.pullAll(past.cursor)).changes)).toEqual([])
  })

  it('names the line of a row the database cannot write, and writes nothing', async () => {
    const server = await start('sqlite')
    const school = await setupSchool(server)
    // SQLite keeps U+0000 in text; PostgreSQL cannot. The API refuses it, but an old database may hold one.
    await server.storage.db.updateTable('users').set({ name: 'Куратор\u0000Старый' }).where('school_id', '=', school.schoolId).execute()
    const file = join(dir, `nul-${backend}.jsonl`)
    await writeBackup(server.storage.db, 'sqlite', file)
    const line = readFileSync(file, 'utf8').split('\n').findIndex(l => l.includes('Куратор\\u0000Старый')) + 1
    expect(line).toBeGreaterThan(1)

    const target = await start(backend)
    const restoring = restoreBackup(target.storage.db, backend, file, { force: false })
    if (backend === 'sqlite')
      return expect(restoring).resolves.toMatchObject({ rows: { users: 1 } })
    await expect(restoring).rejects.toThrow(new RegExp(`^line ${line} \\(a row of users\\) cannot be written: `))
    expect(await tables(target)).toEqual(Object.fromEntries(BACKUP_TABLES.map(t => [t.name, []])))
  })
})
