import type { CDPSession, Page } from '@playwright/test'
import type { BenchApi, SyncRun } from './browser/entry.ts'
import type { BenchConfig } from './config.ts'
import type { Fixture } from './fixture.ts'
import { enrollMentor, signIn } from './fixture.ts'
import { benchPage, launchChromium } from './sync-browser.ts'
import { repeat, type Stat, stat } from './stats.ts'

/** A network profile of the issue: bits per second each way and the round trip, as DevTools emulates them. */
interface Link {
  name: string
  downBits: number
  upBits: number
  rttMs: number
}

export const LINKS = {
  adsl: { name: 'школьный ADSL', downBits: 4_000_000, upBits: 512_000, rttMs: 80 },
  g3: { name: '3G', downBits: 1_600_000, upBits: 768_000, rttMs: 300 },
  edge: { name: 'EDGE', downBits: 240_000, upBits: 200_000, rttMs: 800 },
} as const satisfies Record<string, Link>

/**
 * What the page sent and received through `cdp`, counted by Chromium's network stack: bytes on the wire (headers
 * and the body as it travelled, compressed or not) per request, and the encodings the server answered with. A
 * request cut short counts what arrived of it.
 */
export class WireCounter {
  private readonly received = new Map<string, number>()
  private readonly urls = new Map<string, string>()
  readonly encodings = new Set<string>()
  private constructor(private readonly cdp: CDPSession) {}

  static async attach(page: Page): Promise<WireCounter> {
    const cdp = await page.context().newCDPSession(page)
    const counter = new WireCounter(cdp)
    cdp.on('Network.requestWillBeSent', (e) => {
      counter.urls.set(e.requestId, e.request.url)
    })
    cdp.on('Network.responseReceived', (e) => {
      const encoding = Object.entries(e.response.headers).find(([name]) => name.toLowerCase() === 'content-encoding')?.[1]
      counter.encodings.add(encoding ?? 'identity')
    })
    cdp.on('Network.dataReceived', (e) => {
      counter.received.set(e.requestId, (counter.received.get(e.requestId) ?? 0) + e.encodedDataLength)
    })
    cdp.on('Network.loadingFinished', (e) => {
      counter.received.set(e.requestId, Math.max(counter.received.get(e.requestId) ?? 0, e.encodedDataLength))
    })
    await cdp.send('Network.enable')
    return counter
  }

  /** Emulates `link` (or no limit) from now on; `offline` fails what is in flight. */
  async emulate(link: Link | null, offline = false): Promise<void> {
    await this.cdp.send('Network.emulateNetworkConditions', link
      ? { offline, latency: link.rttMs, downloadThroughput: link.downBits / 8, uploadThroughput: link.upBits / 8 }
      : { offline, latency: 0, downloadThroughput: -1, uploadThroughput: -1 })
  }

  /** Bytes received for requests whose URL contains `path`, since the last reset; and how many requests. */
  take(path: string): { bytes: number, requests: number } {
    let bytes = 0
    let requests = 0
    for (const [id, n] of this.received) {
      if (this.urls.get(id)?.includes(path)) {
        bytes += n
        requests++
      }
    }
    this.received.clear()
    return { bytes, requests }
  }
}

interface LinkFigures {
  [key: string]: unknown
  curatorSyncAdslMs: Stat
  curatorSync3gMs: Stat
  curatorSyncEdgeMs: Stat
  curatorSyncWireBytes: number
  curatorSyncRequests: number
  curatorSyncRecords: number
  curatorSyncLongestTaskMs: number
  mentorSyncEdgeMs: Stat
  mentorSync3gMs: Stat
  mentorSyncAdslMs: Stat
  mentorSyncWireBytes: number
  mentorSyncRequests: number
  dayPushEdgeMs: Stat
  dayPushRequests: number
  daySyncEdgeMs: Stat
  daySyncRequests: number
  /** Absent when the first sync is one page (`--quick`): there is no half to cut at. */
  resumeResentBytes?: number
  resumeFirstBytes: number
  encodings: string[]
}

/** The bench page's API, as read inside `page.evaluate` (a function the page runs, so it names its own global). */
type Global = typeof globalThis & { bench: BenchApi }

