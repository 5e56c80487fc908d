import type { Person } from '#shared/model/person'
import type { RecordFields } from '#shared/model/record'
import { t } from '../../i18n/index.ts'
import './messages.ts'
import '../people/messages.ts'
import { db } from '../../db/index.ts'
import { defaultCategory } from '../../data/personDefaults.ts'
import { programFormsFor } from '../../data/programs.ts'
import { CHUNK_ROWS, writeRecords } from './commit.ts'
import { nameKey } from './columns.ts'
import { holdsQualifications } from './cells.ts'
import { assign, hasName } from './mapping.ts'
import PeopleImportDefaults from './PeopleImportDefaults.vue'
import { PERSON_COLUMNS, type PersonField } from './peopleFields.ts'
import { dotted } from './preview.ts'
import type { ImportTarget } from './target.ts'
import { checkSheet, type PeopleDefaults } from './validate.ts'

function roleLabel(person: RecordFields<Person>): string {
  const key = person.isMentor && person.isMentee ? 'both' : person.isMentor ? 'mentor' : person.isMentee ? 'mentee' : 'none'
  return t(`import.roles.${key}`)
}

/** The school's list of participants → new cards; repeats (same name and birth date) only when ticked. */
export const peopleImport: ImportTarget<PersonField, RecordFields<Person>, PeopleDefaults> = {
  kind: 'people',
  columns: PERSON_COLUMNS,
  preview: ['name', 'category', 'classGroup', 'birthDate', 'role'],
  show: person => ({
    name: person.name,
    category: t(`people.categories.${person.category}`),
    classGroup: person.classGroup,
    birthDate: dotted(person.birthDate),
    role: roleLabel(person),
  }),
  options: () => ({ defaultCategory: 'student', defaultRole: 'category' }),
  // A school of «педагог – педагог» programmes loads педагоги, as a new card would start, each on the side its forms place it.
  suggestedOptions: async (options) => {
    const programForms = await programFormsFor()
    return { ...options, defaultCategory: defaultCategory({ programForms }), programForms }
  },
  defaults: PeopleImportDefaults,
  // A list of teachers says «Категория» for the qualification: its cells (высшая, первая, без категории) tell, where
  // every row of seed 004's list failed as an unknown participant's category.
  byCells: (sheet, mapping) => {
    const column = mapping.category
    const misread = column !== undefined && mapping.qualification === undefined && holdsQualifications(sheet.rows.map(row => row.cells[column] ?? ''))
    return misread ? assign(mapping, column, 'qualification') : mapping
  },
  ready: hasName,
  async check(sheet, mapping, options, today) {
    const [existing, partners] = await Promise.all([db.people.where('deleted').equals(0).toArray(), db.partners.where('deleted').equals(0).toArray()])
    return checkSheet(sheet, { mapping, ...options, today, partners: new Map(partners.map(p => [nameKey(p.name), p.id])) }, existing)
  },
  async write(people, onProgress) {
    await writeRecords(db, 'people', people, { chunk: CHUNK_ROWS, onProgress })
  },
  tickRepeats: true,
}
