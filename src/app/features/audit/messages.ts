import { addMessages } from '../../i18n/index.ts'

const ru = {
  title: 'Журнал изменений',
  intro: 'Кто, когда и какие поля менял — без самих значений. Журнал ведёт сервер, поэтому нужна связь.',
  entity: 'Вид записи',
  all: 'Все',
  more: 'Показать раньше',
  empty: 'Изменений пока нет.',
  fields: 'поля: {list}',
  actions: { create: 'создал(а)', update: 'изменил(а)', delete: 'удалил(а)', erase: 'удалил(а) персональные данные' },
  unknownRecord: 'запись {id}',
}

const en: typeof ru = {
  title: 'Change log',
  intro: 'Who changed which fields and when — never the values. The server keeps the log, so a connection is needed.',
  entity: 'Kind of record',
  all: 'All',
  more: 'Show earlier',
  empty: 'No changes yet.',
  fields: 'fields: {list}',
  actions: { create: 'created', update: 'changed', delete: 'deleted', erase: 'erased the personal data of' },
  unknownRecord: 'record {id}',
}

declare module '../../i18n/messages.ts' {
  interface Namespaces { audit: typeof ru }
}

addMessages('audit', { ru, en })
