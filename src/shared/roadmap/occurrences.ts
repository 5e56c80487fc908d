import { type Deadline, endOf, startOf } from './deadline.ts'
import type { DeadlineContext } from './parseDeadline.ts'

type Recurring = Extract<Deadline, { kind: 'recurring' }>

/** One time a recurring event is due: 'YYYY-MM' (a month), 'YYYY-Qn' (a quarter) or 'YYYY' (a year). */
export interface Occurrence { key: string, dueBy: string }
/**
 * An occurrence with the first day of the period it is due for (`from`) and the day its window opens (`opens`): the
 * same, or `opensIn` before it («август - сентябрь» opens on 1 August for September).
 */
export interface OccurrenceWindow extends Occurrence { from: string, opens: string }

const pad = (n: number) => String(n).padStart(2, '0')
/** The window of a month; one that opens in a later month than it is due («ноябрь - февраль») opens the year before. */
function monthWindow(year: number, month: number, opensIn = month): OccurrenceWindow {
  const openYear = opensIn > month ? year - 1 : year
  return { key: `${year}-${pad(month)}`, from: `${year}-${pad(month)}-01`, opens: `${openYear}-${pad(opensIn)}-01`, dueBy: endOf(`${year}-${pad(month)}`) }
}

/** The windows of one calendar year: each named month, each quarter, each month, or the year itself. */
function windowsOfYear(deadline: Recurring, year: number): OccurrenceWindow[] {
  if (deadline.every === 'month')
    return Array.from({ length: 12 }, (_, i) => monthWindow(year, i + 1))
  if (deadline.every === 'quarter')
    return [1, 2, 3, 4].map(q => ({ key: `${year}-Q${q}`, from: `${year}-${pad(q * 3 - 2)}-01`, opens: `${year}-${pad(q * 3 - 2)}-01`, dueBy: endOf(`${year}-${pad(q * 3)}`) }))
  if (deadline.months.length)
    return [...deadline.months].sort((a, b) => a - b).map(m => monthWindow(year, m, deadline.months.length === 1 ? deadline.opensIn : undefined))
  return [{ key: String(year), from: `${year}-01-01`, opens: `${year}-01-01`, dueBy: `${year}-12-31` }]
}

const yearOf = (date: string) => Number(date.slice(0, 4))

/** The later of the deadline's `from` and the roadmap's start, if either is known. */
const lowerBound = (deadline: Recurring, bounds?: DeadlineContext) =>
  [deadline.from && startOf(deadline.from), bounds?.periodStart].filter(Boolean).sort().at(-1)

/**
 * The windows that exist from the year `first` on: none before the deadline's `from` or the roadmap's start, none
 * after its end, none in a year after the later of today's and the start's.
 */
function windowsFrom(first: number, deadline: Recurring, today: string, bounds?: DeadlineContext): OccurrenceWindow[] {
  const lower = lowerBound(deadline, bounds)
  const upper = bounds?.periodEnd
  const last = Math.max(yearOf(today), yearOf(lower ?? today)) + 1
  const windows: OccurrenceWindow[] = []
  for (let year = first; year <= last; year++)
    windows.push(...windowsOfYear(deadline, year))
  // By the period it is due for, not its opening: a September after the roadmap's end is the next roadmap's,
  // though its window opens in this one's August.
  return windows.filter(w => (!lower || w.dueBy >= lower) && (!upper || w.from <= upper))
}

/** The windows around today: from the year before today's, or before the roadmap's end if it is over. */
const windowsAround = (deadline: Recurring, today: string, bounds?: DeadlineContext) =>
  windowsFrom(Math.min(yearOf(today), yearOf(bounds?.periodEnd ?? today)) - 1, deadline, today, bounds)

/**
 * Every occurrence that has opened by today, the earliest first, from the roadmap's start (or the deadline's `from`;
 * with neither, from the year before today's): what the curator may mark done, a past year's too.
 */
export function openedOccurrences(deadline: Recurring, today: string, bounds?: DeadlineContext): OccurrenceWindow[] {
  const lower = lowerBound(deadline, bounds)
  return windowsFrom(lower ? yearOf(lower) : yearOf(today) - 1, deadline, today, bounds).filter(w => w.opens <= today)
}

/**
 * The occurrence a recurring event is answerable for today:
 * 1. the one whose window contains today (due by the window's end, not overdue yet);
 * 2. else the last one that has passed, while it is not done (it is overdue);
 * 3. else the next one to come.
 * A missed occurrence stops being current when the next window opens: overdue concerns the current one only.
 * Undefined when none is left (the roadmap is over and its last occurrence done).
 */
export function occurrenceOf(deadline: Recurring, today: string, done: readonly string[] = [], bounds?: DeadlineContext): Occurrence | undefined {
  const windows = windowsAround(deadline, today, bounds)
  const pick = (w: OccurrenceWindow | undefined) => w && { key: w.key, dueBy: w.dueBy }
  const containing = windows.find(w => w.opens <= today && today <= w.dueBy)
  if (containing)
    return pick(containing)
  const passed = windows.filter(w => w.dueBy < today).at(-1)
  if (passed && !done.includes(passed.key))
    return pick(passed)
  return pick(windows.find(w => w.opens > today))
}
