import type { Roadmap } from '../model/roadmap.ts'
import type { RoadmapEvent } from '../model/roadmapEvent.ts'
import { deadlineState, markedByDay } from './deadlineState.ts'
import { openedOccurrences, type OccurrenceWindow } from './occurrences.ts'
import { inPeriod, type ReportPeriod } from './reportPeriod.ts'
import { recurringContextOf } from './roadmaps.ts'

type EventState = ReturnType<typeof deadlineState>

/** Where an event stands today by its kind of deadline (a period after its end, a recurrence by its occurrence…). */
export function eventState(event: Pick<RoadmapEvent, 'deadline' | 'status' | 'doneOn' | 'occurrences'>, roadmap: Pick<Roadmap, 'startDate' | 'endDate'>, today: string): EventState {
  return deadlineState(event.deadline, event, today, recurringContextOf(roadmap, event.deadline))
}

/**
 * The occurrences of a recurring event the curator may mark: each one opened by `until` within the roadmap, a past
 * year's too (a roadmap «на 2020-2024 годы» taken into the app late). None for a deadline marked by the day it was
 * done, or done once.
 */
function markableOccurrences(event: Pick<RoadmapEvent, 'deadline'>, roadmap: Pick<Roadmap, 'startDate' | 'endDate'>, until: string): OccurrenceWindow[] {
  const { deadline } = event
  if (deadline.kind !== 'recurring' || markedByDay(deadline))
    return []
  return openedOccurrences(deadline, until, recurringContextOf(roadmap, deadline))
}

/** Of some occurrences, those passed by `today` with no mark. */
const passedUnmarked = <W extends OccurrenceWindow>(windows: readonly W[], event: Pick<RoadmapEvent, 'occurrences'>, today: string) =>
  windows.filter(w => w.dueBy < today && !event.occurrences.some(o => o.key === w.key))

/**
 * «Ежегодно» with no month (seed 001) is marked by the day, on any day of the year: the roadmap's years ended by
 * `today` with no mark in them are the ones it missed.
 */
function yearsMissed(event: Pick<RoadmapEvent, 'deadline' | 'occurrences'>, roadmap: Pick<Roadmap, 'startDate' | 'endDate'>, today: string): OccurrenceWindow[] {
  const { deadline } = event
  if (deadline.kind !== 'recurring' || !markedByDay(deadline))
    return []
  return openedOccurrences(deadline, today, recurringContextOf(roadmap, deadline)).filter(w => w.dueBy < today && !event.occurrences.some(o => o.on.startsWith(w.key)))
}

/**
 * Done over its whole roadmap: marked done as a whole, or a recurring event each of whose occurrences in the roadmap
 * is marked (seed 003's «сентябрь» of every year 2021–2024, marked year by year, once the last is).
 */
export function eventDone(event: Pick<RoadmapEvent, 'deadline' | 'status' | 'occurrences'>, roadmap: Pick<Roadmap, 'startDate' | 'endDate'>): boolean {
  if (event.status === 'done')
    return true
  const all = markableOccurrences(event, roadmap, roadmap.endDate)
  return all.length > 0 && all.every(w => event.occurrences.some(o => o.key === w.key))
}

/** What the roadmap's row of an event offers and says about its marks. */
export interface EventMarking {
  /** The occurrences the marking form offers, the earliest first: each opened by today, and the one due now. */
  choices: OccurrenceWindow[]
  /** Those passed unmarked before the one due now (the years, for «ежегодно» with no month): what a roadmap entered late has left to mark. */
  missed: OccurrenceWindow[]
  done: boolean
}

/** An event's marking on the roadmap's page, its state today (`eventState`) already known. */
export function eventMarking(event: Pick<RoadmapEvent, 'deadline' | 'status' | 'occurrences'>, roadmap: Pick<Roadmap, 'startDate' | 'endDate'>, today: string, state: EventState): EventMarking {
  // Opened by the later of today and the current occurrence's end: the one due next, when no window is open (a
  // roadmap not begun yet), is offered with its window too.
  const until = [today, state.current?.dueBy ?? today].sort().at(-1)!
  const choices = markableOccurrences(event, roadmap, until)
  const missed = markedByDay(event.deadline) ? yearsMissed(event, roadmap, today) : passedUnmarked(choices, event, today).filter(w => w.key !== state.current?.key)
  return { choices, missed, done: eventDone(event, roadmap) }
}

/** An occurrence of a recurring event due in a report's period, with its mark where the curator made one. */
export interface PeriodOccurrence extends OccurrenceWindow {
  mark?: RoadmapEvent['occurrences'][number]
}

