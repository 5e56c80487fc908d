import { addMessages } from '../../i18n/index.ts'

/** The pairs' registry, their form and mentor matching (curator and observer), loaded with their chunk. */
const ru = {
  title: 'Пары и группы',
  add: 'Новая пара',
  edit: 'Пара',
  program: 'Программа',
  mentor: 'Наставник',
  mentees: 'Наставляемые',
  startDate: 'Начало',
  plannedEndDate: 'Плановое окончание',
  status: 'Состояние',
  statuses: { active: 'работает', completed: 'завершена', dissolved: 'расформирована' },
  endReason: 'Причина',
  empty: 'Пар пока нет.',
  noPrograms: 'Сначала создайте программу.',
  noMentors: 'В базе нет наставников: отметьте роль «Наставник» в карточке участника.',
  choose: 'Выберите…',
  suggestions: 'Подходящие наставники',
  matches: 'совпадает с запросами: {matched}',
  load: 'пар сейчас: {load}',
  noMatch: 'нет совпадений с запросами',
  choose_: 'Выбрать',
  noConsent: 'нет согласия',
  unpaired: 'Наставляемые без наставника',
  findMentor: 'Подобрать наставника',
  history: 'Участие в программах',
  asMentor: 'наставник',
  asMentee: 'наставляемый',
  count: { one: '{n} пара', few: '{n} пары', many: '{n} пар', other: '{n} пары' },
  /** The plan editor on the curator's pair form; the mentor's plan list keeps its words global. */
  plan: {
    itemTitle: 'Пункт плана',
    dueDate: 'Срок пункта «{title}»',
    status: 'Состояние пункта «{title}»',
    result: 'Результат',
    resultOf: 'Результат пункта «{title}»',
    newItem: 'Новый пункт плана',
    add: 'Добавить пункт',
    confirmRemove: 'Удалить пункт «{title}» из плана?',
  },
}

const en: typeof ru = {
  title: 'Pairs and groups',
  add: 'New pair',
  edit: 'Pair',
  program: 'Programme',
  mentor: 'Mentor',
  mentees: 'Mentees',
  startDate: 'Start',
  plannedEndDate: 'Planned end',
  status: 'State',
  statuses: { active: 'active', completed: 'completed', dissolved: 'dissolved' },
  endReason: 'Reason',
  empty: 'No pairs yet.',
  noPrograms: 'Create a programme first.',
  noMentors: 'No mentors yet: tick the «Mentor» role on a participant\'s card.',
  choose: 'Choose…',
  suggestions: 'Suitable mentors',
  matches: 'meets requests: {matched}',
  load: 'pairs now: {load}',
  noMatch: 'no match with the requests',
  choose_: 'Choose',
  noConsent: 'no consent',
  unpaired: 'Mentees without a mentor',
  findMentor: 'Find a mentor',
  history: 'Programmes taken part in',
  asMentor: 'mentor',
  asMentee: 'mentee',
  count: { one: '{n} pair', few: '{n} pairs', many: '{n} pairs', other: '{n} pairs' },
  plan: {
    itemTitle: 'Plan item',
    dueDate: 'Due date of «{title}»',
    status: 'State of «{title}»',
    result: 'Result',
    resultOf: 'Result of «{title}»',
    newItem: 'New plan item',
    add: 'Add an item',
    confirmRemove: 'Remove «{title}» from the plan?',
  },
}

declare module '../../i18n/messages.ts' {
  interface Namespaces { pairs: typeof ru }
}

addMessages('pairs', { ru, en })
