import * as v from 'valibot'
import { CalendarDateField, crossCheck, optionalText, requiredText } from './fields.ts'
import type { RecordFields, SyncRecord } from './record.ts'

/** How a school numbers its stages: «1 этап», «I.», «Блок 3» (seeds 001, 002, 000). */
export const STAGE_NUMBERINGS = ['arabic', 'roman', 'block'] as const
export type StageNumbering = typeof STAGE_NUMBERINGS[number]

/**
 * How a roadmap numbers its events: within each stage («2.3», seed 004), straight through («17», seed 001), or as
 * the school's table does, however it does (seed 002 numbers part I's sections 1 and 2, then part II's events 2.1).
 */
export const EVENT_NUMBERINGS = ['stage', 'through', 'table'] as const

/**
 * How the school's table lays its events out, as it is printed: an event a row (seeds 001–003), a stage a row with
 * its events in the column of their sphere (seed 000's «Работа внутри учреждения» / «Работа с внешней средой»), or a
 * stage a row with its events in one cell (seed 004's «Наименование этапа» / «Содержание деятельности и план мероприятий»).
 */
export const ROADMAP_LAYOUTS = ['events', 'spheres', 'stages'] as const
/** The sheet the roadmap prints on: A4 upright, or turned (a Word table of many columns usually is). */
export const SHEET_ORIENTATIONS = ['portrait', 'landscape'] as const

/**
 * What heads the printed roadmap above its title: the director's «УТВЕРЖДАЮ» citing the approving order, the school's
 * own words (seeds 000, 002, 004: «УТВЕРЖДАЮ…», «СОГЛАСОВАНО… протокол»), or nothing (seeds 001, 003 have none).
 */
export const APPROVAL_KINDS = ['director', 'own', 'none'] as const
export type ApprovalKind = typeof APPROVAL_KINDS[number]

/** A stage of the roadmap as the school titles it, with the resources seed 000 lists per stage. */
export interface RoadmapStage {
  id: string
  title: string
  resources: string
  /**
   * Its number as the school's table writes it, where the table mixes kinds (seed 002: «I.» then «1.», «2.», «II.»;
   * seed 000: «1 этап», then «Блок 3»); '' (or none, in a stage saved before labels) is numbered by `numbering`.
   */
  label?: string
  /**
   * Printed with no heading row: the events a school's table puts before any stage row (seed 003's «1 Назначение
   * ответственного…» up to «2. Обучение кураторов», then «3. Оценка результатов» as a heading), kept in a stage of
   * their own, which the school never titled.
   */
  unheaded?: boolean
  /**
   * Printed as a row of the table, its number and title in their columns and the others blank, where the school's
   * table has it so (seed 003's «3. Оценка результатов опыта наставничества» over «3.1»), not bold across the table.
   * A client of an earlier version drops it (as `unheaded`) when it saves the stages: its stage schema knows neither.
   */
  asRow?: boolean
}

/**
 * дорожная карта of the school for a period it sets (an учебный год, or 2020–2024): one per school and starting
 * year, its events school-wide or tied to programmes (`RoadmapEvent`). Stages live in the record, in order, so
 * renaming or reordering them is one field; an event names its stage by id.
 */
export interface Roadmap extends SyncRecord {
  title: string
  startDate: string
  endDate: string
  numbering: StageNumbering
  eventNumbering: typeof EVENT_NUMBERINGS[number]
  stages: RoadmapStage[]
  /**
   * «УТВЕРЖДАЮ…», «СОГЛАСОВАНО… протокол от 31.08.2023 № 1», as the school heads its roadmap; kept while another
   * heading is chosen (`approvalKind`), printed only as its own.
   */
  approval: string
  /** None in a roadmap saved before the choice: its own words where it has some, else the director's. */
  approvalKind?: ApprovalKind
  /** What the school writes between its title and its table: seed 003's «Целью внедрения…» and «Задачи…», a paragraph a line. */
  intro?: string
  /** None in a roadmap saved before layouts: an event a row. */
  layout?: typeof ROADMAP_LAYOUTS[number]
  /** None in a roadmap saved before the choice: portrait. In the order approving it, its appendix's pages turn too. */
  orientation?: typeof SHEET_ORIENTATIONS[number]
  /**
   * The printed table's columns as the school's own table headed and ordered them (seed 001's «Результат реализации
   * мероприятия» before «Исполнители мероприятия», seed 004's with no result column); none: the app's five.
   */
  heads?: PrintedHead[]
  /**
   * The head of the stages' column of a roadmap printed a stage a row, in the school's words (seed 004's «Наименование
   * этапа»), after the number's. Apart from `heads`, whose roles a client of an earlier version prints each of.
   */
  stageHead?: string
  /**
   * The document's other tables, printed after the roadmap's as the school wrote them (seed 001's «Паспорт программы
   * наставничества», seed 003's «Показатели эффективности…»). None: none, as in a roadmap saved before them.
   */
  otherTables?: DocumentTable[]
}

/** A table of the school's document kept as written: the paragraph that names it, and its rows of cells, as many as each had. */
export interface DocumentTable { caption: string, rows: string[][] }

/**
 * A roadmap keeps at most this many of its document's tables, of this much text in all: the record must travel in
 * one push (`PUSH_BATCH_MAX_BYTES`, 512 KiB), and a Cyrillic letter is two bytes of it.
 */
export const OTHER_TABLES_MAX = 10
export const OTHER_TABLES_MAX_CHARS = 100_000
/** A row of a kept table holds at most this many cells. */
export const DOCUMENT_TABLE_MAX_CELLS = 20
export const tableChars = (table: DocumentTable) => table.caption.length + table.rows.reduce((n, row) => n + row.reduce((m, cell) => m + cell.length, 0), 0)

