import type { Browser, BrowserContext, Page } from '@playwright/test'
import type { BenchApi } from './browser/entry.ts'
import type { BenchConfig } from './config.ts'
import type { Fixture } from './fixture.ts'
import { chromium } from '@playwright/test'
import { build } from 'esbuild'
import { join } from 'node:path'
import { CHROMIUM, CHROMIUM_ARGS } from './config.ts'
import { enrollMentor, ROOT, signIn } from './fixture.ts'
import { meetingIds } from './sync-server.ts'
import { percentile, repeat, round, type Stat, stat } from './stats.ts'

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
}

async function benchBundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [join(import.meta.dirname, 'browser', entry)],
    absWorkingDir: ROOT,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    // mutate() reads Vue's toRaw: Vue's bundler build asks for these.
    define: { 'process.env.NODE_ENV': '"production"', '__VUE_OPTIONS_API__': 'false', '__VUE_PROD_DEVTOOLS__': 'false', '__VUE_PROD_HYDRATION_MISMATCH_DETAILS__': 'false' },
    write: false,
    logLevel: 'silent',
  })
  return result.outputFiles[0]!.text
}

/**
 * A blank page at `origin` (so its server is same-origin) running the bundle of `browser/<entry>`, once the
 * global it sets is there. Neither file reaches the server: the context answers them.
 */
export async function benchPage(context: BrowserContext, origin: string, entry: string, global: string): Promise<Page> {
  const script = await benchBundle(entry)
  await context.route(`${origin}/__bench/**`, route => route.fulfill(route.request().url().endsWith('.js')
    ? { contentType: 'text/javascript', body: script }
    : { contentType: 'text/html', body: '<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="/__bench/engine.js"></script>' }))
  const page = await context.newPage()
  await page.goto(`${origin}/__bench/index.html`)
  await page.waitForFunction(name => name in globalThis, global)
  return page
}

export interface SyncBrowserFigures {
  [key: string]: unknown
  curatorApplyMs: Stat
  curatorApplyRecords: number
  /** The longest main-thread task during those pulls (0: none reached the Long Tasks API's 50 ms). */
  curatorApplyLongestTaskMs: number
  drainOutboxMs: Stat
  drainOutboxChanges: number
  /** The same pull's records by bare IndexedDB puts, no index, no Dexie (`browser/bareIndexedDb.ts`): the floor. */
  indexedDbPutsMs: Stat
  /** The same in a dedicated worker. */
  indexedDbWorkerMs: Stat
  /** The same bytes in a hundredth of the puts (100 records a value): what each put costs. */
  indexedDbPackedMs: Stat
}

/** The app's own pull and push code in Chromium against the real server: Dexie on real IndexedDB. */
export async function measureSyncBrowser(fixture: Fixture, config: BenchConfig): Promise<SyncBrowserFigures> {
  const browser = await launchChromium()
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' })
    const page = await benchPage(context, fixture.url, 'entry.ts', 'bench')
    const token = await signIn(fixture)
    const apply = () => page.evaluate(t => (globalThis as unknown as { bench: BenchApi }).bench.apply(t), token)
    await apply() // warm-up: the server's caches and Chromium's JIT
    let records = 0
    let longest = 0
    const curatorApplyMs = await repeat(config.runs.apply, async () => {
      const run = await apply()
      records = run.records
      longest = Math.max(longest, run.longestTaskMs)
      return run.ms
    })
    const all = meetingIds(fixture)
    const ids = Array.from({ length: config.outbox }, (_, i) => all[i % all.length]!)
    let sent = 0
    const drainOutboxMs = await repeat(config.runs.drain, async () => {
      const run = await page.evaluate(([t, list]) => (globalThis as unknown as { bench: BenchApi }).bench.drain(t, list), [token, ids] as const)
      sent = run.sent
      return run.ms
    })
    const bare = await page.evaluate(([t, runs]) => (globalThis as unknown as { bench: BenchApi }).bench.bareWrites(t, runs), [token, config.runs.apply] as const)
    if (bare.records !== records)
      throw new Error(`bare IndexedDB wrote ${bare.records} records, the app's apply ${records}`)
    return {
      curatorApplyMs,
      curatorApplyRecords: records,
      curatorApplyLongestTaskMs: round(longest),
      drainOutboxMs,
      drainOutboxChanges: sent,
      indexedDbPutsMs: stat(bare.putsMs),
      indexedDbWorkerMs: stat(bare.workerMs),
      indexedDbPackedMs: stat(bare.packedMs),
    }
  } finally {
    await browser.close()
  }
}

/**
 * Patches IndexedDB before the app loads: every read-write transaction over exactly `meetings` and `outbox` (the
 * one mutation function's) records when it was opened and when it completed, and every click on a button
 * «Сохранить» records its event time. All on the page's `performance.now()` clock.
 */
