import { addMessages } from '../../i18n/index.ts'

/** The programme registry's words: curator-only, loaded with its chunk. */
const ru = {
  title: 'Программы наставничества',
  empty: 'Программ пока нет. Создайте первую: её сохранит это устройство, даже без сети.',
  add: 'Новая программа',
  edit: 'Изменить программу',
  name: 'Название',
  form: 'Форма наставничества',
  formHint: 'Выберите из списка или впишите свою форму',
  curators: 'Куратор(ы) программы',
  startDate: 'Начало',
  endDate: 'Окончание',
  goals: 'Цели и задачи',
  roleVariation: 'Ролевая модель',
  roleVariationHint: 'Например: «опытный педагог – молодой специалист»',
  statusLabel: 'Состояние',
  state: { planned: 'Планируется', running: 'Идёт', finished: 'Завершена', suspended: 'Приостановлена', closed_early: 'Закрыта досрочно' },
  /** The curator's choice in the form; 'active' leaves the state to the dates. */
  override: { active: 'По датам', suspended: 'Приостановлена', closed_early: 'Закрыта досрочно' },
  stateNow: 'Сейчас: {state}',
  period: '{start} — {end}',
  count: { one: '{n} программа', few: '{n} программы', many: '{n} программ', other: '{n} программы' },
  notFound: 'Программа не найдена',
  addMentor: 'Добавить наставника',
  addMentee: 'Добавить наставляемого',
  search: 'Поиск по названию',
  pairs: 'Пары',
  meetingKinds: 'Виды встреч',
  meetingKindsHint: 'Отметьте встречи, которые предусматривает дорожная карта программы. Если школа называет встречу иначе, впишите своё название: так её покажут телефон наставника, журнал и документы.',
  kindName: 'Как школа называет «{kind}»',
  kindNamePlaceholder: 'как называет школа',
  plannedHeld: 'Отмечены встречи, которые называет дорожная карта на {period}.',
  plannedOffer: 'Дорожная карта на {period} называет встречи: {kinds}.',
  takePlanned: 'Отметить как в дорожной карте',
}

const en: typeof ru = {
  title: 'Mentoring programmes',
  empty: 'No programmes yet. Create the first one: this device keeps it, even offline.',
  add: 'New programme',
  edit: 'Edit programme',
  name: 'Name',
  form: 'Form of mentoring',
  formHint: 'Choose from the list or type your own form',
  curators: 'Programme curator(s)',
  startDate: 'Start',
  endDate: 'End',
  goals: 'Goals and tasks',
  roleVariation: 'Role model',
  roleVariationHint: 'E.g. «experienced teacher – young specialist»',
  statusLabel: 'State',
  state: { planned: 'Planned', running: 'Running', finished: 'Finished', suspended: 'Suspended', closed_early: 'Closed early' },
  override: { active: 'By its dates', suspended: 'Suspended', closed_early: 'Closed early' },
  stateNow: 'Now: {state}',
  period: '{start} — {end}',
  count: { one: '{n} programme', few: '{n} programmes', many: '{n} programmes', other: '{n} programmes' },
  notFound: 'Programme not found',
  addMentor: 'Add a mentor',
  addMentee: 'Add a mentee',
  search: 'Search by name',
  pairs: 'Pairs',
  meetingKinds: 'Kinds of meetings',
  meetingKindsHint: 'Tick the meetings the programme\'s roadmap plans. Where the school calls a meeting otherwise, type its name: the mentor\'s phone, the journal and the documents will use it.',
  kindName: 'What the school calls «{kind}»',
  kindNamePlaceholder: 'as the school calls it',
  plannedHeld: 'The meetings the roadmap for {period} names are ticked.',
  plannedOffer: 'The roadmap for {period} names these meetings: {kinds}.',
  takePlanned: 'Tick them as the roadmap does',
}

declare module '../../i18n/messages.ts' {
  interface Namespaces { programs: typeof ru }
}

addMessages('programs', { ru, en })
