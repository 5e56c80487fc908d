import type { Deadline, DeadlineThen } from './deadline.ts'
import { pointText, readPoint, yearOnOrAfter } from './deadlinePoints.ts'
import { monthOfWord } from './months.ts'
import type { DeadlineContext, Reader } from './parsedDeadline.ts'
import { readDated, trimEdges } from './readDated.ts'

const RECURRENCES: Array<[RegExp, Extract<Deadline, { kind: 'recurring' }>['every'], number[]?]> = [
  [/в начале учебного года/, 'year', [9]],
  [/в конце учебного года/, 'year', [5]],
  [/ежегодн|каждый год/, 'year'],
  [/ежеквартальн|каждый квартал/, 'quarter'],
  [/ежемесячн|каждый месяц/, 'month'],
]

/** «Ежегодно в мае, августе», «ежемесячно», «с октября 2021 ежеквартально», «в начале учебного года». */
export const readRecurring: Reader = (words, text, context) => {
  for (const [pattern, every, fixed] of RECURRENCES) {
    const match = pattern.exec(words)
    if (!match)
      continue
    // Words before the phrase are either «с октября 2021» or more of the months («в мае и августе ежегодно»).
    const start = startingPoint(words.slice(0, match.index), context) ?? undefined
    const rest = start ? words.slice(match.index) : words
    const window = every === 'year' && !fixed ? monthWindowIn(rest) : undefined
    const months = window ? [window.month] : fixed ?? (every === 'year' ? monthsIn(rest) : [])
    const deadline: Deadline = { kind: 'recurring', every, months, ...(window && { opensIn: window.opensIn }), ...(start && { from: start }), text }
    return every === 'year' && months.length === 0 ? { deadline, problem: 'recurrence_without_month' } : { deadline }
  }
  return undefined
}

const monthsIn = (words: string) =>
  [...new Set(words.split(/[^а-я]+/).map(monthOfWord).filter(m => m !== undefined))].sort((a, b) => a - b)

/**
 * «ежегодно, август - сентябрь»: one window from the first month to the end of the second, not two occurrences;
 * only where those two are all the months named («в мае, сентябре - октябре» keeps its three months).
 */
function monthWindowIn(words: string): { month: number, opensIn: number } | undefined {
  const range = /([а-я]+) ?- ?([а-я]+)/.exec(words)
  const [opensIn, month] = [monthOfWord(range?.[1] ?? ''), monthOfWord(range?.[2] ?? '')]
  const named = monthsIn(words)
  return opensIn !== undefined && month !== undefined && opensIn !== month && named.length === 2 ? { month, opensIn } : undefined
}

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
export const readStanding: Reader = (words, text, context) => {
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
