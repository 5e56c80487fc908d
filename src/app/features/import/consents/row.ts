import * as v from 'valibot'
import { type Consent, ConsentFields } from '#shared/model/consent'
import { ageOn, signerRule } from '#shared/model/consentRules'
import type { RecordFields } from '#shared/model/record'
import { t } from '../../../i18n/index.ts'
import '../messages.ts'
import { parseDate } from '../cells.ts'
import type { ProblemCode, RowResult } from '../check.ts'
import type { Mapping } from '../mapping.ts'
import type { SheetRow } from '../parse.ts'
import { readRow } from '../reader.ts'
import { parseKind, parseSigner } from './cells.ts'
import type { ConsentField } from './fields.ts'
import { type Candidate, matchPerson, type PeopleByName } from './match.ts'

export interface ConsentRowContext {
  mapping: Mapping<ConsentField>
  people: PeopleByName
  /** The device's calendar day: a consent signed after it is a typo. */
  today: string
}

/** A consent to write, with the person it was matched to (the preview shows whom the row found). */
export interface ConsentImport { consent: RecordFields<Consent>, person: Candidate }

const AGREEMENT = new Set<string>(['agreementNumber', 'agreementDate', 'validFrom', 'validUntil', 'payBasis'])
const KEPT = new Set<string>(['too_long', 'duties_signed_by_self', 'end_before_start'] satisfies ProblemCode[])

/** A schema issue on a field → the row's problem there, in the words of an import. */
function issueCode(field: string, message: string): ProblemCode {
  if (message === 'required')
    return field === 'guardianName' ? 'missing_guardian' : AGREEMENT.has(field) ? 'missing_agreement' : 'invalid'
  return KEPT.has(message) ? message as ProblemCode : 'invalid'
}

/**
 * One row → a consent of exactly one person of the registry, checked by the shared schema (the form's and the
 * server's) and by who may sign at the person's age on the day. Every bad cell is told, not only the first.
 */
export function checkConsentRow(sheetRow: SheetRow, header: readonly string[], context: ConsentRowContext): RowResult<ConsentImport> {
  const reader = readRow<ConsentField>(sheetRow, header, context.mapping, field => t(`import.fields.${field}`))
  const { name, cellOf, text, problem, take } = reader
  const birthDate = take('birthDate', parseDate(cellOf('birthDate'), context.today), '')
  const match = name ? matchPerson(context.people, name, birthDate) : undefined
  if (!name)
    problem('name', 'missing_name')
  else if (match && 'problem' in match)
    problem(match.problem === 'person_not_found_born' ? 'birthDate' : 'name', match.problem, { limit: match.count })

  const guardianName = text('guardianName')
  const date = take('date', parseDate(cellOf('date'), context.today), '', { date_out_of_range: 'date_in_future' })
  if (!text('date'))
    problem('date', 'missing_date')
  const anyDate = (field: ConsentField) => take(field, parseDate(cellOf(field)), '', { date_out_of_range: 'invalid_date' })
  const draft: Omit<RecordFields<Consent>, 'personId'> = {
    kind: take('kind', parseKind(cellOf('kind'), text('agreementNumber') !== ''), 'pdn'),
    signedBy: take('signedBy', parseSigner(cellOf('signedBy'), guardianName !== ''), 'self'),
    guardianName,
    date,
    documentRef: text('documentRef'),
    withdrawnDate: '',
    validFrom: anyDate('validFrom'),
    validUntil: anyDate('validUntil'),
    agreementNumber: text('agreementNumber'),
    agreementDate: anyDate('agreementDate'),
    payBasis: text('payBasis'),
  }
  const person = match && 'person' in match ? match.person : undefined
  const checked = v.safeParse(ConsentFields, { ...draft, personId: person?.id ?? '' })
  for (const issue of checked.success ? [] : checked.issues) {
    const field = issue.path?.[0]?.key as ConsentField | 'personId' | undefined
    // No person is told at the name, a date at its column, and so is a cell that could not be read.
    if (!field || field === 'personId' || field === 'date' || (issue.message === 'required' && text(field) !== ''))
      continue
    problem(field, issueCode(field, issue.message), typeof issue.requirement === 'number' ? { limit: issue.requirement } : {})
  }
  const rule = person ? signerRule(draft, person) : {}
  const age = { limit: person ? ageOn(person.birthDate, draft.date) ?? 0 : 0 }
  if (rule.problem)
    problem('signedBy', rule.problem, age)
  const problems = reader.problems()
  if (problems.length || !checked.success || !person)
    return { record: null, problems }
  const warnings = [
    ...match && 'undatedCard' in match ? [reader.note('birthDate', 'birth_date_not_on_card', { value: person.name })] : [],
    ...rule.warning ? [reader.note('signedBy', 'guardian_wanted', { ...age, value: person.name })] : [],
  ]
  return { record: { consent: checked.output, person }, problems, warnings }
}
