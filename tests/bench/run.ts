/*
 * `npm run bench [-- --quick] [-- --no-build]`: the benchmark harness (tests/bench/README.md).
 * Builds the app into a temporary directory, fills SQLite and PostgreSQL with the demo schools, starts the real
 * server on each, measures every group under its own time box, compares with PouchDB on the same data, and
 * writes tests/bench/results.json and results.md. The last line on stdout is the results JSON.
 */
import type { DbKind } from '../../src/server/storage/db.ts'
import type { Fixture } from './fixture.ts'
import type { Row, Value } from './report.ts'
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, release, tmpdir, totalmem, type } from 'node:os'
import { join } from 'node:path'
import { measureBundle } from './bundle.ts'
import { benchConfig, CHROMIUM } from './config.ts'
import { benchDemo, DIST, ROOT, startFixture } from './fixture.ts'
import { measureLighthouse } from './lighthouse.ts'
import { measureLinks } from './links.ts'
import { measureLoad } from './load.ts'
import { calibrateMachine, type MachineCalibration } from './machine.ts'
import { measureRegion } from './region.ts'
import { measurePouch } from './pouch.ts'
import { met, table, TARGETS } from './report.ts'
import { isFailed, round, type Failed, timeBox } from './stats.ts'
import { measureCuratorScreens, SCREENS, SORTS } from './screens.ts'
import { measureMentorApp, measureSyncBrowser } from './sync-browser.ts'
import { measureSyncServer } from './sync-server.ts'

const argv = process.argv.slice(2)
const config = benchConfig(argv)
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`)
const started = Date.now()
/**
 * `--only=syncBrowser,screens` measures those groups alone, `--backend=sqlite` on one backend: for working on one
 * figure. Such a partial run prints its JSON and leaves results.json and results.md as they are.
 */
const GROUPS = ['syncServer', 'syncBrowser', 'links', 'mentorApp', 'screens', 'lighthouse', 'load', 'region', 'bundle', 'pouch']
/** The groups that measure the benchmark schools' server: the rest need no fixture (region fills its own database). */
const ON_FIXTURE = ['syncServer', 'syncBrowser', 'links', 'mentorApp', 'screens', 'lighthouse', 'load']
const only = argv.find(arg => arg.startsWith('--only='))?.slice('--only='.length).split(',')
const unknown = only?.filter(group => !GROUPS.includes(group))
if (unknown?.length)
  throw new Error(`--only: no group ${unknown.join(', ')} (groups: ${GROUPS.join(', ')})`)
const backendArg = argv.find(arg => arg.startsWith('--backend='))?.slice('--backend='.length)
if (backendArg !== undefined && backendArg !== 'sqlite' && backendArg !== 'postgres')
  throw new Error(`--backend=${backendArg}: sqlite or postgres`)
const backendsRun = backendArg ? [backendArg] as const : ['sqlite', 'postgres'] as const
const partial = Boolean(only) || backendsRun.length < 2
const wanted = (group: string) => !only || only.includes(group)

type Group = Record<string, unknown> | Failed

function pick(group: Group | undefined, key: string): Value {
  if (!group)
    return undefined
  if (isFailed(group))
    return group
  return group[key] as Value
}

function median(value: Value): number | undefined {
  if (value === undefined || isFailed(value))
    return undefined
  return typeof value === 'number' ? value : value.median
}

function ratio(a: Value, b: Value): number | undefined {
  const x = median(a)
  const y = median(b)
  return x === undefined || y === undefined || y === 0 ? undefined : round(x / y, 3)
}

function buildApp(): { dist: string, note: string } {
  if (argv.includes('--no-build'))
    return { dist: DIST, note: 'dist/ as found (--no-build)' }
  const out = mkdtempSync(join(tmpdir(), 'nastavnik-bench-dist-'))
  log(`building the app into ${out}`)
  const result = spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 })
  if (result.status === 0)
    return { dist: out, note: 'built by this run from the working tree' }
  rmSync(out, { recursive: true, force: true })
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error(`vite build failed and there is no dist/: ${result.stderr}`)
  log(`vite build failed, measuring dist/ as found: ${result.stderr.split('\n')[0]}`)
  return { dist: DIST, note: `dist/ as found: vite build failed (${result.stderr.split('\n')[0]})` }
}

function calibrated({ start, end }: { start: MachineCalibration, end: MachineCalibration }): string {
  const both = (key: keyof MachineCalibration) => `${start[key]} → ${end[key]}`
  return `load average ${both('loadAverage')}, a fixed JSON workload ${both('jsMs')} ms, a syscall ${both('syscallUs')} µs, a loopback round trip ${both('loopbackRoundTripUs')} µs, 4 KiB fdatasync'ed ${both('fdatasyncMs')} ms`
}

