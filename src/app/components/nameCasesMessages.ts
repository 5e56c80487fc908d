import { addMessages } from '../i18n/index.ts'

/** A name's forms in the cases, corrected once for every document (NameCases.vue). */
const ru = {
  title: 'В падежах для документов: {name}',
  unsureTag: 'проверьте',
  hint: 'Так «{name}» склоняется в приказах и соглашениях. Пустое поле — по правилам (видно в поле серым); впишите свою форму, если правила ошиблись. Исправление действует во всех документах, пока ФИО не изменится.',
  unsure: 'Правила не смогли просклонять это ФИО: впишите формы сами.',
  genitive: 'Родительный: кого?',
  dative: 'Дательный: кому?',
  accusative: 'Винительный: кого?',
  instrumental: 'Творительный: кем?',
  prepositional: 'Предложный: о ком?',
}

const en: typeof ru = {
  title: 'In its cases, for documents: {name}',
  unsureTag: 'check',
  hint: 'This is how «{name}» is declined in orders and agreements. An empty field follows the rules (shown greyed); type your own form where the rules are wrong. The correction holds in every document until the name changes.',
  unsure: 'The rules could not decline this name: type its forms yourself.',
  genitive: 'Genitive: of whom?',
  dative: 'Dative: to whom?',
  accusative: 'Accusative: whom?',
  instrumental: 'Instrumental: by whom?',
  prepositional: 'Prepositional: about whom?',
}

declare module '../i18n/messages.ts' {
  interface Namespaces { nameCases: typeof ru }
}

addMessages('nameCases', { ru, en })
