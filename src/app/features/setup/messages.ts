import { addMessages } from '../../i18n/index.ts'

/** The first start of a new server: the school and its curator. */
const ru = {
  title: 'Первый запуск',
  intro: 'На сервере ещё нет школы. Создайте её и учётную запись куратора.',
  schoolName: 'Название школы',
  curatorName: 'ФИО куратора',
  login: 'Логин',
  loginHint: 'Латинские буквы, цифры, точка, дефис; от 3 символов',
  password: 'Пароль',
  passwordHint: 'Не короче 8 символов и не из распространённых: например, три-четыре несвязанных слова',
  token: 'Код установки',
  tokenHint: 'Его напечатал сервер в консоли при запуске (npm start)',
  submit: 'Создать школу',
}

const en: typeof ru = {
  title: 'First run',
  intro: 'This server has no school yet. Create it and the curator\'s account.',
  schoolName: 'School name',
  curatorName: 'Curator\'s full name',
  login: 'Login',
  loginHint: 'Latin letters, digits, dot, hyphen; 3 characters or more',
  password: 'Password',
  passwordHint: 'At least 8 characters, and not a common one: three or four unrelated words, for example',
  token: 'Setup code',
  tokenHint: 'The server printed it to its console at start (npm start)',
  submit: 'Create the school',
}

declare module '../../i18n/messages.ts' {
  interface Namespaces { setup: typeof ru }
}

addMessages('setup', { ru, en })
