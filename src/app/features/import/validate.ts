import type { Person, PersonCategory } from '#shared/model/person'
import type { RecordFields } from '#shared/model/record'
import { type ImportCheck, tally } from './check.ts'
import { columnName, nameKey } from './columns.ts'
import type { Mapping } from './mapping.ts'
import type { Sheet } from './parse.ts'
import type { PersonField } from './peopleFields.ts'
import { checkRow } from './row.ts'

/** 'category': the role a new card of the row's category starts with (data/personDefaults.ts). */
export type DefaultRole = 'category' | 'mentee' | 'mentor' | 'both' | 'none'

/** For rows whose category or role cell is empty, or files without such a column. */
export interface PeopleDefaults {
  defaultCategory: PersonCategory
  defaultRole: DefaultRole
  /** The school's programmes' forms: «по категории» places a category as they do (a young specialist a mentee). */
  programForms?: readonly string[]
}

export interface ImportOptions extends PeopleDefaults {
  mapping: Mapping<PersonField>
  /** The device's calendar day: a birth date after it is a typo. */
  today: string
  /** The school's partners by name (`nameKey`): a «Организация-партнёр» cell names one of them. */
  partners?: ReadonlyMap<string, string>
}

export type Existing = Iterable<Pick<Person, 'name' | 'birthDate'>>

/** Same person: same name (case, ё and spacing aside) and same birth date (both may be unknown). */
function personKey(person: Pick<Person, 'name' | 'birthDate'>): string {
  return `${nameKey(person.name)}|${person.birthDate}`
}

/** Checks every row of a people file and flags duplicates (same name and birth date) within it and against the registry. */
export function checkSheet(sheet: Sheet, options: ImportOptions, existing: Existing): ImportCheck<RecordFields<Person>> {
  const nameColumn = columnName(sheet.header, options.mapping.name ?? options.mapping.lastName)
  return tally(sheet, row => checkRow(row, sheet.header, options), {
    key: personKey,
    known: new Set([...existing].map(personKey)),
    inFile: (row, person, earlier) => ({ row, column: nameColumn, code: 'duplicate_in_file', value: person.name, otherRow: earlier }),
    existing: (row, person) => ({ row, column: nameColumn, code: 'duplicate_existing', value: person.name }),
  })
}
