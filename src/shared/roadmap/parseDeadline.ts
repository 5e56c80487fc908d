import { type Deadline, type DeadlineThen, endOf, startOf } from './deadline.ts'
import { periodYears, pointText, readPoint, yearOnOrAfter } from './deadlinePoints.ts'
import { monthOfWord } from './months.ts'

/**
 * Why a deadline needs the curator's eye. The words are never lost; the app words each code in its language.
 * `recurrence_without_month` is a warning: «ежегодно» is kept as a yearly recurrence.
 */
export const DEADLINE_PROBLEMS = ['empty', 'unparsed', 'end_before_start', 'recurrence_without_month'] as const
export type DeadlineProblem = typeof DEADLINE_PROBLEMS[number]

/** The roadmap's own span ('YYYY-MM-DD'): a month written with no year is placed inside it. */
export interface DeadlineContext { periodStart: string, periodEnd: string }

export interface ParsedDeadline { deadline: Deadline, problem?: DeadlineProblem }

type Dated = Extract<Deadline, { kind: 'on' | 'by' | 'period' }>
type Reader = (words: string, text: string, context: DeadlineContext) => ParsedDeadline | undefined

/** Reads a «сроки» cell as the seeds write it; what it cannot read is kept as text with a problem. */
export function parseDeadline(written: string, context: DeadlineContext): ParsedDeadline {
  const text = written.replace(/\s+/g, ' ').trim()
  const words = normalize(text)
  if (!words)
    return { deadline: { kind: 'text', text }, problem: 'empty' }
  for (const read of [readExternal, readRecurring, readDatedOnly, readStanding]) {
    const parsed = read(words, text, context)
    if (parsed)
      return parsed
  }
  return { deadline: { kind: 'text', text }, problem: 'unparsed' }
}

/** Lower case, one kind of dash, no «г.», «года», «гг.» after a year, so the readers see one spelling. */
function normalize(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/(\d{4})\s*(?:гг|года|год|г)(?![а-я])\.?/g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,;:-]+|[\s.,;:-]+$/g, '')
}

const trimEdges = (words: string) => words.replace(/^[\s.,;:-]+|[\s.,;:-]+$/g, '')

const readExternal: Reader = (words, text) =>
  /в соответствии с|согласно (?:срок|график|план)|по графику/.test(words) ? { deadline: { kind: 'external', text } } : undefined

const RECURRENCES: Array<[RegExp, Extract<Deadline, { kind: 'recurring' }>['every'], number[]?]> = [
  [/в начале учебного года/, 'year', [9]],
  [/в конце учебного года/, 'year', [5]],
  [/ежегодн|каждый год/, 'year'],
  [/ежеквартальн|каждый квартал/, 'quarter'],
  [/ежемесячн|каждый месяц/, 'month'],
]

/** «Ежегодно в мае, августе», «ежемесячно», «с октября 2021 ежеквартально», «в начале учебного года». */
const readRecurring: Reader = (words, text, context) => {
  for (const [pattern, every, fixed] of RECURRENCES) {
    const match = pattern.exec(words)
    if (!match)
      continue
    // Words before the phrase are either «с октября 2021» or more of the months («в мае и августе ежегодно»).
    const start = startingPoint(words.slice(0, match.index), context) ?? undefined
    const named = monthsIn(start ? words.slice(match.index) : words)
    const months = fixed ?? (every === 'year' ? named : [])
    const deadline: Deadline = { kind: 'recurring', every, months, ...(start && { from: start }), text }
    return every === 'year' && months.length === 0 ? { deadline, problem: 'recurrence_without_month' } : { deadline }
  }
  return undefined
}

const monthsIn = (words: string) =>
  [...new Set(words.split(/[^а-я]+/).map(monthOfWord).filter(m => m !== undefined))].sort((a, b) => a - b)

/**
 * «С октября 2021 г.» before a standing or recurring phrase: the point it starts from; undefined when
 * nothing is written before the phrase, null when something is but it is no «с …».
 */