function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n').at(-1) ?? 'unknown'
  } catch {
    return 'unknown'
  }
}

interface BackendResult {
  setup?: Group
  syncServer?: Group
  syncBrowser?: Group
  load?: Group
  region?: Group
}

async function main(): Promise<void> {
  const calibrationAtStart = await calibrateMachine()
  const { dist, note } = buildApp()
  const backends: Partial<Record<DbKind, BackendResult>> = {}
  let mentorApp: Group | undefined
  let links: Group | undefined
  let screens: Group | undefined
  let lighthouse: Group | undefined
  const { limits } = config

  for (const kind of backendsRun) {
    const result: BackendResult = {}
    backends[kind] = result
    if (wanted('region'))
      result.region = await timeBox(`${kind} region`, limits.region, () => measureRegion(kind, config, dist, log), log)
    if (!ON_FIXTURE.some(wanted))
      continue
    log(`${kind}: filling ${config.dataset.otherSchools + 1} schools`)
    let fixture: Fixture | undefined
    const setup = await timeBox(`${kind} setup`, limits.setup, async () => {
      fixture = await startFixture(kind, config.dataset, dist, log)
      return { records: fixture.records, setupMs: Math.round(fixture.setupMs) }
    }, log)
    result.setup = setup
    if (!fixture)
      continue
    const f = fixture
    try {
      if (wanted('syncServer'))
        result.syncServer = await timeBox(`${kind} sync-server`, limits.syncServer, () => measureSyncServer(f, config), log)
      if (wanted('syncBrowser'))
        result.syncBrowser = await timeBox(`${kind} sync-browser`, limits.syncBrowser, () => measureSyncBrowser(f, config), log)
      if (kind === backendsRun[0]) {
        if (wanted('links'))
          links = await timeBox('sync on emulated links in Chromium', limits.links, () => measureLinks(f, config), log)
        if (wanted('mentorApp'))
          mentorApp = await timeBox('mentor app in Chromium', limits.syncBrowser, () => measureMentorApp(f, config), log)
        if (wanted('screens'))
          screens = await timeBox('curator screens in Chromium', limits.screens, () => measureCuratorScreens(f, config), log)
        if (wanted('lighthouse'))
          lighthouse = await timeBox('lighthouse', limits.lighthouse, () => measureLighthouse(f.url, config.runs.lighthouse), log)
      }
      if (wanted('load'))
        result.load = await timeBox(`${kind} load`, limits.load, () => measureLoad(f, config), log)
    } finally {
      await f.stop().catch(error => log(`${kind}: stopping failed: ${String(error)}`))
    }
  }

  const assets = mentorApp && !isFailed(mentorApp) ? mentorApp.firstScreenAssets as string[] : null
  const bundle = wanted('bundle') ? await timeBox('bundle', limits.bundle, async () => measureBundle(dist, assets), log) : undefined
  const pouch = wanted('pouch') ? await timeBox('pouch', limits.pouch, () => measurePouch(benchDemo(config.dataset, 1, new Date().toISOString().slice(0, 10)), config), log) : undefined
  if (dist !== DIST)
    rmSync(dist, { recursive: true, force: true })

  const ratios = Object.fromEntries((['sqlite', 'postgres'] as const).map(kind => [kind, {
    curatorPullVsPouch: ratio(pick(backends[kind]?.syncServer, 'curatorPullMs'), pick(pouch, 'pouchPullMs')),
    // Client for client: both write Chromium's IndexedDB, talking to their own server on loopback.
    curatorApplyVsPouch: ratio(pick(backends[kind]?.syncBrowser, 'curatorApplyMs'), pick(pouch, 'pouchBrowserPullMs')),
    drainOutboxVsPouch: ratio(pick(backends[kind]?.syncBrowser, 'drainOutboxMs'), pick(pouch, 'pouchBrowserPushMs')),
    // Our IndexedDB client against PouchDB's in-memory one in Node: no storage on its side at all.
    drainOutboxVsPouchInMemory: ratio(pick(backends[kind]?.syncBrowser, 'drainOutboxMs'), pick(pouch, 'pouchPushMs')),
    noopPullBytesVsPouch: ratio(pick(backends[kind]?.syncServer, 'noopPullBytes'), pick(pouch, 'pouchNoopPullBytes')),
  }]))

  const calibration = { start: calibrationAtStart, end: await calibrateMachine() }
  const cpu = cpus()
  const results = {
    date: new Date().toISOString(),
    quick: config.quick,
    durationS: Math.round((Date.now() - started) / 1000),
    machine: { cpu: cpu[0]?.model ?? 'unknown', cores: cpu.length, memoryGb: round(totalmem() / 2 ** 30, 1), os: `${type()} ${release()}`, node: process.version, chromium: chromiumVersion(), calibration },
    app: note,
    dataset: { ...config.dataset, recordsPerSchool: pick(backends.sqlite?.setup, 'records') ?? null },
    targets: TARGETS,
    backends,
    links,
    mentorApp,
    screens,
    lighthouse,
    bundle,
    pouch,
    ratios,
  }
  if (partial) {
    log(`done in ${results.durationS} s (partial: results.json left as it was)`)
  } else {
    // The working tree is shared: make sure the folder is there when the run ends.
    mkdirSync(import.meta.dirname, { recursive: true })
    writeFileSync(join(import.meta.dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
    writeFileSync(join(import.meta.dirname, 'results.md'), markdown(results, backends, { links, mentorApp, screens, lighthouse, bundle, pouch }, ratios))
    log(`done in ${results.durationS} s: tests/bench/results.json, tests/bench/results.md`)
  }
  process.stdout.write(`${JSON.stringify(results)}\n`)
}

function markdown(
  results: { date: string, quick: boolean, machine: Record<string, unknown>, dataset: Record<string, unknown>, app: string },
  backends: Partial<Record<DbKind, BackendResult>>,
  once: { links?: Group, mentorApp?: Group, screens?: Group, lighthouse?: Group, bundle?: Group, pouch?: Group },
  ratios: Record<string, Record<string, number | undefined>>,
): string {
  const both = (group: keyof BackendResult, key: string): Value[] => (['sqlite', 'postgres'] as const).map(k => pick(backends[k]?.[group], key))
  const server: Row[] = [
    { name: 'curatorPullMs', what: 'curator\'s first full pull, over HTTP, all pages, in brotli', values: both('syncServer', 'curatorPullMs') },
    { name: 'curatorPullPlainMs', what: 'the same, uncompressed', values: both('syncServer', 'curatorPullPlainMs') },
    { name: 'curatorPullBytes', what: 'its response bodies (JSON)', values: both('syncServer', 'curatorPullBytes') },
    { name: 'curatorPullWireBytes', what: 'the same on the wire, in brotli', values: both('syncServer', 'curatorPullWireBytes') },
    { name: 'curatorPullRequests', what: 'its requests (pages)', values: both('syncServer', 'curatorPullRequests') },
    { name: 'curatorApplyMs', what: 'the same pull applied into Dexie in Chromium', values: both('syncBrowser', 'curatorApplyMs') },
    { name: 'curatorApplyLongestTaskMs', what: 'its longest main-thread task (0: none of 50 ms)', values: both('syncBrowser', 'curatorApplyLongestTaskMs') },
    { name: 'indexedDbPutsMs', what: 'the same records by bare IndexedDB puts (no Dexie, no index): the floor', values: both('syncBrowser', 'indexedDbPutsMs') },
    { name: 'indexedDbWorkerMs', what: 'the same puts in a worker', values: both('syncBrowser', 'indexedDbWorkerMs') },
    { name: 'indexedDbPackedMs', what: 'the same bytes in a hundredth of the puts (100 records a value)', values: both('syncBrowser', 'indexedDbPackedMs') },
    { name: 'mentorPullMs', what: 'a mentor\'s first pull', values: both('syncServer', 'mentorPullMs') },
    { name: 'mentorPullBytes', what: 'its response body', values: both('syncServer', 'mentorPullBytes') },
    { name: 'mentorPullWireBytes', what: 'the same on the wire, in brotli', values: both('syncServer', 'mentorPullWireBytes') },
    { name: 'pushOneMs', what: 'push of one change', values: both('syncServer', 'pushOneMs') },
    { name: 'pullOneMs', what: 'pull of one change', values: both('syncServer', 'pullOneMs') },
    { name: 'noopPullBytes', what: 'response body of a pull with nothing new', values: both('syncServer', 'noopPullBytes') },
    { name: 'drainOutboxMs', what: `${config.outbox.toLocaleString('en-US')} queued changes sent by the app's push, in Chromium`, values: both('syncBrowser', 'drainOutboxMs') },
    { name: 'pushPerSec', what: `pushes/s, ${config.load.connections} connections`, values: both('load', 'pushPerSec') },
    { name: 'noopPullPerSec', what: `no-op pulls/s, ${config.load.connections} connections`, values: both('load', 'noopPullPerSec') },
    { name: 'p99Ms', what: 'worse p99 latency of those two', values: both('load', 'p99Ms') },
    { name: 'curatorPullVsPouch', what: '`curatorPullMs / pouchPullMs`', values: [ratios.sqlite?.curatorPullVsPouch, ratios.postgres?.curatorPullVsPouch] },
    { name: 'curatorApplyVsPouch', what: '`curatorApplyMs / pouchBrowserPullMs` (both into IndexedDB in Chromium)', values: [ratios.sqlite?.curatorApplyVsPouch, ratios.postgres?.curatorApplyVsPouch] },
    { name: 'drainOutboxVsPouch', what: '`drainOutboxMs / pouchBrowserPushMs` (both from IndexedDB in Chromium)', values: [ratios.sqlite?.drainOutboxVsPouch, ratios.postgres?.drainOutboxVsPouch] },
    { name: 'drainOutboxVsPouchInMemory', what: '`drainOutboxMs / pouchPushMs` (PouchDB in Node, in memory)', values: [ratios.sqlite?.drainOutboxVsPouchInMemory, ratios.postgres?.drainOutboxVsPouchInMemory] },
    { name: 'noopPullBytesVsPouch', what: '`noopPullBytes / pouchNoopPullBytes`', values: [ratios.sqlite?.noopPullBytesVsPouch, ratios.postgres?.noopPullBytesVsPouch] },
  ]
  const link = (key: string) => [pick(once.links, key)]
  const app: Row[] = [
    { name: 'curatorSyncAdslMs', what: 'the app\'s first sync as the big school\'s curator in Chromium on «школьный ADSL» (4 Mbit/s ↓, 512 kbit/s ↑, 80 ms)', values: link('curatorSyncAdslMs') },
    { name: 'curatorSync3gMs', what: 'the same on «3G» (1.6 Mbit/s, 768 kbit/s, 300 ms)', values: link('curatorSync3gMs') },
    { name: 'curatorSyncEdgeMs', what: 'the same on «EDGE» (240 kbit/s, 200 kbit/s, 800 ms)', values: link('curatorSyncEdgeMs') },
    { name: 'curatorSyncWireBytes', what: 'its bytes received on the wire (headers and compressed bodies, as Chromium counts them)', values: link('curatorSyncWireBytes') },
    { name: 'curatorSyncLongestTaskMs', what: 'its longest main-thread task on ADSL (0: none of 50 ms)', values: link('curatorSyncLongestTaskMs') },
    { name: 'mentorSyncEdgeMs', what: 'a mentor\'s first sync on «EDGE»', values: link('mentorSyncEdgeMs') },
    { name: 'mentorSync3gMs', what: 'the same on «3G»', values: link('mentorSync3gMs') },
    { name: 'mentorSyncAdslMs', what: 'the same on «школьный ADSL»', values: link('mentorSyncAdslMs') },
    { name: 'mentorSyncWireBytes', what: 'its bytes received on the wire', values: link('mentorSyncWireBytes') },
    { name: 'dayPushEdgeMs', what: 'a day\'s work (5 new meetings, 5 new plan items) pushed on «EDGE»', values: link('dayPushEdgeMs') },
    { name: 'dayPushRequests', what: 'its requests', values: link('dayPushRequests') },
    { name: 'daySyncEdgeMs', what: 'the same work sent by a whole sync on «EDGE», the news of the server coming back with it', values: link('daySyncEdgeMs') },
    { name: 'daySyncRequests', what: 'its requests', values: link('daySyncRequests') },
    { name: 'resumeResentBytes', what: 'bytes received again after the link is cut at 50 % of the curator\'s first sync on ADSL, and the app syncs again', values: link('resumeResentBytes') },
    { name: 'resumeFirstBytes', what: 'bytes of that first sync uncut, for scale', values: link('resumeFirstBytes') },
    { name: 'saveMeetingP95Ms', what: 'saving a meeting: click on «Сохранить» → Dexie transaction complete, p95', values: [pick(once.mentorApp, 'saveMeetingP95Ms')] },
    { name: 'offlineReloadMs', what: 'reload offline → the mentor\'s pairs on screen', values: [pick(once.mentorApp, 'offlineReloadMs')] },
    ...SCREENS.map(screen => ({ name: screen.figure, what: `curator opens ${screen.path} from the menu → first frame with its data`, values: [pick(once.screens, screen.figure)] })),
    ...SORTS.map(sort => ({ name: sort.figure, what: `curator sorts the ${sort.path} table by «${sort.column}» → first frame in the new order`, values: [pick(once.screens, sort.figure)] })),
    { name: 'mentorFirstScreenKb', what: 'JS+CSS of the mentor\'s first screen, gzipped', values: [pick(once.bundle, 'mentorFirstScreenKb')] },
    { name: 'precacheKb', what: 'JS+CSS of the whole precache, gzipped', values: [pick(once.bundle, 'precacheKb')] },
    { name: 'lighthousePerformance', what: 'Lighthouse mobile, start page', values: [pick(once.lighthouse, 'lighthousePerformance')] },
    { name: 'lighthouseAccessibility', what: 'Lighthouse mobile, start page', values: [pick(once.lighthouse, 'lighthouseAccessibility')] },
    { name: 'lighthouseBestPractices', what: 'Lighthouse mobile, start page', values: [pick(once.lighthouse, 'lighthouseBestPractices')] },
    { name: 'pouchPullMs', what: 'PouchDB in Node (memory): a fresh replica pulls the same school from express-pouchdb', values: [pick(once.pouch, 'pouchPullMs')] },
    { name: 'pouchPushMs', what: `PouchDB in Node (memory): ${config.outbox.toLocaleString('en-US')} local edits replicated to express-pouchdb`, values: [pick(once.pouch, 'pouchPushMs')] },
    { name: 'pouchBrowserPullMs', what: 'PouchDB in Chromium (IndexedDB): a fresh replica pulls the school', values: [pick(once.pouch, 'pouchBrowserPullMs')] },
    { name: 'pouchBrowserPushMs', what: `PouchDB in Chromium (IndexedDB): ${config.outbox.toLocaleString('en-US')} local edits pushed`, values: [pick(once.pouch, 'pouchBrowserPushMs')] },
    { name: 'pouchBrowserPullAdslMs', what: 'PouchDB in Chromium: a fresh replica pulls the school on «школьный ADSL» (one run)', values: [pick(once.pouch, 'pouchBrowserPullAdslMs')] },
    { name: 'pouchBrowserPullAdslWireBytes', what: 'its bytes received on the wire', values: [pick(once.pouch, 'pouchBrowserPullAdslWireBytes')] },
    { name: 'pouchBrowserDayPushEdgeMs', what: 'PouchDB in Chromium: 10 new documents replicated to the server on «EDGE»', values: [pick(once.pouch, 'pouchBrowserDayPushEdgeMs')] },
    { name: 'pouchNoopPullBytes', what: 'PouchDB: response bytes of a replication with nothing new', values: [pick(once.pouch, 'pouchNoopPullBytes')] },
  ]
  const r = config.region
  const region: Row[] = [
    { name: 'regionPushPerSec', what: `pushes/s by ${r.connections / 2} mentors' devices of as many schools, while as many pull`, values: both('region', 'regionPushPerSec') },
    { name: 'regionPushP99Ms', what: 'their p99 latency', values: both('region', 'regionPushP99Ms') },
    { name: 'regionPullPerSec', what: 'no-op pulls/s at the same time', values: both('region', 'regionPullPerSec') },
    { name: 'regionPullP99Ms', what: 'their p99 latency', values: both('region', 'regionPullP99Ms') },
    { name: 'regionOneSchoolPushPerSec', what: `pushes/s into one school, ${r.connections} devices`, values: both('region', 'regionOneSchoolPushPerSec') },
    { name: 'regionOneSchoolP99Ms', what: 'their p99 latency', values: both('region', 'regionOneSchoolP99Ms') },
    { name: 'regionMentorPullGrowth', what: `a mentor's first pull beside ${r.schools} schools over alone on the server (median of ${r.pullRuns})`, values: both('region', 'regionMentorPullGrowth') },
    { name: 'regionNoopPullGrowth', what: 'the same for a no-op pull', values: both('region', 'regionNoopPullGrowth') },
    { name: 'regionRollUpMs', what: `the region's indicators of all ${r.schools} schools, one request`, values: both('region', 'regionRollUpMs') },
    { name: 'regionFailedRequests', what: 'requests of all these loads answered with an error, or not within 10 s', values: both('region', 'regionFailedRequests') },
    { name: 'regionMemoryGrowthMib', what: `the server's resident memory after a ${r.soakSeconds} s soak of pushes and pulls, over before it, MiB`, values: both('region', 'regionMemoryGrowthMib') },
  ]
  const m = results.machine
  const d = results.dataset
  const misses = [...[...server, ...region].flatMap(row => row.values.map((v, i) => [row.name, i ? 'PostgreSQL' : 'SQLite', v, i] as const)), ...app.map(row => [row.name, 'app', row.values[0], 0] as const)]
    .filter(([name, , v, column]) => met(name, v, column) === false)
    .map(([name, where]) => `\`${name}\` (${where})`)
  return [
    `### Бенчмарк ${results.quick ? '(--quick) ' : ''}от ${results.date.slice(0, 10)}`,
    '',
    `Machine: ${String(m.cpu)}, ${String(m.cores)} cores, ${String(m.memoryGb)} GB, ${String(m.os)}, Node ${String(m.node)}, ${String(m.chromium)}.`,
    `Calibration (start → end of the run, tests/bench/machine.ts): ${calibrated(m.calibration as { start: MachineCalibration, end: MachineCalibration })}.`,
    `Data: a school of ${String(d.people)} people, ${String(d.pairs)} pairs, ${String(d.meetings)} meetings, ${String(d.surveyAnswers)} survey answers (${String(d.recordsPerSchool)} records), plus ${String(d.otherSchools)} other schools of the same size on the same server. App: ${results.app}.`,
    'Each figure: **median** (min–max) of several runs; ✅ / ❌ against DESIGN.md «Budgets».',
    '',
    table(['SQLite', 'PostgreSQL'], server),
    '',
    table(['value'], app),
    '',
    `A region on one database: ${r.schools} schools of ${r.size.people} people, ${r.size.pairs} pairs and ${r.size.meetings} meetings (${median(pick(backends.sqlite?.region ?? backends.postgres?.region, 'recordsPerSchool')) ?? '?'} records each).`,
    '',
    table(['SQLite', 'PostgreSQL'], region),
    '',
    misses.length ? `Missed: ${misses.join(', ')} — see tests/bench/README.md «Missed targets».` : 'Every target met.',
    '',
  ].join('\n')
}

await main()