const INSTRUMENT = `(() => {
  const marks = { clicks: [], opened: [], saves: [] }
  window.__bench = marks
  const open = IDBDatabase.prototype.transaction
  IDBDatabase.prototype.transaction = function (stores, mode, options) {
    const tx = open.call(this, stores, mode, options)
    const names = Array.from(tx.objectStoreNames)
    if (mode === 'readwrite' && names.includes('meetings') && names.includes('outbox')) {
      const opened = performance.now()
      tx.addEventListener('complete', () => {
        marks.opened.push(opened)
        marks.saves.push(performance.now())
      })
    }
    return tx
  }
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null
    if (button && button.textContent.trim() === 'Сохранить')
      marks.clicks.push(event.timeStamp)
  }, true)
})()`

interface Marks {
  clicks: number[]
  opened: number[]
  saves: number[]
}

export interface MentorAppFigures {
  [key: string]: unknown
  saveMeetingP95Ms: number
  saveMeetingMs: Stat
  /** The click to the transaction's opening: the app's own work (handler, validation, Vue). */
  saveMeetingAppMs: Stat
  /** The transaction's opening to its `complete`: Chromium's IndexedDB. */
  saveMeetingCommitMs: Stat
  offlineReloadMs: Stat
  /** Paths of the JS and CSS the mentor's first screen requested. */
  firstScreenAssets: string[]
}

async function enroll(page: Page, fixture: Fixture): Promise<void> {
  const code = await fixture.mentorCode()
  await page.goto(`${fixture.url}/enroll`)
  await page.getByLabel('Код').fill(code)
  await page.getByRole('button', { name: 'Войти' }).click()
  await page.getByRole('heading', { name: 'Мои пары' }).waitFor()
  await page.locator('a[href^="/my/pairs/"]').first().waitFor()
}

/**
 * The built app, served by the real server, on a phone-sized context as the demo school's enrolled mentor:
 * the JS and CSS its first screen loads, saving meetings through the real form, and reloading offline.
 */
export async function measureMentorApp(fixture: Fixture, config: BenchConfig): Promise<MentorAppFigures> {
  await enrollMentor(fixture) // the HTTP mentor of sync-server has its own device; this makes the school's mentor active
  const browser = await launchChromium()
  try {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 640 }, locale: 'ru-RU', serviceWorkers: 'allow' })
    await context.addInitScript(INSTRUMENT)
    const page = await context.newPage()
    await enroll(page, fixture)
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))

    // The first screen: a fresh load of /my by a signed-in mentor, every script and style it asks for.
    const assets = new Set<string>()
    const record = (request: { url: () => string, resourceType: () => string }) => {
      if (['script', 'stylesheet'].includes(request.resourceType()) && request.url().startsWith(fixture.url))
        assets.add(new URL(request.url()).pathname)
    }
    page.on('request', record)
    await page.goto(`${fixture.url}/my`)
    await page.locator('a[href^="/my/pairs/"]').first().waitFor()
    await page.waitForLoadState('networkidle')
    page.off('request', record)
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null)

    // Saving: tap «Записать встречу», type a topic, tap «Сохранить»; from the click event to the transaction's completion.
    await page.locator('a[href^="/my/pairs/"]').first().click()
    await page.waitForURL(/\/my\/pairs\/[^/]+$/)
    const pairUrl = page.url()
    const samples: number[] = []
    const appSamples: number[] = []
    const commitSamples: number[] = []
    for (let run = 0; run < config.runs.save + 1; run++) {
      await page.getByRole('link', { name: 'Записать встречу' }).click()
      await page.getByLabel('Тема').fill(`Бенчмарк: встреча ${run}`)
      const before = await page.evaluate(() => (window as unknown as { __bench: Marks }).__bench.saves.length)
      await page.getByRole('button', { name: 'Сохранить' }).click()
      await page.waitForFunction(n => (window as unknown as { __bench: Marks }).__bench.saves.length > n, before)
      const { clicks, opened, saves } = await page.evaluate(() => (window as unknown as { __bench: Marks }).__bench)
      if (run > 0) { // the first save loads the form's chunks and warms the JIT
        samples.push(saves[before]! - clicks.at(-1)!)
        appSamples.push(opened[before]! - clicks.at(-1)!)
        commitSamples.push(saves[before]! - opened[before]!)
      }
      await page.waitForURL(u => u.pathname === new URL(pairUrl).pathname)
    }

    // Offline reload: from navigation start to the first frame that shows the mentor's pairs.
    await page.goto(`${fixture.url}/my`)
    await page.locator('a[href^="/my/pairs/"]').first().waitFor()
    await context.setOffline(true)
    const offlineReloadMs = await repeat(config.runs.reload, async () => {
      await page.reload({ waitUntil: 'commit' })
      const handle = await page.waitForFunction(() => document.querySelector('a[href^="/my/pairs/"]') ? performance.now() : false, undefined, { polling: 'raf', timeout: 30_000 })
      return await handle.jsonValue() as number
    })
    await context.setOffline(false)

    return {
      saveMeetingP95Ms: round(percentile(samples, 95)),
      saveMeetingMs: stat(samples),
      saveMeetingAppMs: stat(appSamples),
      saveMeetingCommitMs: stat(commitSamples),
      offlineReloadMs,
      firstScreenAssets: [...assets].sort(),
    }
  } finally {
    await browser.close()
  }
}
