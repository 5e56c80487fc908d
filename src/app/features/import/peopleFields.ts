import type { FieldColumns } from './mapping.ts'

/** What a column of a people file can hold: a Person field, or a part of the name when the file splits it. */
const PERSON_FIELDS = [
  'name', 'lastName', 'firstName', 'middleName', 'category', 'classGroup', 'birthDate',
  'ovz', 'gifted', 'role', 'competencies', 'requests', 'notes',
  'position', 'subject', 'teachingYears', 'totalYears', 'qualification', 'methodUnion', 'partner',
] as const
export type PersonField = typeof PERSON_FIELDS[number]

/**
 * Header names met in school exports («Сетевой город», 1С, hand-made lists), normalised. An exact match beats
 * a header that merely contains one («ФИО обучающегося» contains «фио»).
 */
const SYNONYMS: Record<PersonField, readonly string[]> = {
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
  partner: ['организация партнер', 'партнер', 'организация партнер наставника', 'partner organisation', 'partner'],
}

export const PERSON_COLUMNS: FieldColumns<PersonField> = { fields: PERSON_FIELDS, synonyms: SYNONYMS }
