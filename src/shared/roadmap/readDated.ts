import { type Deadline, endOf, startOf } from './deadline.ts'
import { periodYears, pointText, readPoint, type WrittenPoint, yearOnOrAfter } from './deadlinePoints.ts'
import type { DeadlineContext, DeadlineProblem } from './parsedDeadline.ts'

type Dated = Extract<Deadline, { kind: 'on' | 'by' | 'period' }>
type Yearly = Extract<Deadline, { kind: 'recurring' }>

/**
 * A roadmap over several school years (seed 003's «на 2020-2024 годы») writes «сентябрь», «август - сентябрь» with no
 * year for what it does every year, beside «ноябрь 2020» for what it does once.
 */
const spansYears = (context: DeadlineContext) => Number(context.periodEnd.slice(0, 4)) - Number(context.periodStart.slice(0, 4)) >= 2
/** Every year by the end of `month`; a window of months («август - сентябрь») opens in the first. */
const everyYear = (month: number, text: string, opensIn = month): { deadline: Yearly } =>
  ({ deadline: { kind: 'recurring', every: 'year', months: [month], ...(opensIn !== month && { opensIn }), text } })
const bareMonth = (point: WrittenPoint) => point.year === undefined && point.day === undefined

/** Words without the punctuation and dashes around them: «2021 г- далее –» leaves «2021 г- далее». */
export const trimEdges = (words: string) => words.replace(/^[\s.,;:-]+|[\s.,;:-]+$/g, '')

/**
 * «Июнь 2021 г», «до 1 октября 2024», «Август-сентябрь 2021 г.», «с 01.09.2024 по 30.09.2024»; a bare month of a
 * roadmap over several years, every year (due by the period's last month).
 */
export function readDated(words: string, text: string, context: DeadlineContext): { deadline: Dated | Yearly | Extract<Deadline, { kind: 'text' }>, problem?: DeadlineProblem } | undefined {
  // «до конца сентября 2024» is how formatDeadline writes a month's «by», so it reads back.
  const by = /^(?:до|к|не позднее) (?:конца )?(.+)$/.exec(words)
  if (by)
    return single('by', by[1]!, text, context)
  const range = /^с (.+) по (.+)$/.exec(words) ?? /^([^-]+)-([^-]+)$/.exec(words)
  if (range)
    return period(trimEdges(range[1]!), trimEdges(range[2]!), text, context)
  return single('on', words, text, context)
}

function single(kind: 'on' | 'by', words: string, text: string, context: DeadlineContext) {
  const written = readPoint(trimEdges(words))
  if (kind === 'on' && written && bareMonth(written) && spansYears(context))
    return everyYear(written.month, text)
  const at = written && pointText(written, written.year ?? yearOnOrAfter(written, context.periodStart))
  return at ? { deadline: { kind, at, text } } : undefined
}

function period(fromWords: string, toWords: string, text: string, context: DeadlineContext) {
  const [fromPoint, toPoint] = [readPoint(fromWords), readPoint(toWords)]
  if (!fromPoint || !toPoint)
    return undefined
  if (bareMonth(fromPoint) && bareMonth(toPoint) && spansYears(context))
    return everyYear(toPoint.month, text, fromPoint.month)
  const [fromYear, toYear] = periodYears(fromPoint, toPoint, context.periodStart)
  const [from, to] = [pointText(fromPoint, fromYear), pointText(toPoint, toYear)]
  if (!from || !to)
    return undefined
  if (endOf(to) < startOf(from))
    return { deadline: { kind: 'text' as const, text }, problem: 'end_before_start' as const }
  return { deadline: { kind: 'period' as const, from, to, text } }
}
