import { addMessages } from '../../i18n/index.ts'

/** The awards registry's words: curator-side only, so they load with its chunk. */
const ru = {
  title: 'Поощрения',
  add: 'Добавить поощрение',
  edit: 'Поощрение',
  person: 'Кого поощрили',
  choosePerson: 'Выберите участника…',
  program: 'Программа',
  noProgram: 'Без программы (наставничество в целом)',
  anyProgram: 'Любая программа',
  kind: 'Вид',
  anyKind: 'Любой вид',
  kinds: { certificate: 'грамота', gratitude: 'благодарность', letter: 'благодарственное письмо', diploma: 'диплом', other: 'другое' },
  date: 'Дата',
  basis: 'Основание',
  basisHint: 'Например: «Приказ № 45 от 20.05.2025»',
  notes: 'Заметки',
  search: 'Поиск по ФИО',
  filters: 'Фильтры',
  empty: 'Поощрений пока нет. Здесь отмечают благодарности, грамоты и премии наставникам: они идут в справку и показатели.',
  count: { one: '{n} поощрение', few: '{n} поощрения', many: '{n} поощрений', other: '{n} поощрения' },
  delete: 'Удалить',
  confirmDelete: 'Удалить это поощрение?',
  notFound: 'Поощрение не найдено',
  ofPerson: 'Поощрения',
  selected: { one: 'Выбрано {n} поощрение', few: 'Выбрано {n} поощрения', many: 'Выбрано {n} поощрений', other: 'Выбрано {n} поощрения' },
}

const en: typeof ru = {
  title: 'Awards',
  add: 'Add an award',
  edit: 'Award',
  person: 'Awarded to',
  choosePerson: 'Choose a participant…',
  program: 'Programme',
  noProgram: 'No programme (mentoring as a whole)',
  anyProgram: 'Any programme',
  kind: 'Kind',
  anyKind: 'Any kind',
  kinds: { certificate: 'certificate of honour', gratitude: 'acknowledgement', letter: 'letter of thanks', diploma: 'diploma', other: 'other' },
  date: 'Date',
  basis: 'Basis',
  basisHint: 'For example: «Order No. 45 of 20.05.2025»',
  notes: 'Notes',
  search: 'Search by name',
  filters: 'Filters',
  empty: 'No awards yet. Thanks, diplomas and bonuses to mentors are kept here: they go into the report and the indicators.',
  count: { one: '{n} award', few: '{n} awards', many: '{n} awards', other: '{n} awards' },
  delete: 'Delete',
  confirmDelete: 'Delete this award?',
  notFound: 'Award not found',
  ofPerson: 'Awards',
  selected: { one: '{n} award selected', few: '{n} awards selected', many: '{n} awards selected', other: '{n} awards selected' },
}

declare module '../../i18n/messages.ts' {
  interface Namespaces { awards: typeof ru }
}

addMessages('awards', { ru, en })
