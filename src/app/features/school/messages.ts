import { addMessages } from '../../i18n/index.ts'

/** The school's requisites, as the curator types them once for every document. */
const ru = {
  title: 'Реквизиты школы',
  intro: 'Эти данные попадают в шапку и подпись каждого документа: приказа, справки, соглашения. Заполните их один раз.',
  fullName: 'Полное наименование',
  fullNameHint: 'Как в уставе: Муниципальное бюджетное общеобразовательное учреждение «…»',
  shortName: 'Краткое наименование',
  address: 'Адрес',
  city: 'Населённый пункт',
  cityHint: 'Пишется в документах над датой: г. Калуга',
  directorName: 'Руководитель (ФИО)',
  directorPosition: 'Должность руководителя',
  directorPositionHint: 'Директор, заведующий, ректор',
  curatorName: 'Куратор наставничества (ФИО)',
  curatorPosition: 'Должность куратора',
  curatorPositionHint: 'Например: заместитель директора по учебно-воспитательной работе',
  saved: 'Реквизиты сохранены',
}

const en: typeof ru = {
  title: 'School requisites',
  intro: 'These go into the header and signature of every document: the order, the report, the agreement. Fill them in once.',
  fullName: 'Full name',
  fullNameHint: 'As in the charter',
  shortName: 'Short name',
  address: 'Address',
  city: 'City or town',
  cityHint: 'Printed above the date',
  directorName: 'Head (full name)',
  directorPosition: 'Head\'s position',
  directorPositionHint: 'Director, head teacher, rector',
  curatorName: 'Mentoring curator (full name)',
  curatorPosition: 'Curator\'s position',
  curatorPositionHint: 'E.g. deputy director',
  saved: 'Requisites saved',
}

declare module '../../i18n/messages.ts' {
  interface Namespaces { school: typeof ru }
}

addMessages('school', { ru, en })
