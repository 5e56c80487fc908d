import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { round } from './stats.ts'

export interface BundleFigures {
  [key: string]: unknown
  mentorFirstScreenKb: number
  precacheKb: number
  /** Every precached file gzipped, not only JS and CSS (HTML, manifest, icons). */
  precacheAllKb: number
  /** Where the mentor's first-screen list came from: the browser's requests, or index.html when that failed. */
  firstScreenSource: 'chromium' | 'index.html'
  firstScreen: Array<{ path: string, gzipKb: number }>
  /** The five biggest precached scripts and styles, gzipped: where to look when a budget is missed. */
  largestPrecached: Array<{ path: string, gzipKb: number }>
}

const isCode = (path: string) => /\.(?:js|css)$/.test(path)

/** Gzip at zlib's default level (6), as a reverse proxy typically serves it. */
function gzipKb(dist: string, path: string): number {
  return gzipSync(new Uint8Array(readFileSync(join(dist, path.replace(/^\//, ''))))).byteLength / 1024
}

/** What the service worker precaches, from the `precacheAndRoute` list vite-plugin-pwa writes into sw.js. */
function precacheList(dist: string): string[] {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8')
  return [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map(m => m[1]!)
}

/** Without a browser: the entry script, its preloaded chunks and its styles, as index.html names them. */
function entryAssets(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  return [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map(m => m[1]!)
}

export function measureBundle(dist: string, requested: readonly string[] | null): BundleFigures {
  const firstScreenPaths = (requested ?? entryAssets(dist)).filter(isCode)
  const firstScreen = firstScreenPaths.map(path => ({ path, gzipKb: round(gzipKb(dist, path)) }))
  const precached = precacheList(dist)
  const code = precached.filter(isCode).map(path => ({ path, gzipKb: round(gzipKb(dist, path)) }))
  const all = precached.reduce((sum, path) => sum + gzipKb(dist, path), 0)
  return {
    mentorFirstScreenKb: round(firstScreen.reduce((sum, a) => sum + a.gzipKb, 0), 1),
    precacheKb: round(code.reduce((sum, a) => sum + a.gzipKb, 0), 1),
    precacheAllKb: round(all, 1),
    firstScreenSource: requested ? 'chromium' : 'index.html',
    firstScreen: firstScreen.sort((a, b) => b.gzipKb - a.gzipKb),
    largestPrecached: code.sort((a, b) => b.gzipKb - a.gzipKb).slice(0, 5),
  }
}
