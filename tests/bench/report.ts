import { isFailed, round, type Stat } from './stats.ts'

/** A budget from DESIGN.md «Budgets»: the median must be at most (or at least) this. */
export interface Target {
  limit: number
  /** The limit in a table's second column (PostgreSQL), where the issue sets it apart. */
  second?: number
  better: 'lower' | 'higher'
  text: string
}

const at = (limit: number, unit: string): Target => ({ limit, better: 'lower', text: `≤ ${limit} ${unit}` })
const least = (limit: number): Target => ({ limit, better: 'higher', text: `≥ ${limit}` })
/** «Several times faster than PouchDB»: read as at least 3×, so a ratio of at most 1/3. */
const SEVERAL = 1 / 3

export const TARGETS: Record<string, Target> = {
  curatorPullMs: at(250, 'ms'),
  curatorApplyMs: at(800, 'ms'),
  mentorPullMs: at(40, 'ms'),
  pushOneMs: at(5, 'ms'),
  pullOneMs: at(5, 'ms'),
  noopPullBytes: at(400, 'B'),
  curatorPullWireBytes: at(1_000_000, 'B'),
  curatorApplyLongestTaskMs: at(100, 'ms'),
  curatorSyncAdslMs: at(5000, 'ms'),
  curatorSyncLongestTaskMs: at(100, 'ms'),
  mentorSyncEdgeMs: at(3000, 'ms'),
  dayPushEdgeMs: at(2000, 'ms'),
  dayPushRequests: { limit: 1, better: 'lower', text: '1 (one round trip)' },
  daySyncRequests: { limit: 1, better: 'lower', text: '1 (one round trip)' },
  saveMeetingP95Ms: at(16, 'ms'),
  mentorFirstScreenKb: at(100, 'KB'),
  peopleScreenMs: at(200, 'ms'),
  pairsScreenMs: at(200, 'ms'),
  journalScreenMs: at(200, 'ms'),
  monitoringScreenMs: at(200, 'ms'),
  peopleSortMs: at(100, 'ms'),
  journalSortMs: at(100, 'ms'),
  lighthousePerformance: least(95),
  lighthouseAccessibility: least(100),
  lighthouseBestPractices: least(100),
  curatorPullVsPouch: { limit: SEVERAL, better: 'lower', text: '≤ 0.33 (≥ 3× faster)' },
  curatorApplyVsPouch: { limit: SEVERAL, better: 'lower', text: '≤ 0.33 (≥ 3× faster)' },
  drainOutboxVsPouch: { limit: SEVERAL, better: 'lower', text: '≤ 0.33 (≥ 3× faster)' },
  noopPullBytesVsPouch: { limit: SEVERAL, better: 'lower', text: '≤ 0.33' },
  regionPushPerSec: { limit: 2000, second: 1000, better: 'higher', text: '≥ 2000 SQLite, ≥ 1000 PostgreSQL' },
  regionPushP99Ms: at(100, 'ms'),
  regionPullP99Ms: at(100, 'ms'),
  regionOneSchoolPushPerSec: least(600),
  regionOneSchoolP99Ms: at(100, 'ms'),
  regionMentorPullGrowth: at(1.2, '×'),
  regionNoopPullGrowth: at(1.2, '×'),
  regionRollUpMs: at(1000, 'ms'),
  regionFailedRequests: { limit: 0, better: 'lower', text: '0' },
}

export type Value = Stat | number | { error: string } | undefined

function central(value: Value): number | undefined {
  if (value === undefined || isFailed(value))
    return undefined
  return typeof value === 'number' ? value : value.median
}

/** Whether `value` in a table's `column` (0: the first) meets its target; undefined where there is none. */
export function met(name: string, value: Value, column = 0): boolean | undefined {
  const target = TARGETS[name]
  const v = central(value)
  if (!target || v === undefined)
    return undefined
  const limit = column > 0 ? target.second ?? target.limit : target.limit
  return target.better === 'lower' ? v <= limit : v >= limit
}

function fmt(n: number): string {
  if (Math.abs(n) >= 1000)
    return Math.round(n).toLocaleString('en-US').replace(/,/g, ' ')
  if (Math.abs(n) >= 100)
    return String(Math.round(n))
  return String(round(n, n < 1 ? 3 : 1))
}

function cell(name: string, value: Value, column: number): string {
  if (value === undefined)
    return '—'
  if (isFailed(value))
    return `error: ${value.error.replace(/\|/g, '/')}`
  const ok = met(name, value, column)
  const mark = ok === undefined ? '' : ok ? ' ✅' : ' ❌'
  if (typeof value === 'number')
    return `${fmt(value)}${mark}`
  const spread = value.runs > 1 ? ` (${fmt(value.min)}–${fmt(value.max)})` : ''
  return `**${fmt(value.median)}**${spread}${mark}`
}

export interface Row {
  name: string
  what: string
  values: Value[]
}

export function table(headers: string[], rows: Row[]): string {
  const lines = [
    `| figure | what | target | ${headers.join(' | ')} |`,
    `| --- | --- | --- | ${headers.map(() => '---').join(' | ')} |`,
  ]
  for (const row of rows)
    lines.push(`| \`${row.name}\` | ${row.what} | ${TARGETS[row.name]?.text ?? '—'} | ${row.values.map((v, i) => cell(row.name, v, i)).join(' | ')} |`)
  return lines.join('\n')
}
