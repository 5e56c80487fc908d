import type { ReportPeriod } from '#shared/roadmap/reportPeriod'
import { addMessages, t } from '../../i18n/index.ts'
import '../../components/periodMessages.ts'

/** The monitoring screens' words; the справка and the region's table name the indicators with them too. */
const ru = {
  title: 'Мониторинг',
  intro: 'Показатели целевой модели, встречи, дорожная карта и анкеты за год — по данным на этом устройстве.',
  links: { definitions: 'Показатели школы', indicators: 'Цели и знаменатели года', spravka: 'Аналитическая справка', order: 'Приказ о закреплении пар', documents: 'Все документы', awards: 'Поощрения', practices: 'Лучшие практики', audit: 'Журнал изменений' },
  indicators: {
    title: 'Показатели эффективности',
    left: { one: 'Ещё {n} показатель не показан: в программах школы по нему никого нет и общее число не введено (цели и знаменатели — в «Цели и знаменатели года»).', few: 'Ещё {n} показателя не показаны: в программах школы по ним никого нет и общее число не введено (цели и знаменатели — в «Цели и знаменатели года»).', many: 'Ещё {n} показателей не показаны: в программах школы по ним никого нет и общее число не введено (цели и знаменатели — в «Цели и знаменатели года»).', other: 'Ещё {n} показателя не показаны: в программах школы по ним никого нет и общее число не введено (цели и знаменатели — в «Цели и знаменатели года»).' },
    names: {
      menteeStudents: 'Доля обучающихся в возрасте до 18 лет, вошедших в программы наставничества в роли наставляемого',
      mentorStudents: 'Доля обучающихся в возрасте до 18 лет, вошедших в программы наставничества в роли наставника',
      menteeYoungSpecialists: 'Доля молодых специалистов (стаж 0–3 года), вошедших в программы наставничества в роли наставляемого',
      partnersWithMentors: 'Доля организаций-партнёров, предоставивших своих сотрудников в роли наставников',
      menteeSatisfaction: 'Уровень удовлетворённости наставляемых участием в программах наставничества (опросный)',
      mentorSatisfaction: 'Уровень удовлетворённости наставников участием в программах наставничества (опросный)',
    },
    short: {
      menteeStudents: 'Наставляемые до 18 лет',
      mentorStudents: 'Наставники до 18 лет',
      menteeYoungSpecialists: 'Молодые специалисты',
      partnersWithMentors: 'Партнёры с наставниками',
      menteeSatisfaction: 'Удовл. наставляемых',
      mentorSatisfaction: 'Удовл. наставников',
    },
    name: 'Показатель',
    actual: 'Факт',
    target: 'Цель',
    basis: 'Расчёт',
    verdict: 'Итог',
    met: 'Достигнут',
    notMet: 'Не достигнут',
    noData: 'нет данных',
    fraction: '{part} из {whole}',
    noDenominator: '{part}; общее число на год не введено',
    noAnswers: 'нет ответов (или меньше 5)',
    chartLabel: 'Показатели {year} года: факт и цель, %',
    summaryOffline: 'Удовлетворённость считает сервер по анонимным ответам: нужна связь. Показаны данные на {when}.',
    summaryNever: 'Удовлетворённость считает сервер по анонимным ответам: подключитесь к сети, чтобы её получить.',
  },
  settings: {
    title: 'Цели и знаменатели на {year} год',
    intro: 'Цели заполнены по дорожным картам (10/30/50/70 % …) для года модели; измените их под свою школу. Знаменатели школа знает сама — приложение их не выдумывает.',
    targets: 'Цели, %',
    denominators: 'Знаменатели',
    seed: 'по дорожной карте: {value} %',
    saved: 'Сохранено на устройстве',
    names: {
      studentsUnder18: 'Обучающихся в возрасте до 18 лет в школе',
      youngSpecialists: 'Молодых специалистов (стаж 0–3 года) в школе',
      partnerOrganizations: 'Организаций-партнёров всего',
    },
    hints: {
      studentsUnder18: 'Число из отчёта ОО-1 на начало года',
      youngSpecialists: 'Педагоги со стажем до 3 лет',
      partnerOrganizations: 'Пусто — по реестру партнёров ({n})',
    },
  },
  meetings: {
    title: 'Встречи по месяцам',
    chartLabel: 'Встречи по месяцам: {period}',
    month: 'Месяц',
    count: 'Встреч',
    total: { one: 'Всего {n} встреча', few: 'Всего {n} встречи', many: 'Всего {n} встреч', other: 'Всего {n} встречи' },
  },
  suspended: {
    title: 'Пары, приостановленные без согласия',
    none: 'Согласия всех участников действующих пар в силе.',
    lacks: 'нет: {kinds}',
    list: 'Все недостающие согласия',
  },
  quiet: {
    title: 'Пары без встреч 21 день и больше',
    none: 'Все действующие пары встречались за последние три недели.',
    never: 'встреч не было, {days} дн. с начала',
    since: 'последняя {date}, {days} дн. назад',
  },
  roadmap: {
    missed: 'не отмечено: {list}',
    title: 'Дорожная карта по этапам',
    stage: 'Этап',
    done: 'Выполнено к концу {year} года',
    doneSchool: 'Выполнено к концу {year}/{next} учебного года',
    overdue: 'Просрочено',
    period: '«{title}», {from} – {to}',
    running: 'идёт сейчас',
    none: 'На {year} год дорожной карты нет.',
    noneSchool: 'На {year}/{next} учебный год дорожной карты нет.',
    empty: 'В дорожной карте нет мероприятий.',
  },
  surveys: {
    title: 'Удовлетворённость: вход и выход',
    rule: 'В скобках — учтённые ответы. Анонимные ответы учитываются пятёрками, в порядке поступления: последние 1–4 войдут со следующей пятёркой, поэтому никто не узнает ответ по разнице двух просмотров.',
    audience: 'Кто',
    entry: 'Входная анкета',
    exit: 'Выходная анкета',
    mentee: 'Наставляемые',
    mentor: 'Наставники',
  },
  table: 'Таблица',
  months: 'янв фев мар апр май июн июл авг сен окт ноя дек',
}

