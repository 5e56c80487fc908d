import type { Flags, Result } from 'lighthouse'
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { CHROMIUM, CHROMIUM_ARGS } from './config.ts'
import { type Stat, stat } from './stats.ts'

export interface LighthouseFigures {
  [key: string]: unknown
  lighthousePerformance: Stat
  lighthouseAccessibility: Stat
  lighthouseBestPractices: Stat
  url: string
  lighthouseVersion: string
  /** Audits that cost points in the last run (score below 1), by category: what to fix when a target is missed. */
  failing: Record<string, Array<{ id: string, title: string, score: number | null, displayValue?: string }>>
  metrics: Record<string, number | undefined>
  /** Diagnostics with estimated savings (no weight of their own, but they move the metrics that have one). */
  opportunities: Array<{ id: string, title: string, displayValue?: string }>
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const

function score(lhr: Result, category: typeof CATEGORIES[number]): number {
  return Math.round((lhr.categories[category]?.score ?? 0) * 100)
}

function failing(lhr: Result): LighthouseFigures['failing'] {
  const out: LighthouseFigures['failing'] = {}
  for (const category of CATEGORIES) {
    out[category] = (lhr.categories[category]?.auditRefs ?? [])
      .filter(ref => ref.weight > 0)
      .map(ref => lhr.audits[ref.id]!)
      .filter(audit => audit.score !== null && audit.score < 1)
      .map(audit => ({ id: audit.id, title: audit.title, score: audit.score, ...(audit.displayValue ? { displayValue: audit.displayValue } : {}) }))
  }
  return out
}

function opportunities(lhr: Result): LighthouseFigures['opportunities'] {
  return Object.values(lhr.audits)
    .filter(audit => audit.details?.type === 'opportunity' && audit.score !== null && audit.score < 1)
    .map(audit => ({ id: audit.id, title: audit.title, ...(audit.displayValue ? { displayValue: audit.displayValue } : {}) }))
}

/**
 * Lighthouse's default (mobile: Moto G Power emulation, simulated slow 4G and 4× CPU slowdown) on the built app
 * served by the real server, in Debian's Chromium started by chrome-launcher. The page is the app's start
 * (`/`, which a signed-out visitor sees as the sign-in page). Each run gets a fresh Chromium and profile.
 */
export async function measureLighthouse(url: string, runs: number): Promise<LighthouseFigures> {
  const results: Result[] = []
  for (let run = 0; run < runs; run++) {
    const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS], logLevel: 'silent' })
    try {
      const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }
      const result = await lighthouse(`${url}/`, flags)
      if (!result)
        throw new Error('Lighthouse returned nothing')
      if (result.lhr.runtimeError)
        throw new Error(`Lighthouse: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`)
      results.push(result.lhr)
    } finally {
      chrome.kill()
    }
  }
  const last = results.at(-1)!
  const metric = (id: string) => last.audits[id]?.numericValue
  return {
    lighthousePerformance: stat(results.map(r => score(r, 'performance'))),
    lighthouseAccessibility: stat(results.map(r => score(r, 'accessibility'))),
    lighthouseBestPractices: stat(results.map(r => score(r, 'best-practices'))),
    url: last.finalDisplayedUrl,
    lighthouseVersion: last.lighthouseVersion,
    failing: failing(last),
    opportunities: opportunities(last),
    metrics: {
      firstContentfulPaintMs: metric('first-contentful-paint'),
      largestContentfulPaintMs: metric('largest-contentful-paint'),
      totalBlockingTimeMs: metric('total-blocking-time'),
      cumulativeLayoutShift: metric('cumulative-layout-shift'),
      speedIndexMs: metric('speed-index'),
    },
  }
}
