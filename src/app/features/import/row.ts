import * as v from 'valibot'
import { type Person, PersonFields } from '#shared/model/person'
import type { RecordFields } from '#shared/model/record'
import { cellText } from '../../data/spreadsheet.ts'
import { type CellProblem, parseCategory, parseDate, parseFlag, parseList, parseQualification, parseRole, parseYears, type Roles } from './cells.ts'
import { columnName, nameOf } from './columns.ts'
import type { ImportField } from './mapping.ts'
import type { Cell } from '../../data/spreadsheet.ts'
import type { SheetRow } from './parse.ts'
import type { DefaultRole, ImportOptions, Problem, ProblemCode } from './validate.ts'

const ROLES: Record<DefaultRole, Roles> = {
  mentee: { isMentor: 0, isMentee: 1 },
  mentor: { isMentor: 1, isMentee: 0 },
  both: { isMentor: 1, isMentee: 1 },
  none: { isMentor: 0, isMentee: 0 },
}

/** The Person field a schema issue names → the import field whose column it came from. */
const SOURCE: Partial<Record<keyof RecordFields<Person>, ImportField>> = {
  name: 'name', category: 'category', classGroup: 'classGroup', birthDate: 'birthDate', ovz: 'ovz', gifted: 'gifted',
  isMentor: 'role', isMentee: 'role', competencies: 'competencies', requests: 'requests', notes: 'notes',
  position: 'position', subject: 'subject', teachingYears: 'teachingYears', totalYears: 'totalYears', qualification: 'qualification', methodUnion: 'methodUnion',
}

/** The schema's own codes an import problem keeps (the others read as «неверное значение»). */
const SCHEMA_PROBLEMS = new Set<string>(['too_long', 'too_many', 'experience_range', 'teaching_over_total'] satisfies ProblemCode[])

/** Builds one record from a row, reporting every bad cell (not only the first). */
export function checkRow({ row, cells }: SheetRow, header: readonly string[], options: ImportOptions): { person: RecordFields<Person> | null, problems: Problem[] } {
  const { mapping } = options
  const found: Array<Problem & { at: number }> = []
  const cellOf = (field: ImportField): Cell => (mapping[field] === undefined ? undefined : cells[mapping[field]])
  const nameAt = mapping.name ?? mapping.lastName
  function problem(field: ImportField, code: ProblemCode, extra: Partial<Problem> = {}): void {
    const at = (field === 'name' ? nameAt : mapping[field]) ?? -1
    // The schema may say the same thing twice about one cell (an empty name is both too short and missing).
    if (!found.some(p => p.at === at && p.code === code))
      found.push({ row, column: columnName(header, at < 0 ? undefined : at), code, value: field === 'name' ? nameOf(cells, mapping) : cellText(cellOf(field)), ...extra, at })
  }
  function take<T>(field: ImportField, parsed: { ok: true, value: T } | { ok: false, problem: CellProblem }, fallback: T): T {
    if (parsed.ok)
      return parsed.value
    problem(field, parsed.problem)
    return fallback
  }

  const roles = take('role', parseRole(cellOf('role')), undefined) ?? ROLES[options.defaultRole]
  const draft: RecordFields<Person> = {
    name: nameOf(cells, mapping),
    erased: 0,
    category: take('category', parseCategory(cellOf('category')), undefined) ?? options.defaultCategory,
    classGroup: cellText(cellOf('classGroup')),
    birthDate: take('birthDate', parseDate(cellOf('birthDate'), options.today), ''),
    ovz: take('ovz', parseFlag(cellOf('ovz')), 0),
    gifted: take('gifted', parseFlag(cellOf('gifted')), 0),
    competencies: parseList(cellOf('competencies')),
    requests: parseList(cellOf('requests')),
    ...roles,
    notes: cellText(cellOf('notes')),
    partnerId: '',
    position: cellText(cellOf('position')),
    subject: cellText(cellOf('subject')),
    teachingYears: take('teachingYears', parseYears(cellOf('teachingYears')), null),
    totalYears: take('totalYears', parseYears(cellOf('totalYears')), null),
    qualification: take('qualification', parseQualification(cellOf('qualification')), ''),
    methodUnion: cellText(cellOf('methodUnion')),
  }
  // The shared schema is the one the form and the server apply: lengths and counts come from it, not from here.
  const checked = v.safeParse(PersonFields, draft)
  if (!checked.success) {
    for (const issue of checked.issues) {
      const key = issue.path?.[0]?.key as keyof RecordFields<Person> | undefined
      const field = (key && SOURCE[key]) ?? 'name'
      const limit = typeof issue.requirement === 'number' ? issue.requirement : undefined
      if (issue.message === 'required' && field === 'name' && draft.name === '')
        problem('name', 'missing_name')
      else if (SCHEMA_PROBLEMS.has(issue.message))
        problem(field, issue.message as ProblemCode, limit === undefined ? {} : { limit })
      else problem(field, 'invalid')
    }
  }
  // Left to right, as the curator reads the row in the file.
  const problems = found.sort((a, b) => a.at - b.at).map(({ at: _, ...p }) => p)
  return { person: problems.length || !checked.success ? null : checked.output, problems }
}
