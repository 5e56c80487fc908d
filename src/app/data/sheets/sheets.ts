import type { Pair } from '#shared/model/pair'
import type { Person } from '#shared/model/person'
import type { Program } from '#shared/model/program'
import type { Cell, SheetData } from 'write-excel-file/universal'
import { t } from '../../i18n/index.ts'
import '../../features/exports/messages.ts'
import '../../features/import/messages.ts'
import '../../features/pairs/messages.ts'
import '../../features/people/messages.ts'
import type { Namespaces } from '../../i18n/messages.ts'

export type ExportKind = 'mentors' | 'mentees' | 'pairs'

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'ru')

/** A sheet's rows in its own order (a whole base), or as given (a table's selection, in the order it is shown). */
export type RowOrder = 'sheet' | 'given'
export const inOrder = <T>(rows: readonly T[], order: RowOrder, compare: (a: T, b: T) => number): T[] =>
  (order === 'given' ? [...rows] : [...rows].sort(compare))
/** A bold first row of column titles. */
export const headerRow = (labels: readonly string[]): Cell[] => labels.map(value => ({ value, fontWeight: 'bold' as const }))
/** A header row of `exports.columns` titles: every sheet's columns are worded in one place. */
export const columns = (keys: ReadonlyArray<keyof Namespaces['exports']['columns']>): Cell[] => headerRow(keys.map(key => t(`exports.columns.${key}`)))

/** A calendar date as a real date cell (sorts and filters in Excel); the day is kept, never shifted by a zone. */
export function dateCell(date: string): Cell {
  const [y, m, d] = date.split('-').map(Number)
  return y && m && d ? { value: new Date(Date.UTC(y, m - 1, d)), format: 'dd.mm.yyyy' } : null
}

const flag = (value: 0 | 1) => (value ? t('exports.yes') : '')

/** «наставник, наставляемый»: the words the import reads back, so an exported base can be loaded again. */
function roles(person: Person): string {
  return [person.isMentor ? t('import.roles.mentor') : '', person.isMentee ? t('import.roles.mentee') : ''].filter(Boolean).join(', ')
}

/**
 * База наставников or наставляемых, or people in any role (a table's selection): the same columns the import
 * understands, plus the partner where mentors may be in it.
 */
export function peopleSheet(people: readonly Person[], kind: 'mentors' | 'mentees' | 'people', partners: ReadonlyMap<string, string>, order: RowOrder = 'sheet'): SheetData {
  const inKind = (p: Person) => (kind === 'mentors' ? p.isMentor : kind === 'mentees' ? p.isMentee : true)
  const chosen = inOrder(people.filter(p => !p.deleted && inKind(p)), order, byName)
  const keys: Parameters<typeof columns>[0] = [
    'name', 'category', 'classGroup', 'birthDate', 'ovz', 'gifted', 'role', 'competencies', 'requests',
    'position', 'subject', 'teachingYears', 'totalYears', 'qualification', 'methodUnion',
    ...(kind === 'mentees' ? [] : ['partner' as const]), 'notes',
  ]
  return [columns(keys), ...chosen.map((p): Cell[] => [
    p.name,
    t(`people.categories.${p.category}`),
    p.classGroup,
    dateCell(p.birthDate),
    flag(p.ovz),
    flag(p.gifted),
    roles(p),
    p.competencies.join('; '),
    p.requests.join('; '),
    p.position,
    p.subject,
    p.teachingYears,
    p.totalYears,
    p.qualification ? t(`people.qualifications.${p.qualification}`) : '',
    p.methodUnion,
    ...(kind === 'mentees' ? [] : [partners.get(p.partnerId ?? '') ?? '']),
    p.notes,
  ])]
}

/** Пары: программа, наставник, наставляемые, начало, окончание, состояние (and why a pair ended). */
export function pairsSheet(pairs: readonly Pair[], programs: ReadonlyMap<string, Program>, names: ReadonlyMap<string, string>, order: RowOrder = 'sheet'): SheetData {
  const rows = inOrder(pairs.filter(p => !p.deleted).map(pair => ({
    pair,
    program: programs.get(pair.programId)?.name ?? '',
    mentor: names.get(pair.mentorId) ?? '',
  })), order, (a, b) => a.program.localeCompare(b.program, 'ru') || a.mentor.localeCompare(b.mentor, 'ru'))
  return [columns(['program', 'mentor', 'mentees', 'start', 'end', 'status', 'endReason']), ...rows.map(({ pair, program, mentor }): Cell[] => [
    program,
    mentor,
    pair.menteeIds.map(id => names.get(id) ?? '').filter(Boolean).join(', '),
    dateCell(pair.startDate),
    dateCell(pair.plannedEndDate),
    t(`pairs.statuses.${pair.status}`),
    pair.endReason,
  ])]
}
