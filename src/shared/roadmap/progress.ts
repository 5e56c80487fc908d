import type { Roadmap } from '../model/roadmap.ts'
import type { RoadmapEvent } from '../model/roadmapEvent.ts'
import { deadlineState, markedByDay } from './deadlineState.ts'
import { openedOccurrences, type OccurrenceWindow } from './occurrences.ts'
import { contextOf } from './roadmaps.ts'

type EventState = ReturnType<typeof deadlineState>

/** Where an event stands today by its kind of deadline (a period after its end, a recurrence by its occurrence…). */
export function eventState(event: Pick<RoadmapEvent, 'deadline' | 'status' | 'doneOn' | 'occurrences'>, roadmap: Pick<Roadmap, 'startDate' | 'endDate'>, today: string): EventState {
  return deadlineState(event.deadline, event, today, contextOf(roadmap))
}

/**
 * The occurrences of a recurring event the curator may mark: each one opened by today within the roadmap, a past
 * year's too (a roadmap «на 2020-2024 годы» taken into the app late). None for a deadline marked by the day it was
 * done, or done once.
 */
export function markableOccurrences(event: Pick<RoadmapEvent, 'deadline'>, roadmap: Pick<Roadmap, 'startDate' | 'endDate'>, today: string): OccurrenceWindow[] {
  const { deadline } = event
  if (deadline.kind !== 'recurring' || markedByDay(deadline))
    return []
  return openedOccurrences(deadline, today, contextOf(roadmap))
}

/**
 * Done over its whole roadmap: marked done as a whole, or a recurring event each of whose occurrences in the roadmap
 * is marked (seed 003's «сентябрь» of every year 2021–2024, marked year by year, once the last is).
 */
export function eventDone(event: Pick<RoadmapEvent, 'deadline' | 'status' | 'occurrences'>, roadmap: Pick<Roadmap, 'startDate' | 'endDate'>): boolean {
  if (event.status === 'done')
    return true
  const marked = new Set(event.occurrences.map(o => o.key))
  const all = markableOccurrences(event, roadmap, roadmap.endDate)
  return all.length > 0 && all.every(o => marked.has(o.key))
}

/** An occurrence of a recurring event due in a calendar year, with its mark where the curator made one. */
export interface YearOccurrence extends OccurrenceWindow {
  mark?: RoadmapEvent['occurrences'][number]
}

/**
 * A recurring event's occurrences due in a calendar year within its roadmap (seed 003's «сентябрь» of 2022 in its
 * roadmap «на 2020-2024 годы»), each with its mark: what the year's справка reports of it. None for a kind that is
 * not recurring by months, quarters or named months.
 */
function yearOccurrences(event: Pick<RoadmapEvent, 'deadline' | 'occurrences'>, roadmap: Pick<Roadmap, 'startDate' | 'endDate'>, year: number): YearOccurrence[] {
  const marks = new Map(event.occurrences.map(o => [o.key, o]))
  return markableOccurrences(event, roadmap, `${year}-12-31`)
    .filter(w => w.key.startsWith(String(year)))
    .map(w => ({ ...w, ...(marks.has(w.key) && { mark: marks.get(w.key)! }) }))
}

export interface StageProgress {
  stageId: string
  title: string
  total: number
  done: number
  overdue: number
}

export interface YearEventState {
  done: boolean
  overdue: boolean
  /** A recurring event's occurrences due in the year, with their marks. */
  occurrences?: YearOccurrence[]
  /** The days in the year an event marked by the day was done, with their results. */
  marks?: RoadmapEvent['occurrences']
}

/**
 * Where an event stands in a calendar year's monitoring and справка. A recurring one by that year's occurrences:
 * done when each is marked, overdue when one passed unmarked. One marked by the day by its marks of the year:
 * «ежегодно» with no month is done in a year it was marked in; ongoing and as needed are never done nor overdue.
 * Others as today: done by their status, overdue by their deadline. Marked done as a whole, an event is done in every year.
 */
export function yearEventState(event: Pick<RoadmapEvent, 'deadline' | 'status' | 'doneOn' | 'occurrences'>, roadmap: Pick<Roadmap, 'startDate' | 'endDate'>, year: number, today: string): YearEventState {
  if (event.status === 'done')
    return { done: true, overdue: false }
  if (markedByDay(event.deadline)) {
    const marks = event.occurrences.filter(o => o.on.startsWith(String(year))).sort((a, b) => a.on.localeCompare(b.on))
    return { done: event.deadline.kind === 'recurring' && marks.length > 0, overdue: false, marks }
  }
  if (event.deadline.kind !== 'recurring')
    return { done: false, overdue: eventState(event, roadmap, today).overdue }
  // None due in the year (May of a roadmap begun in September): nothing owed, nothing done.
  const occurrences = yearOccurrences(event, roadmap, year)
  return { done: occurrences.length > 0 && occurrences.every(o => o.mark), overdue: occurrences.some(o => !o.mark && o.dueBy < today), occurrences }
}

/** Per stage of a roadmap: its events, how many are done and how many overdue in the year, each event counted once. */
export function roadmapProgress(roadmap: Pick<Roadmap, 'stages' | 'startDate' | 'endDate'>, events: ReadonlyArray<Pick<RoadmapEvent, 'stageId' | 'deadline' | 'status' | 'doneOn' | 'occurrences' | 'deleted'>>, year: number, today: string): StageProgress[] {
  return roadmap.stages.map((stage) => {
    const states = events.filter(e => !e.deleted && e.stageId === stage.id).map(e => yearEventState(e, roadmap, year, today))
    return {
      stageId: stage.id,
      title: stage.title,
      total: states.length,
      done: states.filter(s => s.done).length,
      overdue: states.filter(s => s.overdue).length,
    }
  })
}
