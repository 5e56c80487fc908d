import type { Deadline } from './deadline.ts'
import type { DeadlineProblem } from './parseDeadline.ts'
import type { PrintedHead, StageNumbering } from '../model/roadmap.ts'
import type { EVENT_SPHERES } from '../model/roadmapEvent.ts'
import type { ColumnRole } from './tableHeader.ts'

/** A stage as the school's table names it; `deadline` where the stage row itself carries one (seeds 000, 004). */
export interface ImportedStage {
  title: string
  numberLabel: string
  resources: string
  deadline?: Deadline
  /** A numbered title alone in a row of the table's events (seed 003's «3.»): printed as such a row. */
  asRow?: boolean
  /** 1-based, as the school sees the row in its spreadsheet. */
  rowNumber: number
}

export type EventSphere = typeof EVENT_SPHERES[number]

export interface ImportedEvent {
  /** Index into `stages`; null for an event before any stage (seed 003 has none). */
  stageIndex: number | null
  number: string
  title: string
  deadline: Deadline
  responsible: string
  result: string
  /** Seed 000's «Работа внутри учреждения» / «Работа с внешней средой»; '' where the table does not say. */
  sphere: EventSphere
  rowNumber: number
}

/**
 * Why a part of the table needs the curator's eye, besides the deadline's own codes: no header row found, an event
 * row with no title, text in a row or column that belongs to no event (kept here so nothing is lost).
 */
export type ImportProblemCode = 'no_header' | 'no_title' | 'unplaced' | DeadlineProblem

interface ImportProblem {
  /** 1-based row as the school sees it. */
  row: number
  /** The column's header as the school wrote it (or its letter where the header is blank). */
  column: string
  code: ImportProblemCode
  /** The school's words in question. */
  text: string
}

export interface ImportedRoadmap {
  stages: ImportedStage[]
  events: ImportedEvent[]
  problems: ImportProblem[]
  numbering: StageNumbering
  /** The header of each column the table has a role for, as the school wrote it (its letter where blank). */
  columns: Partial<Record<ColumnRole, string>>
  /** The columns a printed roadmap has, in the table's order and words. */
  heads: PrintedHead[]
  /** The stage column's head in the table's words (seed 004's «Наименование этапа»); '' where it has none. */
  stageHead: string
}
