import type autocannon from 'autocannon'
import type { Kysely } from 'kysely'
import type { Database } from '../../src/server/storage/schema.ts'
import type { DbKind } from '../../src/server/storage/db.ts'
import type { Demo } from '../../src/server/demo/generate.ts'
import type { LoginResponse } from '#shared/api/auth'
import type { PushResponse } from '#shared/sync/protocol'
import type { BenchConfig } from './config.ts'
import { localCalendarDate } from '#shared/dates'
import { uuidv7 } from '#shared/ids'
import { PROTOCOL_VERSION } from '#shared/protocol'
import { generateDemo } from '../../src/server/demo/generate.ts'
import { createDemoSchool } from '../../src/server/demo/school.ts'
import { migrateToLatest } from '../../src/server/storage/migrate.ts'
import { createUser } from '../../src/server/users/accounts.ts'
import { enrollDevice } from '../../src/server/users/enrollment.ts'
import { apiHeaders, type BenchServer, openBackend, postJson, startServer } from './fixture.ts'
import { deviceLoad, type LoadRun, meetingEdit, pullFrom, summary } from './load.ts'
import { percentile, round, type Stat, stat } from './stats.ts'
import { pullAll } from './sync-server.ts'

const PASSWORD = 'bench-region'

/** One school of the region as its mentor's phone sees it: a device token and the meetings it may edit. */
interface RegionSchool {
  schoolId: string
  token: string
  meetings: string[]
}

/** Pull latencies of one school's mentor, sequential: the same school measured beside 1 and beside N schools. */
interface PullLatency {
  mentorPullMs: Stat
  mentorPullP99Ms: number
  noopPullMs: Stat
  noopPullP99Ms: number
}

interface MemorySoak {
  seconds: number
  startMib: number
  endMib: number
  maxMib: number
  /** Resident memory every ten seconds of the soak. */
  samplesMib: number[]
  /** Its requests answered with an error or not at all. */
  failed: number
}

export interface RegionFigures {
  [key: string]: unknown
  regionPushPerSec: number
  regionPushP99Ms: number
  regionPullPerSec: number
  regionPullP99Ms: number
  regionOneSchoolPushPerSec: number
  regionOneSchoolP99Ms: number
  regionMentorPullGrowth: number
  regionNoopPullGrowth: number
  regionRollUpMs: Stat
  /** Resident memory at the soak's end over its start, MiB. */
  regionMemoryGrowthMib: number
  /** Requests of all the loads and the soak answered with an error or not at all (autocannon's 10 s timeout). */
  regionFailedRequests: number
  schools: number
  recordsPerSchool: number
  fillS: number
  pullsAtOne: PullLatency
  pullsAtAll: PullLatency
  pushSpread: LoadRun
  pullSpread: LoadRun
  pushOneSchool: LoadRun
  memory: MemorySoak
}

/** The mentor's meetings in pairs still running: what a phone of the school edits. */
function mentorMeetings(demo: Demo): string[] {
  const fields = (m: Demo['mutations'][number]) => m.fields as Record<string, unknown>
  const pairs = new Set(demo.mutations
    .filter(m => m.entity === 'pairs' && fields(m).mentorId === demo.mentor.id && fields(m).status === 'active')
    .map(m => m.id))
  return demo.mutations.filter(m => m.entity === 'meetings' && pairs.has(fields(m).pairId as string)).map(m => m.id)
}

async function addSchool(db: Kysely<Database>, kind: DbKind, config: BenchConfig, n: number): Promise<RegionSchool & { records: number }> {
  const demo = generateDemo({ seed: 1000 + n, today: localCalendarDate(), size: config.region.size })
  const school = await createDemoSchool(db, kind, { name: `Школа региона № ${n}`, login: `region-${n}`, password: PASSWORD, demo, surveys: { cards: config.region.size.pairs, seed: n } })
  if (school.rejected.length)
    throw new Error(`school ${n}: the server rejected ${school.rejected.length} demo records`)
  const { token } = await enrollDevice(db, { code: school.enrollment.code, deviceName: 'bench' }, { userAgent: null, hints: null })
  const meetings = mentorMeetings(demo)
  if (!meetings.length)
    throw new Error(`school ${n}: its mentor has no meeting in a running pair`)
  return { schoolId: school.schoolId, token, meetings, records: school.applied }
}

