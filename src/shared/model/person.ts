import * as v from 'valibot'
import { MAX_EXPERIENCE_YEARS } from '../limits.ts'
import { crossCheck, FlagField, IdField, OptionalCalendarDateField, optionalText, requiredText, TagListField } from './fields.ts'
import { type NameForms, NameFormsField } from './nameForms.ts'
import type { RecordFields, SyncRecord } from './record.ts'

export const PERSON_CATEGORIES = ['student', 'teacher', 'young_specialist', 'college_student', 'partner_employee', 'graduate'] as const
export type PersonCategory = typeof PERSON_CATEGORIES[number]

/**
 * квалификационная категория педагога ('' = not stated): без категории, соответствие занимаемой должности
 * (аттестация), первая, высшая, and the two added by Приказ Минпросвещения № 196 (2023): педагог-методист,
 * педагог-наставник.
 */
export const QUALIFICATIONS = ['', 'none', 'compliance', 'first', 'highest', 'methodist', 'mentor'] as const
export type Qualification = typeof QUALIFICATIONS[number]

/**
 * участник: one card for a person across programs and years. A former mentee who becomes a mentor
 * keeps the same card (долгосрочная база наставников); the roles are flags, not separate records.
 */
export interface Person extends SyncRecord {
  name: string
  category: PersonCategory
  classGroup: string
  birthDate: string
  ovz: 0 | 1
  gifted: 0 | 1
  competencies: string[]
  requests: string[]
  isMentor: 0 | 1
  isMentee: 0 | 1
  notes: string
  /** The partner organisation a mentor comes from; '' for the school's own people. */
  partnerId: string
  /** должность («учитель математики», «инженер-технолог»). */
  position: string
  /** предмет or направление («математика», «робототехника»). */
  subject: string
  /** стаж педагогический and общий, in full years; null when unknown. */
  teachingYears: number | null
  totalYears: number | null
  qualification: Qualification
  /** методическое объединение («МО учителей естественно-научного цикла»). */
  methodUnion: string
  /** The name in the cases where the curator corrected the rules, for every document (absent: none corrected). */
  nameForms?: NameForms
  /**
   * 1 once the server erased the personal fields (152-ФЗ): the card stays, nameless, so counts stay right.
   * Only the server sets it (`POST /api/people/:id/erase`); a device never can.
   */
  erased: 0 | 1
}

const Years = v.nullable(v.pipe(v.number(), v.integer('whole_number'), v.minValue(0, 'out_of_range'), v.maxValue(MAX_EXPERIENCE_YEARS, 'experience_range')))

export const PersonObject = v.object({
  name: v.pipe(requiredText(200), v.minLength(2, 'required')),
  category: v.picklist(PERSON_CATEGORIES),
  classGroup: optionalText(40),
  birthDate: OptionalCalendarDateField,
  ovz: FlagField,
  gifted: FlagField,
  competencies: TagListField,
  requests: TagListField,
  isMentor: FlagField,
  isMentee: FlagField,
  notes: optionalText(5000),
  // Added after the first release: optional with a default, so older records still pass the full check.
  partnerId: v.optional(v.union([v.literal(''), IdField]), ''),
  erased: v.optional(FlagField, 0),
  position: v.optional(optionalText(200), ''),
  subject: v.optional(optionalText(200), ''),
  teachingYears: v.optional(Years, null),
  totalYears: v.optional(Years, null),
  qualification: v.optional(v.picklist(QUALIFICATIONS), ''),
  methodUnion: v.optional(optionalText(200), ''),
  nameForms: v.optional(NameFormsField),
})

export const PersonFields = v.pipe(
  PersonObject,
  crossCheck('teachingYears', ['totalYears'], p => p.teachingYears === null || p.totalYears === null || p.teachingYears <= p.totalYears, 'teaching_over_total'),
) satisfies v.GenericSchema<unknown, RecordFields<Person>>

/** What a mentor's phone may hold of a mentee: name, class and requests, nothing else (DESIGN: minimum on each device). */
export const MENTOR_VISIBLE_PERSON_FIELDS = ['name', 'category', 'classGroup', 'requests', 'isMentor', 'isMentee'] as const satisfies ReadonlyArray<keyof Person>

/** A card's work fields before anything is known of them: a new card's, an erased card's, an older record's. */
export const NO_WORK = {
  position: '',
  subject: '',
  teachingYears: null,
  totalYears: null,
  qualification: '',
  methodUnion: '',
} as const satisfies Partial<RecordFields<Person>>

/** What an erased card keeps in place of the name. */
export const ERASED_PERSON_NAME = 'Участник удалён'

/**
 * The card after erasure: what identifies or describes the person goes (in a small school a position with its
 * subject and стаж is a name); what the indicators count stays (category, roles, partner) — and of the birth date only the year, as its last day, so «under 18» still
 * counts the person in every year but (at most) the one of their 18th birthday.
 */
export function erasedPerson(person: RecordFields<Person>): RecordFields<Person> {
  return {
    ...person,
    name: ERASED_PERSON_NAME,
    classGroup: '',
    birthDate: person.birthDate ? `${person.birthDate.slice(0, 4)}-12-31` : '',
    ovz: 0,
    gifted: 0,
    competencies: [],
    requests: [],
    notes: '',
    ...NO_WORK,
    nameForms: { of: '' },
    erased: 1,
  }
}
