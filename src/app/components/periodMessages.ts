import { addMessages } from '../i18n/index.ts'

/** A report's period (PeriodPick.vue), as the справка and monitoring name it. */
const ru = {
  calendar: '{year} год',
  calendarIn: '{year} году',
  school: '{year}/{next} учебный год',
  schoolIn: '{year}/{next} учебном году',
  pick: 'Период',
  year: 'Год',
  kinds: { calendar: 'Календарный год', school: 'Учебный год' },
  schoolHint: 'С 1 сентября по 31 августа',
  indicatorsOfYear: 'Показатели эффективности рассчитываются по календарным годам, как заданы их цели: за учебный год — показатели {year} года.',
}

const en: typeof ru = {
  calendar: '{year}',
  calendarIn: '{year}',
  school: 'the {year}/{next} school year',
  schoolIn: 'the {year}/{next} school year',
  pick: 'Period',
  year: 'Year',
  kinds: { calendar: 'Calendar year', school: 'School year' },
  schoolHint: '1 September to 31 August',
  indicatorsOfYear: 'The indicators are computed by calendar years, as their targets are set: a school year gives those of {year}.',
}

declare module '../i18n/messages.ts' {
  interface Namespaces { period: typeof ru }
}

addMessages('period', { ru, en })
