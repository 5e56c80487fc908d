import { addMessages } from '../../../i18n/index.ts'

/** The curator's journal of meetings: its words load with its lazy chunk, off the mentor's first screen. */
const ru = {
  title: 'Журнал встреч',
  print: 'Журнал для печати',
  program: 'Программа',
  anyProgram: 'Все программы',
  month: 'Месяц',
  schoolYear: '{year} учебный год',
  anyMonth: 'За всё время',
  search: 'Поиск по ФИО и теме',
  loading: 'Загружаем встречи…',
  none: 'Встреч пока нет. Наставники записывают их в своих парах, а встречи из бумажного журнала вносит куратор: выберите пару выше.',
  pair: 'Пара для новой встречи',
  choosePair: 'Выберите пару…',
  toForm: 'К форме встречи',
  mentor: 'Наставник',
  mentees: 'Наставляемые',
  selected: { one: 'Выбрана {n} встреча', few: 'Выбраны {n} встречи', many: 'Выбрано {n} встреч', other: 'Выбрано {n} встречи' },
  meetingOf: 'встреча {date}, {who}',
  absent: 'не было: {names}',
}

const en: typeof ru = {
  title: 'Meetings journal',
  print: 'Journal to print',
  program: 'Programme',
  anyProgram: 'All programmes',
  month: 'Month',
  schoolYear: 'School year {year}',
  anyMonth: 'All time',
  search: 'Search by name or topic',
  loading: 'Loading meetings…',
  none: 'No meetings yet. Mentors log them in their pairs; a curator enters those of a paper journal: choose the pair above.',
  pair: 'Pair of the new meeting',
  choosePair: 'Choose a pair…',
  toForm: 'To the meeting form',
  mentor: 'Mentor',
  mentees: 'Mentees',
  selected: { one: '{n} meeting selected', few: '{n} meetings selected', many: '{n} meetings selected', other: '{n} meetings selected' },
  meetingOf: 'meeting of {date}, {who}',
  absent: 'absent: {names}',
}

declare module '../../../i18n/messages.ts' {
  interface Namespaces { journal: typeof ru }
}

addMessages('journal', { ru, en })
