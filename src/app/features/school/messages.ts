import { addMessages } from '../../i18n/index.ts'

/** The school's requisites, as the curator types them once for every document. */
const ru = {
  title: 'Реквизиты школы',
  intro: 'Эти данные попадают в шапку и подпись каждого документа: приказа, справки, соглашения. Заполните их один раз.',
  fullName: 'Полное наименование',
  fullNameHint: 'Как в уставе: Муниципальное бюджетное общеобразовательное учреждение «…»',
  shortName: 'Краткое наименование',
  cases: 'Наименование в документах',
  casesHint: 'Так «{name}» склоняется в приказах, справках и дорожной карте. Пустое поле — по правилам (видно в поле серым); впишите свою форму, если правила ошиблись. Исправление действует во всех документах.',
  namePrepositional: 'Предложный падеж: работает в ком? в чём?',
  nameGenitive: 'Родительный падеж: директор кого? чего?',
  unsure: 'Правила не смогли просклонять это наименование: впишите форму сами.',
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
  cases: 'The name in documents',
  casesHint: 'How «{name}» is declined in Russian orders, reports and the roadmap. Left empty, the rules decline it (shown in grey); type your own form where they are wrong. The correction applies to every document.',
  namePrepositional: 'Prepositional case: works at whom? at what?',
  nameGenitive: 'Genitive case: director of whom? of what?',
  unsure: 'The rules could not decline this name: type the form yourself.',
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
