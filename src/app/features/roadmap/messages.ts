import { addMessages } from '../../i18n/index.ts'

/** The roadmap's words (curator and observer), loaded with its chunk; the pair's plan editor and monitoring borrow a few. */
const ru = {
  title: 'Дорожная карта',
  open: 'Дорожная карта',
  stage: 'Этап {n}',
  add: 'Добавить мероприятие',
  titleField: 'Мероприятие',
  deadline: 'Срок',
  responsible: 'Ответственные',
  resultDocument: 'Результат (документ)',
  status: 'Состояние',
  statuses: { planned: 'запланировано', in_progress: 'выполняется', done: 'выполнено' },
  overdue: 'просрочено',
  up: 'Выше',
  down: 'Ниже',
  edit: 'Изменить',
  remove: 'Удалить',
  confirmRemove: 'Удалить мероприятие «{title}»?',
  progress: 'Выполнено {done} из {total}',
  overdueCount: { one: '{n} мероприятие просрочено', few: '{n} мероприятия просрочено', many: '{n} мероприятий просрочено', other: '{n} мероприятия просрочено' },
}

const en: typeof ru = {
  title: 'Roadmap',
  open: 'Roadmap',
  stage: 'Stage {n}',
  add: 'Add an event',
  titleField: 'Event',
  deadline: 'Deadline',
  responsible: 'Responsible',
  resultDocument: 'Result (document)',
  status: 'State',
  statuses: { planned: 'planned', in_progress: 'in progress', done: 'done' },
  overdue: 'overdue',
  up: 'Up',
  down: 'Down',
  edit: 'Edit',
  remove: 'Remove',
  confirmRemove: 'Remove the event «{title}»?',
  progress: '{done} of {total} done',
  overdueCount: { one: '{n} event overdue', few: '{n} events overdue', many: '{n} events overdue', other: '{n} events overdue' },
}

declare module '../../i18n/messages.ts' {
  interface Namespaces { roadmap: typeof ru }
}

addMessages('roadmap', { ru, en })