async function timed(runs: number, measure: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = []
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    await measure()
    samples.push(performance.now() - started)
  }
  return samples
}

async function pullLatency(server: BenchServer, school: RegionSchool, runs: number): Promise<PullLatency> {
  const { cursor } = await pullAll(server.url, school.token)
  // A fresh process compiles as it goes: both measurements start warm.
  await timed(runs, () => pullAll(server.url, school.token, cursor))
  const mentor = await timed(runs, () => pullAll(server.url, school.token))
  const noop = await timed(runs, () => pullAll(server.url, school.token, cursor))
  return { mentorPullMs: stat(mentor), mentorPullP99Ms: round(percentile(mentor, 99)), noopPullMs: stat(noop), noopPullP99Ms: round(percentile(noop, 99)) }
}

/** Pushes of one meeting edit each, as the region's phones send their day's work at once. */
function pushLoad(server: BenchServer, schools: readonly RegionSchool[], connections: number, seconds: number): Promise<autocannon.Result> {
  let edit = 0
  return deviceLoad(server.url, schools, {
    connections,
    seconds,
    path: '/api/sync/push',
    token: school => school.token,
    body: device => meetingEdit(device, device.of.meetings[edit % device.of.meetings.length]!, edit++),
  })
}

/**
 * Pulls of idle apps: each device asks from its school's cursor at the head, then from the cursor of each answer
 * (a push of its school meanwhile makes the next pull bring that edit, as on a phone).
 */
async function noopPullLoad(server: BenchServer, schools: readonly RegionSchool[], connections: number, seconds: number): Promise<autocannon.Result> {
  const heads = new Map(await Promise.all(schools.map(async school => [school, (await pullAll(server.url, school.token)).cursor] as const)))
  return deviceLoad(server.url, schools, { connections, seconds, path: '/api/sync/pull', token: school => school.token, body: pullFrom, cursor: school => heads.get(school)! })
}

/** Answers that were not 2xx and requests that failed (a timeout, a reset) under a load: the issue allows none. */
const failures = (run: LoadRun) => run.non2xx + run.errors

/** The edit a load sends must be one the server applies, or the load would measure refusals. */
async function assertApplied(server: BenchServer, school: RegionSchool): Promise<void> {
  const mutation = { seq: 1, entity: 'meetings', id: school.meetings[0], op: 'upsert', fields: { topic: 'Проверка' }, at: new Date().toISOString() }
  const response = await postJson<PushResponse>(`${server.url}/api/sync/push`, { protocol: PROTOCOL_VERSION, clientId: uuidv7(), mutations: [mutation] }, school.token)
  if (response.results[0]?.status !== 'applied')
    throw new Error(`a mentor's meeting edit was not applied: ${JSON.stringify(response.results[0])}`)
}

/** Pushes and no-op pulls of every school at once for `seconds`, the server's memory read every ten seconds. */
async function soak(server: BenchServer, schools: readonly RegionSchool[], config: BenchConfig): Promise<MemorySoak> {
  const { connections, soakSeconds } = config.region
  const samplesMib = [round(server.rssMib(), 1)]
  let failed = 0
  const timer = setInterval(() => samplesMib.push(round(server.rssMib(), 1)), 10_000)
  try {
    const runs = await Promise.all([
      pushLoad(server, schools, connections / 2, soakSeconds),
      noopPullLoad(server, schools, connections / 2, soakSeconds),
    ])
    failed = runs.map(summary).reduce((sum, run) => sum + failures(run), 0)
  } finally {
    clearInterval(timer)
  }
  samplesMib.push(round(server.rssMib(), 1))
  return { seconds: soakSeconds, startMib: samplesMib[0]!, endMib: samplesMib.at(-1)!, maxMib: Math.max(...samplesMib), samplesMib, failed }
}

