import type { Kysely } from 'kysely'
import type { Database } from '../../src/server/storage/schema.ts'
import type { Demo } from '../../src/server/demo/generate.ts'
import type { Dataset } from './config.ts'
import type { LoginResponse } from '#shared/api/auth'
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { localCalendarDate } from '#shared/dates'
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '#shared/protocol'
import { generateDemo } from '../../src/server/demo/generate.ts'
import { createDemoSchool } from '../../src/server/demo/school.ts'
import { openDatabase, type DbKind, type Storage } from '../../src/server/storage/db.ts'
import { migrateToLatest } from '../../src/server/storage/migrate.ts'
import { issueEnrollment } from '../../src/server/users/enrollment.ts'
import { createPgDatabase } from '../server/helpers/postgres.ts'
import { freePort, stopChild, waitForHealth } from '../support/childProcess.ts'

export const ROOT = join(import.meta.dirname, '../..')
export const DIST = join(ROOT, 'dist')
const PASSWORD = 'bench-nastavnik'

/** One backend (SQLite or PostgreSQL) filled with the benchmark schools, and the real server process on it. */
export interface Fixture {
  kind: DbKind
  url: string
  db: Kysely<Database>
  schoolId: string
  demo: Demo
  curator: { login: string, password: string }
  /** Records the curator's full pull holds (live records of the school). */
  records: number
  setupMs: number
  /** A fresh one-time code for the demo mentor (a new code voids older unused ones). */
  mentorCode: () => Promise<string>
  stop: () => Promise<void>
}

export function benchDemo(dataset: Dataset, seed: number, today: string): Demo {
  const { people, pairs, meetings } = dataset
  return generateDemo({ seed, today, size: { people, pairs, meetings } })
}

export async function openBackend(kind: DbKind): Promise<{ storage: Storage, env: Record<string, string>, drop: () => Promise<void> }> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'nastavnik-bench-'))
    const storage = openDatabase({ database: { kind: 'sqlite', file: join(dir, 'nastavnik.sqlite') } })
    return { storage, env: { DATA_DIR: dir }, drop: async () => rmSync(dir, { recursive: true, force: true }) }
  }
  const pg = await createPgDatabase()
  const storage = openDatabase({ database: { kind: 'postgres', url: pg.url } })
  return { storage, env: { DATABASE_URL: pg.url }, drop: pg.drop }
}

export async function startFixture(kind: DbKind, dataset: Dataset, staticDir: string, log: (line: string) => void): Promise<Fixture> {
  const started = performance.now()
  const { storage, env, drop } = await openBackend(kind)
  const { db } = storage
  let server: BenchServer | undefined
  try {
    await migrateToLatest(db)
    const today = localCalendarDate()
    const demo = benchDemo(dataset, 1, today)
    // Every card answers the entry questionnaire and about four in five the exit one: 1.8 answers a card.
    const surveys = dataset.surveyAnswers ? { cards: Math.round(dataset.surveyAnswers / 1.8), seed: 1 } : undefined
    const main = await createDemoSchool(db, kind, { name: 'Бенчмарк-школа № 1', login: 'bench', password: PASSWORD, demo, surveys })
    if (main.rejected.length)
      throw new Error(`the server rejected ${main.rejected.length} demo records: ${main.rejected[0]!.reason ?? main.rejected[0]!.code}`)
    for (let k = 0; k < dataset.otherSchools; k++) {
      await createDemoSchool(db, kind, { name: `Бенчмарк-школа № ${k + 2}`, login: `bench-${k + 2}`, password: PASSWORD, demo: benchDemo(dataset, k + 2, today) })
      if ((k + 2) % 5 === 0)
        log(`${kind}: school ${k + 2} of ${dataset.otherSchools + 1}`)
    }
    const mentor = await db.selectFrom('users').select('id').where('school_id', '=', main.schoolId).where('role', '=', 'mentor').executeTakeFirstOrThrow()
    server = await startServer(env, staticDir)
    const running = server
    return {
      kind,
      url: running.url,
      db,
      schoolId: main.schoolId,
      demo,
      curator: { login: 'bench', password: PASSWORD },
      records: main.applied,
      setupMs: performance.now() - started,
      mentorCode: async () => (await issueEnrollment(db, main.schoolId, mentor.id)).code,
      stop: async () => {
        await running.stop()
        await storage.close()
        await drop()
      },
    }
  } catch (error) {
    await server?.stop()
    await storage.close().catch(() => {})
    await drop().catch(() => {})
    throw error
  }
}

export interface BenchServer {
  url: string
  /** The server process's resident memory now, in MiB (from /proc: Linux only). */
  rssMib: () => number
  stop: () => Promise<void>
}

/** The real server (`src/server/main.ts`) as its own process on `env`'s database, serving the built app from `staticDir`. */
export async function startServer(env: Record<string, string>, staticDir: string): Promise<BenchServer> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['src/server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', STATIC_DIR: staticDir, LOG_LEVEL: 'warn', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => void (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => void (output += chunk.toString()))
  try {
    await waitForHealth(url, child, () => output)
  } catch (error) {
    await stopChild(child)
    throw error
  }
  return { url, rssMib: () => serverRssMib(child), stop: () => stopChild(child) }
}

/**
 * tsx runs the server as a child of its own, so the process that serves is the deepest descendant: its VmRSS is
 * the server's memory.
 */
function serverRssMib(child: ChildProcess): number {
  let pid = child.pid
  for (;;) {
    const children = pid === undefined ? '' : readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim()
    if (!children)
      break
    pid = Number(children.split(' ')[0])
  }
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
  return kb === undefined ? Number.NaN : Number(kb) / 1024
}

export function apiHeaders(token?: string): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': 'application/json', [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) }
  if (token)
    headers.authorization = `Bearer ${token}`
  return headers
}

export async function postJson<T>(url: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(url, { method: 'POST', headers: apiHeaders(token), body: JSON.stringify(body) })
  if (!response.ok)
    throw new Error(`${url}: HTTP ${response.status} ${await response.text()}`)
  return await response.json() as T
}

export async function signIn(fixture: Fixture): Promise<string> {
  return (await postJson<LoginResponse>(`${fixture.url}/api/auth/login`, fixture.curator)).token
}

export async function enrollMentor(fixture: Fixture): Promise<string> {
  const code = await fixture.mentorCode()
  return (await postJson<LoginResponse>(`${fixture.url}/api/enroll`, { code, deviceName: 'bench' })).token
}
