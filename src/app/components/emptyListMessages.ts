import { addMessages } from '../i18n/index.ts'

/** A registry's words when it shows no row (EmptyList.vue): they load with the registries, off the mentor's first screen. */
const ru = {
  noMatch: 'Ничего не нашлось по этим условиям.',
  reset: 'Сбросить поиск и фильтры',
}

const en: typeof ru = {
  noMatch: 'Nothing matches these conditions.',
  reset: 'Clear the search and filters',
}

declare module '../i18n/messages.ts' {
  interface Namespaces { emptyList: typeof ru }
}

addMessages('emptyList', { ru, en })
