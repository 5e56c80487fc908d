import { addMessages } from '../../i18n/index.ts'

const ru = {
  title: 'Показатели школ региона',
  intro: 'Показатели каждой школы этого сервера и итог по региону: только числа, без персональных данных. Итог складывает числители и знаменатели школ, а не проценты. Показатель, который школа задала сама, входит в итог показателя модели, которому соответствует, а если не соответствует ни одному — в итог одноимённых показателей других школ; у школы без такого показателя стоит прочерк.',
  year: 'Год',
  school: 'Школа',
  total: 'Итого по региону',
  schools: { one: '{n} школа', few: '{n} школы', many: '{n} школ', other: '{n} школы' },
  export: 'Выгрузить в XLSX',
  exporting: 'Готовим файл…',
  exported: 'Файл «{name}» сохранён',
  file: 'Показатели школ {year}',
  loading: 'Загружаем показатели…',
  needsNetwork: 'Показатели школ считает сервер: нужна связь.',
}

const en: typeof ru = {
  title: 'Indicators of the region\'s schools',
  intro: 'Each school\'s indicators on this server and the regional total: numbers only, no personal data. The total adds the schools\' numerators and denominators, not their percentages. An indicator a school defined itself adds to the model indicator it stands for, or else to the other schools\' indicators of the same name; a school without it shows a dash.',
  year: 'Year',
  school: 'School',
  total: 'Regional total',
  schools: { one: '{n} school', few: '{n} schools', many: '{n} schools', other: '{n} schools' },
  export: 'Export to XLSX',
  exporting: 'Building the file…',
  exported: 'File «{name}» saved',
  file: 'School indicators {year}',
  loading: 'Loading the indicators…',
  needsNetwork: 'The schools\' indicators are computed by the server: a connection is needed.',
}

declare module '../../i18n/messages.ts' {
  interface Namespaces { region: typeof ru }
}

addMessages('region', { ru, en })
