import { addMessages } from '../../i18n/index.ts'

/** The best-practice registry's words: curator-side only, so they load with its chunk. */
const ru = {
  title: 'Лучшие практики',
  add: 'Добавить практику',
  edit: 'Практика наставничества',
  name: 'Название',
  description: 'Описание',
  descriptionHint: 'Что сделали, с кем, что получилось — так, чтобы другие могли повторить',
  program: 'Программа',
  choose: 'Выберите…',
  anyProgram: 'Любая программа',
  pair: 'Пара',
  wholeProgram: 'Вся программа',
  date: 'Дата',
  files: 'Материалы',
  filesHint: 'Каждая ссылка или путь к файлу с новой строки: где школа хранит презентацию, конспект, видео',
  search: 'Поиск по названию',
  empty: 'Практик пока нет. Сюда вносят удачные практики пар: для конкурсов, сайта школы и отчёта.',
  count: { one: '{n} практика', few: '{n} практики', many: '{n} практик', other: '{n} практики' },
  delete: 'Удалить',
  confirmDelete: 'Удалить практику «{title}»?',
  notFound: 'Практика не найдена',
  selected: { one: 'Выбрана {n} практика', few: 'Выбраны {n} практики', many: 'Выбрано {n} практик', other: 'Выбрано {n} практики' },
}

const en: typeof ru = {
  title: 'Best practices',
  add: 'Add a practice',
  edit: 'Mentoring practice',
  name: 'Title',
  description: 'Description',
  descriptionHint: 'What was done, with whom, what came of it — so that others can repeat it',
  program: 'Programme',
  choose: 'Choose…',
  anyProgram: 'Any programme',
  pair: 'Pair',
  wholeProgram: 'The whole programme',
  date: 'Date',
  files: 'Materials',
  filesHint: 'One link or file path per line: where the school keeps the slides, notes, video',
  search: 'Search by title',
  empty: 'No practices yet. The pairs\' successful practices go here: for contests, the school\'s site and the report.',
  count: { one: '{n} practice', few: '{n} practices', many: '{n} practices', other: '{n} practices' },
  delete: 'Delete',
  confirmDelete: 'Delete the practice «{title}»?',
  notFound: 'Practice not found',
  selected: { one: '{n} practice selected', few: '{n} practices selected', many: '{n} practices selected', other: '{n} practices selected' },
}

declare module '../../i18n/messages.ts' {
  interface Namespaces { practices: typeof ru }
}

addMessages('practices', { ru, en })
