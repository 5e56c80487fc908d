import { addMessages } from '../i18n/index.ts'

/** The desktop tables' selection words: they load with the curator's tables, off the mentor's first screen. */
const ru = {
  select: 'Выбрать: {row}',
  selectShown: 'Выбрать все показанные строки',
  clear: 'Снять выбор',
  export: 'Выгрузить выбранные в Excel',
  exported: { one: 'В файл выгружена {n} строка', few: 'В файл выгружены {n} строки', many: 'В файл выгружено {n} строк', other: 'В файл выгружено {n} строки' },
}

const en: typeof ru = {
  select: 'Select: {row}',
  selectShown: 'Select all rows shown',
  clear: 'Clear the selection',
  export: 'Export the selected to Excel',
  exported: { one: '{n} row exported', few: '{n} rows exported', many: '{n} rows exported', other: '{n} rows exported' },
}

declare module '../i18n/messages.ts' {
  interface Namespaces { bulk: typeof ru }
}

addMessages('bulk', { ru, en })
