import { addMessages } from '../../i18n/index.ts'

/** The partner organisations' registry: the curator's words, loaded with its pages and the person's card. */
const ru = {
  title: 'Организации-партнёры',
  add: 'Добавить организацию',
  edit: 'Организация-партнёр',
  name: 'Название',
  agreementNumber: 'Номер соглашения',
  agreementDate: 'Дата соглашения',
  contact: 'Контактное лицо, телефон',
  notes: 'Заметки',
  empty: 'Партнёров пока нет. Это организации, откуда приходят наставники: предприятия, вузы, колледжи, НКО.',
  mentors: { one: '{n} наставник', few: '{n} наставника', many: '{n} наставников', other: '{n} наставника' },
  agreement: 'соглашение № {number} от {date}',
  none: 'Сотрудник школы',
  field: 'Организация-партнёр',
  notFound: 'Организация не найдена',
  agreementNumberHint: 'Без «№»: например, 12/Н-2026',
  addMentor: 'Добавить наставника от этой организации',
  mentorsColumn: 'Наставники',
}

const en: typeof ru = {
  title: 'Partner organisations',
  add: 'Add an organisation',
  edit: 'Partner organisation',
  name: 'Name',
  agreementNumber: 'Agreement number',
  agreementDate: 'Agreement date',
  contact: 'Contact person, phone',
  notes: 'Notes',
  empty: 'No partners yet. These are the organisations mentors come from: companies, universities, colleges, NGOs.',
  mentors: { one: '{n} mentor', few: '{n} mentors', many: '{n} mentors', other: '{n} mentors' },
  agreement: 'agreement No. {number} of {date}',
  none: 'School staff',
  field: 'Partner organisation',
  notFound: 'Organisation not found',
  agreementNumberHint: 'Without «№»: e.g. 12/Н-2026',
  addMentor: 'Add a mentor from this organisation',
  mentorsColumn: 'Mentors',
}

declare module '../../i18n/messages.ts' {
  interface Namespaces { partners: typeof ru }
}

addMessages('partners', { ru, en })