/** A window belongs to the period its first day falls in: «ежегодно в июне» of 2025 to the school year 2024/25. */
const windowIn = (period: Pick<ReportPeriod, 'from' | 'to'>) => (w: OccurrenceWindow) => inPeriod(w.from, period)

/**
 * A recurring event's occurrences due in a period within its roadmap (seed 003's «сентябрь» of 2022 in its roadmap
 * «на 2020-2024 годы»), each with its mark: what the period's справка reports of it.
 */
function periodOccurrences(event: Pick<RoadmapEvent, 'deadline' | 'occurrences'>, roadmap: Pick<Roadmap, 'startDate' | 'endDate'>, period: ReportPeriod): PeriodOccurrence[] {
  const marks = new Map(event.occurrences.map(o => [o.key, o]))
  return markableOccurrences(event, roadmap, period.to)
    .filter(windowIn(period))
    .map(w => ({ ...w, ...(marks.has(w.key) && { mark: marks.get(w.key)! }) }))
}

export interface PeriodEventState {
  done: boolean
  overdue: boolean
  /** A recurring event's occurrences due in the period, with their marks, and those of them passed unmarked (the years, for «ежегодно» with no month). */
  occurrences?: PeriodOccurrence[]
  missed?: PeriodOccurrence[]
  /** The days in the period an event marked by the day was done, with their results. */
  marks?: RoadmapEvent['occurrences']
  /** The last day it was marked done on by the period's end. */
  lastDone?: string
  /** Past the dated part of «…, далее постоянно»: carried on, not owed (see deadlineState). */
  standing?: true
}

/**
 * Where an event stands in a period's monitoring and справка (a calendar year, a school year). A recurring one by the
 * period's occurrences: done when each is marked, overdue when one passed unmarked. One marked by the day (ongoing,
 * as needed, «ежегодно» with no month) is done in a period it was marked in (seed 004's «в течение года», carried out
 * in March); «ежегодно» is owed in each year of its roadmap, and overdue in one that ended with no mark. Others as
 * today: done by their status, overdue by their deadline. Marked done as a whole, an event is done in every period
 * that ends on or after the day it was done (any, where no day is known).
 */
export function periodEventState(event: Pick<RoadmapEvent, 'deadline' | 'status' | 'doneOn' | 'occurrences'>, roadmap: Pick<Roadmap, 'startDate' | 'endDate'>, period: ReportPeriod, today: string): PeriodEventState {
  // Done by the period's end: a day given after it (2026's, in 2025's monitoring) is not yet done there.
  if (event.status === 'done' && !(event.doneOn > period.to))
    return { done: true, overdue: false }
  const lastDone = event.occurrences.map(o => o.on).filter(on => on <= period.to).sort().at(-1)
  const known = lastDone ? { lastDone } : {}
  if (markedByDay(event.deadline)) {
    const marks = event.occurrences.filter(o => inPeriod(o.on, period)).sort((a, b) => a.on.localeCompare(b.on))
    const missed = yearsMissed(event, roadmap, today).filter(windowIn(period))
    return { done: marks.length > 0, overdue: missed.length > 0, marks, ...(missed.length && { missed }), ...known }
  }
  if (event.deadline.kind !== 'recurring') {
    const { overdue, standing } = eventState(event, roadmap, today)
    return { done: false, overdue, ...(standing && { standing }), ...known }
  }
  // None due in the period (May of a roadmap begun in September): nothing owed, nothing done.
  const occurrences = periodOccurrences(event, roadmap, period)
  const missed = passedUnmarked(occurrences, event, today)
  return { done: occurrences.length > 0 && occurrences.every(o => o.mark), overdue: missed.length > 0, occurrences, missed, ...known }
}

export interface StageProgress {
  stageId: string
  title: string
  total: number
  done: number
  overdue: number
}

/** Per stage of a roadmap: its events, how many are done and how many overdue in the period, each event counted once. */
export function roadmapProgress(roadmap: Pick<Roadmap, 'stages'>, states: ReadonlyArray<{ event: Pick<RoadmapEvent, 'stageId' | 'deleted'>, state: PeriodEventState }>): StageProgress[] {
  return roadmap.stages.map((stage) => {
    const ofStage = states.filter(({ event }) => !event.deleted && event.stageId === stage.id).map(({ state }) => state)
    return {
      stageId: stage.id,
      title: stage.title,
      total: ofStage.length,
      done: ofStage.filter(s => s.done).length,
      overdue: ofStage.filter(s => s.overdue).length,
    }
  })
}
