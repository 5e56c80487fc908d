import * as v from 'valibot'
import { isCalendarDate } from '../dates.ts'
import { crossCheck, optionalText } from '../model/fields.ts'

/**
 * A point in a deadline, as precise as the school wrote it: a day ('2024-10-01') or a month ('2024-10').
 * A month is due by its last day.
 */
export type DeadlinePoint = string

/** What follows a dated part: «далее постоянно…», «далее – по мере необходимости». */
const DEADLINE_THEN = ['ongoing', 'as_needed'] as const
export type DeadlineThen = typeof DEADLINE_THEN[number]

/**
 * A roadmap event's «сроки» as the seeds write them. Every kind keeps the words the school wrote (`text`),
 * shown where the structure cannot say it as well (`external`, `text`).
 * - on: «Сентябрь 2021 г.», «04.09.2024»;  by: «до 1 октября 2024»;
 * - period: «Сентябрь – октябрь 2021 г.», optionally followed by `then` («…, далее постоянно»);
 * - recurring: «ежегодно в мае, августе», «ежемесячно», «ежеквартально», «в начале учебного года» (months [9]);
 *   `from` is when it starts, if the school says («с октября 2021 г.»); a yearly one of one month may open earlier
 *   (`opensIn`: seed 003's «август - сентябрь» is months [9] opening in 8, due by September's end each year);
 * - ongoing: «постоянно», «в течение года / всего периода»; as_needed: «по мере необходимости»;
 *   both may start `from` a point («С октября 2021 г. по мере необходимости»);
 * - external: «в соответствии со сроками реализации программ…»: set by someone else, never overdue by itself;
 * - text: words the parser did not understand (or none), kept for the curator to fix.
 */
export type Deadline
  = | { kind: 'on', at: DeadlinePoint, then?: DeadlineThen, text: string }
    | { kind: 'by', at: DeadlinePoint, then?: DeadlineThen, text: string }
    | { kind: 'period', from: DeadlinePoint, to: DeadlinePoint, then?: DeadlineThen, text: string }
    | { kind: 'recurring', every: 'year' | 'quarter' | 'month', months: number[], opensIn?: number, from?: DeadlinePoint, text: string }
    | { kind: 'ongoing', from?: DeadlinePoint, text: string }
    | { kind: 'as_needed', from?: DeadlinePoint, text: string }
    | { kind: 'external', text: string }
    | { kind: 'text', text: string }

export const DEADLINE_KINDS = ['on', 'by', 'period', 'recurring', 'ongoing', 'as_needed', 'external', 'text'] as const

const isPoint = (s: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(s) || isCalendarDate(s)
const Point = v.pipe(v.string(), v.check(isPoint, 'invalid_date'))
const Then = v.optional(v.picklist(DEADLINE_THEN))
const Text = optionalText(300)
const Month = v.pipe(v.number(), v.integer(), v.minValue(1, 'out_of_range'), v.maxValue(12, 'out_of_range'))

export const DeadlineField = v.variant('kind', [
  v.object({ kind: v.literal('on'), at: Point, then: Then, text: Text }),
  v.object({ kind: v.literal('by'), at: Point, then: Then, text: Text }),
  v.pipe(
    v.object({ kind: v.literal('period'), from: Point, to: Point, then: Then, text: Text }),
    crossCheck('to', ['from'], d => endOf(d.to) >= startOf(d.from), 'end_before_start'),
  ),
  v.pipe(
    v.object({ kind: v.literal('recurring'), every: v.picklist(['year', 'quarter', 'month']), months: v.pipe(v.array(Month), v.maxLength(12, 'too_many')), opensIn: v.optional(Month), from: v.optional(Point), text: Text }),
    crossCheck('opensIn', ['every', 'months'], d => d.opensIn === undefined || (d.every === 'year' && d.months.length === 1 && d.opensIn !== d.months[0]), 'invalid'),
  ),
  v.object({ kind: v.literal('ongoing'), from: v.optional(Point), text: Text }),
  v.object({ kind: v.literal('as_needed'), from: v.optional(Point), text: Text }),
  v.object({ kind: v.literal('external'), text: Text }),
  v.object({ kind: v.literal('text'), text: Text }),
]) satisfies v.GenericSchema<unknown, Deadline>

/** The first day of a point ('2024-10' → '2024-10-01'). */
export function startOf(point: DeadlinePoint): string {
  return point.length === 7 ? `${point}-01` : point
}

/** The last day of a point ('2024-02' → '2024-02-29'). */
export function endOf(point: DeadlinePoint): string {
  if (point.length !== 7)
    return point
  const [year, month] = point.split('-').map(Number) as [number, number]
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10)
}
