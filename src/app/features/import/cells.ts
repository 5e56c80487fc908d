import { isCalendarDate } from '#shared/dates'
import type { PersonCategory, Qualification } from '#shared/model/person'
import { normalizeHeader } from './mapping.ts'
import { type Cell, cellText, utcDate } from '../../data/spreadsheet.ts'

/** Why one cell cannot be taken; the UI words each code (import.problems). */
export type CellProblem = 'invalid_date' | 'no_such_day' | 'date_out_of_range' | 'unknown_category' | 'unknown_role' | 'unknown_flag' | 'invalid_years' | 'unknown_qualification'
  | 'unknown_kind' | 'unknown_signer'
export type Parsed<T> = { ok: true, value: T } | { ok: false, problem: CellProblem }

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value })
const bad = <T>(problem: CellProblem): Parsed<T> => ({ ok: false, problem })
const pad = (n: number) => String(n).padStart(2, '0')
const DAY_MS = 86_400_000
// Excel counts days from 1899-12-30 (its 1900 leap-year bug is before any birth date we meet).
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30)
const EARLIEST = '1900-01-01'

function fromSerial(serial: number): string | undefined {
  return serial >= 1 && serial < 2_958_466 ? utcDate(new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS)) : undefined
}

function fromText(text: string): string | undefined {
  const cleaned = text.replace(/\s*г\.?$/u, '')
  const russian = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(cleaned)
  if (russian)
    return `${russian[3]}-${pad(Number(russian[2]))}-${pad(Number(russian[1]))}`
  if (/^\d{4}-\d{2}-\d{2}$/.test(cleaned))
    return cleaned
  // A CSV of a sheet whose date column lost its format carries the serial number as text.
  if (/^\d{5}$/.test(cleaned))
    return fromSerial(Number(cleaned))
  return undefined
}

/**
 * ДД.ММ.ГГГГ, ГГГГ-ММ-ДД, an Excel serial or a real date cell → `YYYY-MM-DD`; '' when empty. A date after `latest`
 * (a birth date or a signature after today) is a typo; a validity's end may lie years ahead.
 */
export function parseDate(cell: Cell, latest?: string): Parsed<string> {
  const text = cellText(cell)
  if (text === '')
    return ok('')
  const date = cell instanceof Date ? utcDate(cell) : typeof cell === 'number' ? fromSerial(cell) : fromText(text)
  if (date === undefined)
    return bad('invalid_date')
  // Written as a date, but not one of the calendar's (31.02): saying «нужно ДД.ММ.ГГГГ» would send them to the format.
  if (!isCalendarDate(date))
    return bad('no_such_day')
  return date < EARLIEST || (latest !== undefined && date > latest) ? bad('date_out_of_range') : ok(date)
}

const YES = new Set(['да', '+', '1', 'true', 'истина', 'yes', 'x', 'х', 'v', 'есть', 'овз', 'одаренный', 'одаренная'])
const NO = new Set(['', 'нет', '-', '–', '0', 'false', 'ложь', 'no'])

/** «да»/«нет» and their spreadsheet cousins (+, 1, ИСТИНА, a tick); empty is «нет». */
export function parseFlag(cell: Cell): Parsed<0 | 1> {
  if (typeof cell === 'boolean')
    return ok(cell ? 1 : 0)
  const text = normalizeHeader(cellText(cell)) || cellText(cell)
  if (YES.has(text) || text === '✓')
    return ok(1)
  return NO.has(text) ? ok(0) : bad('unknown_flag')
}

const CATEGORY_WORDS: ReadonlyArray<[PersonCategory, readonly string[]]> = [
  ['student', ['обучающийся', 'обучающаяся', 'ученик', 'ученица', 'учащийся', 'учащаяся', 'школьник', 'student']],
  ['teacher', ['педагог', 'учитель', 'преподаватель', 'педагогический работник', 'teacher']],
  ['young_specialist', ['молодой специалист', 'молодой педагог', 'young specialist', 'young_specialist']],
  ['college_student', ['студент', 'студентка', 'college student', 'college_student']],
  ['partner_employee', ['сотрудник организации партнера', 'сотрудник партнера', 'работодатель', 'партнер', 'partner employee', 'partner_employee']],
  ['graduate', ['выпускник', 'выпускница', 'graduate']],
]

/** A category in the words a school uses; undefined value when empty (the curator's default applies). */
export function parseCategory(cell: Cell): Parsed<PersonCategory | undefined> {
  const text = normalizeHeader(cellText(cell))
  if (text === '')
    return ok(undefined)
  const found = CATEGORY_WORDS.find(([, words]) => words.includes(text))
  return found ? ok(found[0]) : bad('unknown_category')
}

export interface Roles { isMentor: 0 | 1, isMentee: 0 | 1 }

/** «наставник», «наставляемый», both («наставник, наставляемый», «оба»); undefined value when empty. */
export function parseRole(cell: Cell): Parsed<Roles | undefined> {
  const text = normalizeHeader(cellText(cell))
  if (text === '')
    return ok(undefined)
  if (text === 'оба' || text === 'both')
    return ok({ isMentor: 1, isMentee: 1 })
  const isMentor = /наставник|mentor/.test(text) ? 1 : 0
  const isMentee = /наставляем|mentee/.test(text) ? 1 : 0
  return isMentor || isMentee ? ok({ isMentor, isMentee }) : bad('unknown_role')
}

/** Competencies and requests: one cell, items split by «;», «,» or a line break. */
export function parseList(cell: Cell): string[] {
  return cellText(cell).split(/[;,\n]/).map(item => item.trim()).filter(Boolean)
}

/** Стаж: «12», «12 лет», «1 год»; null when empty. The range is the schema's to check, so it is said once. */
export function parseYears(cell: Cell): Parsed<number | null> {
  if (typeof cell === 'number')
    return Number.isInteger(cell) ? ok(cell) : bad('invalid_years')
  const text = normalizeHeader(cellText(cell))
  if (text === '')
    return ok(null)
  const years = /^(\d{1,3})(?: (?:лет|год|года|г|л))?$/u.exec(text)
  return years ? ok(Number(years[1])) : bad('invalid_years')
}

// In the order tried: «высшая квалификационная категория» and «первая» before the bare «категория».
const QUALIFICATION_WORDS: ReadonlyArray<[Exclude<Qualification, ''>, RegExp]> = [
  ['highest', /высш/u],
  ['first', /перв|^1(?!\d)/u],
  ['methodist', /методист/u],
  ['mentor', /наставник/u],
  ['compliance', /соответств|^сзд$/u],
  ['none', /^(?:без|нет)/u],
]

/** квалификационная категория in the words a school writes it («высшая», «1 кв. категория», «СЗД»); '' when empty. */
export function parseQualification(cell: Cell): Parsed<Qualification> {
  const text = normalizeHeader(cellText(cell))
  if (text === '')
    return ok('')
  const found = QUALIFICATION_WORDS.find(([, words]) => words.test(text))
  return found ? ok(found[0]) : bad('unknown_qualification')
}

/** Whether a column's filled cells all read as a qualification and none as a participant's category («высшая», «первая»). */
export function holdsQualifications(cells: readonly Cell[]): boolean {
  const filled = cells.filter(cell => cellText(cell).trim() !== '')
  return filled.length > 0 && filled.every(cell => parseQualification(cell).ok && !parseCategory(cell).ok)
}
