import { addMessages } from '../../i18n/index.ts'

/** A mentor's or a student's sign-in by a one-time code. */
const ru = {
  title: 'Вход по коду',
  intro: 'Введите код, который выдал куратор, или код с карточки анкеты; можно и открыть ссылку из QR-кода.',
  code: 'Код',
  submit: 'Войти',
  working: 'Проверяем код…',
  byLogin: 'Куратор или наблюдатель?',
  byLoginLink: 'Вход по логину',
}

const en: typeof ru = {
  title: 'Sign in with a code',
  intro: 'Enter the code your curator gave you or the code on a survey card, or open the link from the QR code.',
  code: 'Code',
  submit: 'Sign in',
  working: 'Checking the code…',
  byLogin: 'A curator or an observer?',
  byLoginLink: 'Sign in with a login',
}

declare module '../../i18n/messages.ts' {
  interface Namespaces { enroll: typeof ru }
}

addMessages('enroll', { ru, en })
