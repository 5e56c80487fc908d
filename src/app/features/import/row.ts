import * as v from 'valibot'
import { type Person, PersonFields } from '#shared/model/person'
import type { RecordFields } from '#shared/model/record'
import { parseCategory, parseDate, parseFlag, parseList, parseQualification, parseRole, parseYears, type Roles } from './cells.ts'
import type { ProblemCode, RowResult } from './check.ts'
import { nameKey } from './columns.ts'
import type { SheetRow } from './parse.ts'
import type { PersonField } from './peopleFields.ts'
import { defaultRoles } from '../../data/personDefaults.ts'
import { readRow } from './reader.ts'
import type { DefaultRole, ImportOptions } from './validate.ts'

const ROLES: Record<Exclude<DefaultRole, 'category'>, Roles> = {
  mentee: { isMentor: 0, isMentee: 1 },
  mentor: { isMentor: 1, isMentee: 0 },
  both: { isMentor: 1, isMentee: 1 },
  none: { isMentor: 0, isMentee: 0 },
}

/** The Person field a schema issue names → the import field whose column it came from. */
const SOURCE: Partial<Record<keyof RecordFields<Person>, PersonField>> = {
  name: 'name', category: 'category', classGroup: 'classGroup', birthDate: 'birthDate', ovz: 'ovz', gifted: 'gifted',
  isMentor: 'role', isMentee: 'role', competencies: 'competencies', requests: 'requests', notes: 'notes',
  partnerId: 'partner', position: 'position', subject: 'subject', teachingYears: 'teachingYears', totalYears: 'totalYears', qualification: 'qualification', methodUnion: 'methodUnion',
}

/** The schema's own codes an import problem keeps (the others read as «неверное значение»). */
const SCHEMA_PROBLEMS = new Set<string>(['too_long', 'too_many', 'experience_range', 'teaching_over_total'] satisfies ProblemCode[])

/** The partner a cell names, '' for none; a name not among the school's partners is the row's problem. */
function partnerOf(cell: string, options: ImportOptions, unknown: () => void): string {
  if (!cell)
    return ''
  const id = options.partners?.get(nameKey(cell))
  if (!id)
    unknown()
  return id ?? ''
}

/** Builds one record from a row, reporting every bad cell (not only the first). */
export function checkRow(sheetRow: SheetRow, header: readonly string[], options: ImportOptions): RowResult<RecordFields<Person>> {
  const { name, cellOf, text, problem, take, problems } = readRow<PersonField>(sheetRow, header, options.mapping)
  const category = take('category', parseCategory(cellOf('category')), undefined) ?? options.defaultCategory
  // «По категории» is the card's own default, so a file of teachers without a role column brings in mentors.
  const roles = take('role', parseRole(cellOf('role')), undefined)
    ?? (options.defaultRole === 'category' ? defaultRoles(category, { programForms: options.programForms }) : ROLES[options.defaultRole])
  const draft: RecordFields<Person> = {
    name,
    erased: 0,
    category,
    classGroup: text('classGroup'),
    birthDate: take('birthDate', parseDate(cellOf('birthDate'), options.today), ''),
    ovz: take('ovz', parseFlag(cellOf('ovz')), 0),
    gifted: take('gifted', parseFlag(cellOf('gifted')), 0),
    competencies: parseList(cellOf('competencies')),
    requests: parseList(cellOf('requests')),
    ...roles,
    notes: text('notes'),
    partnerId: partnerOf(text('partner'), options, () => problem('partner', 'unknown_partner')),
    position: text('position'),
    subject: text('subject'),
    teachingYears: take('teachingYears', parseYears(cellOf('teachingYears')), null),
    totalYears: take('totalYears', parseYears(cellOf('totalYears')), null),
    qualification: take('qualification', parseQualification(cellOf('qualification')), ''),
    methodUnion: text('methodUnion'),
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
  const found = problems()
  return { record: found.length || !checked.success ? null : checked.output, problems: found }
}
