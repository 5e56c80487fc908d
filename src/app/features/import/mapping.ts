import { searchable } from '#shared/search'

/** What a column of the file can hold: a Person field, or a part of the name when the file splits it. */
export const IMPORT_FIELDS = [
  'name', 'lastName', 'firstName', 'middleName', 'category', 'classGroup', 'birthDate',
  'ovz', 'gifted', 'role', 'competencies', 'requests', 'notes',
  'position', 'subject', 'teachingYears', 'totalYears', 'qualification', 'methodUnion',
] as const
export type ImportField = typeof IMPORT_FIELDS[number]

/** Field → index of the file's column. */
export type Mapping = Partial<Record<ImportField, number>>

/** Lower case, ё → е, punctuation to spaces: «Д.р.» and «д р», «Фамилия, имя, отчество» and «фамилия имя отчество» meet. */
export function normalizeHeader(text: string): string {
  return searchable(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

/**
 * Header names met in school exports («Сетевой город», 1С, hand-made lists), normalised. An exact match beats
 * a header that merely contains one («ФИО обучающегося» contains «фио»).
 */
const SYNONYMS: Record<ImportField, readonly string[]> = {
  name: ['фио', 'ф и о', 'фамилия имя отчество', 'фамилия имя', 'полное имя', 'full name', 'name'],
  lastName: ['фамилия', 'last name', 'surname'],
  firstName: ['имя', 'first name'],
  middleName: ['отчество', 'middle name', 'patronymic'],
  category: ['категория', 'категория участника', 'category'],
  classGroup: ['класс', 'группа', 'класс группа', 'класс или группа', 'class', 'group'],
  birthDate: ['дата рождения', 'д р', 'др', 'дата рожд', 'день рождения', 'birth date', 'date of birth'],
  ovz: ['овз', 'ограниченные возможности здоровья', 'с овз'],
  gifted: ['одаренный', 'одаренность', 'одаренные', 'gifted'],
  role: ['роль', 'роль в программе', 'наставник наставляемый', 'role'],
  competencies: ['компетенции', 'навыки', 'competencies'],
  requests: ['запросы', 'запрос', 'requests'],
  notes: ['заметки', 'примечание', 'примечания', 'комментарий', 'notes'],
  position: ['должность', 'занимаемая должность', 'position'],
  subject: ['предмет', 'предмет направление', 'направление', 'преподаваемый предмет', 'предметная область', 'subject'],
  // «Стаж» alone is the total; «педагогический стаж» is matched exactly first, so it goes to teachingYears.
  teachingYears: ['педагогический стаж', 'пед стаж', 'стаж педагогический', 'стаж педагогической работы', 'педстаж', 'teaching years'],
  totalYears: ['общий стаж', 'стаж общий', 'стаж', 'трудовой стаж', 'total years'],
  qualification: ['квалификационная категория', 'категория квалификационная', 'квалификация', 'qualification'],
  methodUnion: ['методическое объединение', 'мо', 'шмо', 'method union'],
}

function score(header: string, field: ImportField): number {
  const words = ` ${header} `
  let best = 0
  for (const synonym of SYNONYMS[field]) {
    if (header === synonym)
      return 3
    // Whole words only: «имя» must not match inside «наименование».
    if (words.includes(` ${synonym} `))
      best = Math.max(best, synonym.length > 3 ? 2 : 1)
  }
  return best
}

/** Pre-fills the mapping from the header row; every field and every column is used at most once. */
export function guessMapping(header: readonly string[]): Mapping {
  const candidates: Array<{ field: ImportField, column: number, score: number }> = []
  header.forEach((title, column) => {
    const normal = normalizeHeader(title)
    if (!normal)
      return
    for (const field of IMPORT_FIELDS) {
      const s = score(normal, field)
      if (s > 0)
        candidates.push({ field, column, score: s })
    }
  })
  candidates.sort((a, b) => b.score - a.score || a.column - b.column)
  const mapping: Mapping = {}
  const taken = new Set<number>()
  for (const { field, column } of candidates) {
    if (mapping[field] !== undefined || taken.has(column))
      continue
    mapping[field] = column
    taken.add(column)
  }
  return mapping
}

/** A name comes from the ФИО column, or else from surname and first name together. */
export function hasName(mapping: Mapping): boolean {
  return mapping.name !== undefined || (mapping.lastName !== undefined && mapping.firstName !== undefined)
}

/** Points a field at a column (or at none), freeing the field that column held before. */
export function assign(mapping: Mapping, column: number, field: ImportField | undefined): Mapping {
  const next: Mapping = {}
  for (const f of IMPORT_FIELDS) {
    const at = mapping[f]
    if (at !== undefined && at !== column && f !== field)
      next[f] = at
  }
  if (field)
    next[field] = column
  return next
}

/** Which field a column feeds, if any. */
export function fieldOf(mapping: Mapping, column: number): ImportField | undefined {
  return IMPORT_FIELDS.find(f => mapping[f] === column)
}