/**
 * A region on one database (#19): `config.region.schools` schools of a typical size, their mentors' phones pushing
 * and pulling at once. The first school's pulls are timed alone on the server and again beside all the others;
 * the region's roll-up reads every school; the server's memory is watched through a soak.
 */
export async function measureRegion(kind: DbKind, config: BenchConfig, staticDir: string, log: (line: string) => void): Promise<RegionFigures> {
  const { storage, env, drop } = await openBackend(kind)
  const { db } = storage
  let server: BenchServer | undefined
  try {
    await migrateToLatest(db)
    const started = performance.now()
    const first = await addSchool(db, kind, config, 1)
    await createUser(db, first.schoolId, { name: 'Региональный оператор', role: 'region', personId: null, login: 'region', password: PASSWORD }, 'admin')
    server = await startServer(env, staticDir)
    const pullsAtOne = await pullLatency(server, first, config.region.pullRuns)
    await server.stop()
    server = undefined

    const schools: RegionSchool[] = [first]
    for (let n = 2; n <= config.region.schools; n++) {
      schools.push(await addSchool(db, kind, config, n))
      if (n % 25 === 0)
        log(`${kind} region: school ${n} of ${config.region.schools}`)
    }
    const fillS = round((performance.now() - started) / 1000, 1)
    server = await startServer(env, staticDir)
    const pullsAtAll = await pullLatency(server, first, config.region.pullRuns)
    const { token } = await postJson<LoginResponse>(`${server.url}/api/auth/login`, { login: 'region', password: PASSWORD })
    const year = new Date().getFullYear()
    const rollUp = await timed(config.region.rollUpRuns, async () => {
      const response = await fetch(`${server!.url}/api/region/indicators?year=${year}`, { headers: apiHeaders(token) })
      if (!response.ok)
        throw new Error(`region roll-up: HTTP ${response.status}`)
      await response.arrayBuffer()
    })

    await assertApplied(server, first)
    const { connections, seconds } = config.region
    const [push, pull] = await Promise.all([
      pushLoad(server, schools, connections / 2, seconds),
      noopPullLoad(server, schools, connections / 2, seconds),
    ])
    const pushSpread = summary(push)
    const pullSpread = summary(pull)
    const pushOneSchool = summary(await pushLoad(server, [first], connections, seconds))
    const memory = await soak(server, schools, config)
    return {
      regionPushPerSec: pushSpread.perSec,
      regionPushP99Ms: pushSpread.p99Ms,
      regionPullPerSec: pullSpread.perSec,
      regionPullP99Ms: pullSpread.p99Ms,
      regionOneSchoolPushPerSec: pushOneSchool.perSec,
      regionOneSchoolP99Ms: pushOneSchool.p99Ms,
      // The same school's pulls beside all the others over alone on the server: flat is at most 1.2.
      regionMentorPullGrowth: round(pullsAtAll.mentorPullMs.median / pullsAtOne.mentorPullMs.median, 2),
      regionNoopPullGrowth: round(pullsAtAll.noopPullMs.median / pullsAtOne.noopPullMs.median, 2),
      regionRollUpMs: stat(rollUp),
      regionMemoryGrowthMib: round(memory.endMib - memory.startMib, 1),
      regionFailedRequests: failures(pushSpread) + failures(pullSpread) + failures(pushOneSchool) + memory.failed,
      schools: schools.length,
      recordsPerSchool: first.records,
      fillS,
      pullsAtOne,
      pullsAtAll,
      pushSpread,
      pullSpread,
      pushOneSchool,
      memory,
    }
  } finally {
    await server?.stop()
    await storage.close()
    await drop()
  }
}