function startingPoint(before: string, context: DeadlineContext): string | undefined | null {
  const words = trimEdges(before)
  if (!words)
    return undefined
  const point = /^с (.+)$/.exec(words)
  const written = point ? readPoint(point[1]!) : undefined
  return written ? pointText(written, written.year ?? yearOnOrAfter(written, context.periodStart)) ?? null : null
}

const STANDING: Array<[RegExp, DeadlineThen]> = [
  [/по мере необходимости|при необходимости/, 'as_needed'],
  [/постоянно|в течение|на протяжении|весь период|систематически/, 'ongoing'],
]

// Between a dated part and a standing phrase: «далее», «затем», «в дальнейшем». Without one, «сентябрь 2024,
// в течение месяца» is no «then» and is left for the curator.
const CONTINUATION = /[\s.,;:-]*(?:и )?(?:далее|затем|в дальнейшем)[\s.,;:-]*$/

/**
 * «Постоянно», «В течение всего периода», «С октября 2021 г. по мере необходимости», and a dated part
 * followed by one: «Ноябрь 2021 г. Далее – по мере необходимости» (kind of the dated part, `then` set).
 */
const readStanding: Reader = (words, text, context) => {
  const found = STANDING.map(([pattern, kind]) => ({ kind, at: words.search(pattern) }))
    .filter(f => f.at >= 0).sort((a, b) => a.at - b.at)[0]
  if (!found)
    return undefined
  const before = words.slice(0, found.at)
  const start = startingPoint(before, context)
  if (start !== null)
    return { deadline: { kind: found.kind, ...(start && { from: start }), text } }
  const dated = CONTINUATION.test(before) ? readDated(trimEdges(before.replace(CONTINUATION, '')), text, context) : undefined
  if (dated?.deadline.kind === 'text')
    return dated
  return dated && { deadline: { ...dated.deadline, then: found.kind } }
}

// Before the standing phrases, so «в течение сентября 2024» is September 2024 and not «постоянно».
const readDatedOnly: Reader = (words, text, context) => readDated(words, text, context)

/** «Июнь 2021 г», «до 1 октября 2024», «Август-сентябрь 2021 г.», «с 01.09.2024 по 30.09.2024». */
function readDated(words: string, text: string, context: DeadlineContext): { deadline: Dated | Extract<Deadline, { kind: 'text' }>, problem?: DeadlineProblem } | undefined {
  // «до конца сентября 2024» is how formatDeadline writes a month's «by», so it reads back.
  const by = /^до (?:конца )?(.+)$/.exec(words)
  if (by)
    return single('by', by[1]!, text, context)
  const range = /^с (.+) по (.+)$/.exec(words) ?? /^([^-]+)-([^-]+)$/.exec(words)
  if (range)
    return period(trimEdges(range[1]!), trimEdges(range[2]!), text, context)
  return single('on', words, text, context)
}

function single(kind: 'on' | 'by', words: string, text: string, context: DeadlineContext) {
  const written = readPoint(trimEdges(words))
  const at = written && pointText(written, written.year ?? yearOnOrAfter(written, context.periodStart))
  return at ? { deadline: { kind, at, text } } : undefined
}

function period(fromWords: string, toWords: string, text: string, context: DeadlineContext) {
  const [fromPoint, toPoint] = [readPoint(fromWords), readPoint(toWords)]
  if (!fromPoint || !toPoint)
    return undefined
  const [fromYear, toYear] = periodYears(fromPoint, toPoint, context.periodStart)
  const [from, to] = [pointText(fromPoint, fromYear), pointText(toPoint, toYear)]
  if (!from || !to)
    return undefined
  if (endOf(to) < startOf(from))
    return { deadline: { kind: 'text' as const, text }, problem: 'end_before_start' as const }
  return { deadline: { kind: 'period' as const, from, to, text } }
}