/** What a column of the printed roadmap holds: the event's number, its title, deadline, who answers for it, its result. */
export const PRINTED_COLUMNS = ['number', 'title', 'deadline', 'responsible', 'result'] as const
/** A printed column and its header in the school's words ('': the app's). */
export interface PrintedHead { role: typeof PRINTED_COLUMNS[number], text: string }

const StageField = v.object({
  id: v.pipe(v.string(), v.regex(/^[\w-]{1,40}$/, 'invalid_id')),
  title: requiredText(500),
  resources: optionalText(2000),
  // Added after the first release: optional with a default, so older records still pass the full check.
  label: v.optional(optionalText(20), ''),
  unheaded: v.optional(v.boolean()),
  asRow: v.optional(v.boolean()),
})

export const DocumentTableField = v.object({
  caption: optionalText(500),
  rows: v.pipe(v.array(v.pipe(v.array(optionalText(4000)), v.maxLength(DOCUMENT_TABLE_MAX_CELLS, 'too_many'))), v.minLength(1, 'required'), v.maxLength(300, 'too_many')),
})

export const RoadmapObject = v.object({
  title: requiredText(500),
  startDate: CalendarDateField,
  endDate: CalendarDateField,
  numbering: v.picklist(STAGE_NUMBERINGS),
  // Added after the first release: optional with a default, so older records still pass the full check.
  eventNumbering: v.optional(v.picklist(EVENT_NUMBERINGS), 'stage'),
  stages: v.pipe(v.array(StageField), v.minLength(1, 'required'), v.maxLength(30, 'too_many'), v.check(stages => new Set(stages.map(s => s.id)).size === stages.length, 'duplicate')),
  approval: optionalText(1000),
  approvalKind: v.optional(v.picklist(APPROVAL_KINDS)),
  intro: v.optional(optionalText(6000)),
  layout: v.optional(v.picklist(ROADMAP_LAYOUTS)),
  orientation: v.optional(v.picklist(SHEET_ORIENTATIONS)),
  stageHead: v.optional(optionalText(200)),
  otherTables: v.optional(v.pipe(
    v.array(DocumentTableField),
    v.maxLength(OTHER_TABLES_MAX, 'too_many'),
    v.check(tables => tables.reduce((n, table) => n + tableChars(table), 0) <= OTHER_TABLES_MAX_CHARS, 'too_long'),
  )),
  heads: v.optional(v.pipe(
    v.array(v.object({ role: v.picklist(PRINTED_COLUMNS), text: optionalText(200) })),
    v.maxLength(PRINTED_COLUMNS.length, 'too_many'),
    v.check(heads => new Set(heads.map(h => h.role)).size === heads.length, 'duplicate'),
  )),
})

export const RoadmapFields = v.pipe(
  RoadmapObject,
  crossCheck('endDate', ['startDate'], r => r.endDate >= r.startDate, 'end_before_start'),
) satisfies v.GenericSchema<unknown, RecordFields<Roadmap>>

/**
 * What heads a roadmap's print, for one saved before the choice too. Its own heading with no words (a client of an
 * earlier version emptied them, knowing no choice) is the director's: the server takes such a record, the form does not.
 */
export function approvalKindOf(roadmap: Pick<Roadmap, 'approval' | 'approvalKind'>): ApprovalKind {
  const own = roadmap.approval.trim() !== ''
  if (roadmap.approvalKind === 'own' && !own)
    return 'director'
  return roadmap.approvalKind ?? (own ? 'own' : 'director')
}

/**
 * A school's roadmap of a starting year has the year's id: two curators starting the same year's roadmap offline (or
 * converting the old per-programme events) make one record, not two. Another one begun that year, which the curator
 * adds on purpose (an import set beside it), has an id of its own.
 */
export function roadmapIdFor(startYear: number): string {
  return `${YEAR_ID_PREFIX}${String(startYear).padStart(12, '0')}`
}
const YEAR_ID_PREFIX = '00000000-0000-7000-8001-'

/**
 * Whether a roadmap may be deleted: not where its id would be made again and its tombstone refuse the new record. A
 * year's id is (that year's roadmap made from a template, by two curators offline alike), and so is the id a roll-over
 * of another live roadmap gives (`nextRoadmapId`), which «Перенести» would make again. Those are replaced by an import.
 */
export function canDeleteRoadmap(roadmap: Pick<Roadmap, 'id'>, roadmaps: ReadonlyArray<Pick<Roadmap, 'id' | 'startDate'>>): boolean {
  return !roadmap.id.startsWith(YEAR_ID_PREFIX) && !roadmaps.some(other => other.id !== roadmap.id && nextRoadmapId(other) === roadmap.id)
}

/**
 * The id of the roadmap rolled over from this one: the next year's for a year's own roadmap; for another begun the
 * same year (the teachers' beside the pupils'), its own id one on, so two devices rolling it over make one record.
 */
export function nextRoadmapId(roadmap: Pick<Roadmap, 'id' | 'startDate'>): string {
  const year = Number(roadmap.startDate.slice(0, 4))
  if (roadmap.id === roadmapIdFor(year))
    return roadmapIdFor(year + 1)
  const tail = (Number.parseInt(roadmap.id.slice(-12), 16) + 1) % 2 ** 48
  return `${roadmap.id.slice(0, -12)}${tail.toString(16).padStart(12, '0')}`
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX']

/** The `index`-th stage's number in roman figures («II»), as seed 002 numbers its sections; past XX in arabic. */
export const romanNumeral = (index: number): string => ROMAN[index] ?? String(index + 1)