/** The app's own sync engine in Chromium (browser/entry.ts) on the network profiles, emulated by DevTools. */
export async function measureLinks(fixture: Fixture, config: BenchConfig): Promise<LinkFigures> {
  const browser = await launchChromium()
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' })
    const page = await benchPage(context, fixture.url, 'entry.ts', 'bench')
    const wire = await WireCounter.attach(page)
    const curator = await signIn(fixture)
    const mentor = await enrollMentor(fixture)
    const firstSync = async (token: string, cut?: number): Promise<SyncRun> => {
      const run = await page.evaluate(([t, c]) => (globalThis as Global).bench.firstSync(t, c ?? undefined), [token, cut ?? null] as const)
      if (run.failure && cut === undefined)
        throw new Error(`a first sync failed: ${run.failure}`)
      return run
    }
    await firstSync(curator) // warm-up, on loopback
    wire.take('')

    let curatorLongest = 0
    let curatorRecords = 0
    const timed = (link: Link, token: string, runs: number, each?: (run: SyncRun) => void) => repeat(runs, async () => {
      await wire.emulate(link)
      const run = await firstSync(token)
      await wire.emulate(null)
      each?.(run)
      return run.ms
    })
    const curatorSyncAdslMs = await timed(LINKS.adsl, curator, config.runs.link, (run) => {
      curatorLongest = Math.max(curatorLongest, run.longestTaskMs)
      curatorRecords = run.records
    })
    const curatorBytes = wire.take('/api/sync/')
    const curatorWire = { bytes: curatorBytes.bytes / config.runs.link, requests: curatorBytes.requests / config.runs.link }
    const curatorSync3gMs = await timed(LINKS.g3, curator, 1)
    const curatorSyncEdgeMs = await timed(LINKS.edge, curator, 1)

    wire.take('')
    const mentorSyncEdgeMs = await timed(LINKS.edge, mentor, config.runs.link)
    const mentorBytes = wire.take('/api/sync/')
    const mentorWire = { bytes: mentorBytes.bytes / config.runs.link, requests: mentorBytes.requests / config.runs.link }
    const mentorSync3gMs = await timed(LINKS.g3, mentor, config.runs.link)
    const mentorSyncAdslMs = await timed(LINKS.adsl, mentor, config.runs.link)

    // A day's work on EDGE: the mentor's phone after its first sync writes 5 meetings and 5 plan items, then pushes.
    let dayPushRequests = 0
    let daySyncRequests = 0
    const daySync: number[] = []
    const dayPushEdgeMs = await repeat(config.runs.link, async () => {
      await firstSync(mentor)
      wire.take('')
      await wire.emulate(LINKS.edge)
      const day = await page.evaluate(t => (globalThis as Global).bench.dayOfWork(t, 5, 5), mentor)
      await wire.emulate(null)
      if (day.sent !== 10)
        throw new Error(`the day's push sent ${day.sent} changes`)
      dayPushRequests = wire.take('/api/sync/push').requests / 2
      daySync.push(day.syncMs)
      daySyncRequests = day.syncRequests
      return day.pushMs
    })

    const resume = await cutAndResume(page, wire, curator)
    await page.evaluate(() => (globalThis as Global).bench.forget())

    return {
      curatorSyncAdslMs,
      curatorSync3gMs,
      curatorSyncEdgeMs,
      curatorSyncWireBytes: Math.round(curatorWire.bytes),
      curatorSyncRequests: curatorWire.requests,
      curatorSyncRecords: curatorRecords,
      curatorSyncLongestTaskMs: curatorLongest,
      mentorSyncEdgeMs,
      mentorSync3gMs,
      mentorSyncAdslMs,
      mentorSyncWireBytes: Math.round(mentorWire.bytes),
      mentorSyncRequests: mentorWire.requests,
      dayPushEdgeMs,
      dayPushRequests,
      daySyncEdgeMs: stat(daySync),
      daySyncRequests,
      ...resume && { resumeResentBytes: Math.max(0, Math.round(resume - curatorWire.bytes)) },
      resumeFirstBytes: Math.round(curatorWire.bytes),
      encodings: [...wire.encodings].sort(),
    }
  } finally {
    await browser.close()
  }
}

/**
 * The link goes down once the curator's first sync on ADSL is half done (by the server's position), comes back,
 * and the app syncs again: bytes received by both syncs, or null when the sync ended before the cut could land.
 */
async function cutAndResume(page: Page, wire: WireCounter, token: string): Promise<number | null> {
  wire.take('')
  let cutting: Promise<void> | undefined
  await page.exposeFunction('__benchCut', () => {
    cutting = wire.emulate(LINKS.adsl, true)
    return cutting
  })
  await wire.emulate(LINKS.adsl)
  const cut = await page.evaluate(t => (globalThis as Global).bench.firstSync(t, 0.5), token)
  await cutting
  if (!cut.failure) {
    await wire.emulate(null)
    return null
  }
  await wire.emulate(LINKS.adsl)
  const again = await page.evaluate(t => (globalThis as Global).bench.syncAgain(t), token)
  await wire.emulate(null)
  if (again.failure)
    throw new Error(`the sync after the cut failed: ${again.failure}`)
  return wire.take('/api/sync/').bytes
}