const en: typeof ru = {
  title: 'Monitoring',
  intro: 'The target model\'s indicators, meetings, roadmap and surveys for a year — from the data on this device.',
  links: { definitions: 'School indicators', indicators: 'Targets and totals of the year', spravka: 'Analytical report', order: 'Order assigning the pairs', documents: 'All documents', awards: 'Awards', practices: 'Best practices', audit: 'Change log' },
  indicators: {
    title: 'Performance indicators',
    left: { one: '{n} more indicator is not shown: nobody in the school\'s programmes counts for it and no total is entered (targets and totals: «Targets and totals of the year»).', few: '{n} more indicators are not shown: nobody in the school\'s programmes counts for them and no total is entered (targets and totals: «Targets and totals of the year»).', many: '{n} more indicators are not shown: nobody in the school\'s programmes counts for them and no total is entered (targets and totals: «Targets and totals of the year»).', other: '{n} more indicators are not shown: nobody in the school\'s programmes counts for them and no total is entered (targets and totals: «Targets and totals of the year»).' },
    names: {
      menteeStudents: 'Share of learners under 18 taking part in mentoring programmes as mentees',
      mentorStudents: 'Share of learners under 18 taking part in mentoring programmes as mentors',
      menteeYoungSpecialists: 'Share of young specialists (0–3 years in post) taking part as mentees',
      partnersWithMentors: 'Share of partner organisations that provided mentors',
      menteeSatisfaction: 'Mentees\' satisfaction with the programmes (survey)',
      mentorSatisfaction: 'Mentors\' satisfaction with the programmes (survey)',
    },
    short: {
      menteeStudents: 'Mentees under 18',
      mentorStudents: 'Mentors under 18',
      menteeYoungSpecialists: 'Young specialists',
      partnersWithMentors: 'Partners with mentors',
      menteeSatisfaction: 'Mentee satisfaction',
      mentorSatisfaction: 'Mentor satisfaction',
    },
    name: 'Indicator',
    actual: 'Actual',
    target: 'Target',
    basis: 'Computed from',
    verdict: 'Result',
    met: 'Met',
    notMet: 'Not met',
    noData: 'no data',
    fraction: '{part} of {whole}',
    noDenominator: '{part}; the year\'s total not entered',
    noAnswers: 'no answers (or fewer than 5)',
    chartLabel: 'Indicators of {year}: actual and target, %',
    summaryOffline: 'Satisfaction is computed by the server from anonymous answers: a connection is needed. Showing the figures of {when}.',
    summaryNever: 'Satisfaction is computed by the server from anonymous answers: connect to get it.',
  },
  settings: {
    title: 'Targets and totals for {year}',
    intro: 'Targets come from the roadmaps (10/30/50/70 % …) for the year of the model; adjust them to your school. The totals are the school\'s own figures — the app does not guess them.',
    targets: 'Targets, %',
    denominators: 'Totals',
    seed: 'roadmap: {value} %',
    saved: 'Saved on this device',
    names: {
      studentsUnder18: 'Learners under 18 at the school',
      youngSpecialists: 'Young specialists (0–3 years) at the school',
      partnerOrganizations: 'Partner organisations in all',
    },
    hints: {
      studentsUnder18: 'From the school statistics at the start of the year',
      youngSpecialists: 'Teachers with under 3 years in post',
      partnerOrganizations: 'Empty — from the partner registry ({n})',
    },
  },
  meetings: {
    title: 'Meetings by month',
    chartLabel: 'Meetings by month: {period}',
    month: 'Month',
    count: 'Meetings',
    total: { one: '{n} meeting in all', few: '{n} meetings in all', many: '{n} meetings in all', other: '{n} meetings in all' },
  },
  suspended: {
    title: 'Pairs suspended for lack of consent',
    none: 'Every member of every running pair has the consents in force.',
    lacks: 'missing: {kinds}',
    list: 'All missing consents',
  },
  quiet: {
    title: 'Pairs without a meeting for 21 days or more',
    none: 'Every running pair has met in the last three weeks.',
    never: 'never met, {days} days since the start',
    since: 'last {date}, {days} days ago',
  },
  roadmap: {
    missed: 'not marked: {list}',
    title: 'Roadmap by stage',
    stage: 'Stage',
    done: 'Done by the end of {year}',
    doneSchool: 'Done by the end of the school year {year}/{next}',
    overdue: 'Overdue',
    period: '“{title}”, {from} – {to}',
    running: 'running now',
    none: 'No roadmap for {year}.',
    noneSchool: 'No roadmap for the school year {year}/{next}.',
    empty: 'The roadmap has no events.',
  },
  surveys: {
    title: 'Satisfaction: entry and exit',
    rule: 'In brackets: the answers counted. Anonymous answers count in fives, in the order they arrived: the last 1–4 enter with the next five, so no answer can be read from the difference of two readings.',
    audience: 'Who',
    entry: 'Entry survey',
    exit: 'Exit survey',
    mentee: 'Mentees',
    mentor: 'Mentors',
  },
  table: 'Table',
  months: 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec',
}

declare module '../../i18n/messages.ts' {
  interface Namespaces { monitoring: typeof ru }
}

addMessages('monitoring', { ru, en })

export const monthNames = (): string[] => t('monitoring.months').split(' ')

/** «2025 год», «2024/2025 учебный год»: a period as a chart's label names it. */
export const periodName = (period: ReportPeriod): string => t(`period.${period.kind}`, { year: period.year, next: period.year + 1 })
