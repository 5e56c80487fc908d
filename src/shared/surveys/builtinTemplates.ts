import type { SurveyAudience, SurveyItem, SurveyPhase } from '../model/surveyTemplate.ts'

/**
 * Questionnaires written after the methodology's monitoring forms (Р-145, «Мониторинг и оценка результатов
 * реализации программы наставничества»): 1–10 scales, choices, open questions. An exit version re-asks the
 * entry's expectation items under the SAME keys, so entry and exit compare item by item; `sat.` keys are
 * the satisfaction items the indicator counts (src/shared/surveys/results.ts). None asks the form of mentoring:
 * a campaign belongs to a programme, whose form the results are grouped by, and a pupil cannot be expected to know it.
 * A pupil mentee and a teacher mentee (a молодой специалист, seed 004) are asked about different things, each in their
 * own pair of questionnaires.
 */
export interface BuiltinTemplate {
  /** Stable id of the built-in, for the «create from» list; the record made from it gets an id of its own. */
  slug: string
  name: string
  audience: SurveyAudience
  phase: SurveyPhase
  items: SurveyItem[]
}

const scale = (key: string, text: string, required = true): SurveyItem => ({ key, kind: 'scale', text, required })
const single = (key: string, text: string, options: string[], required = true): SurveyItem => ({ key, kind: 'single', text, options, required })
const multiple = (key: string, text: string, options: string[], required = false, exclusive?: string): SurveyItem => ({ key, kind: 'multiple', text, options, ...(exclusive && { exclusive }), required })
const open = (key: string, text: string): SurveyItem => ({ key, kind: 'text', text, required: false })

// The expectations a mentee states at entry and rates again at exit: the same keys, asked ahead at entry and looking
// back at exit («будет» / «было»), so that neither questionnaire reads «будет (было)».
const MENTEE_EXPECTED = [
  ['exp.comfort', 'Насколько комфортным будет общение с наставником?', 'Насколько комфортным было общение с наставником?'],
  ['exp.help', 'Насколько наставник поможет вам в достижении ваших целей?', 'Насколько наставник помог вам в достижении ваших целей?'],
  ['exp.interest', 'Насколько интересными будут встречи и совместная работа?', 'Насколько интересными были встречи и совместная работа?'],
  ['exp.clarity', 'Насколько понятны задачи и план работы с наставником?', 'Насколько понятны были задачи и план работы с наставником?'],
  ['exp.growth', 'Насколько программа поможет вам раскрыть свои способности?', 'Насколько программа помогла вам раскрыть свои способности?'],
] as const

const MENTOR_EXPECTED = [
  ['exp.comfort', 'Насколько комфортной будет работа с наставляемым?', 'Насколько комфортной была работа с наставляемым?'],
  ['exp.result', 'Насколько вы рассчитываете помочь наставляемому достичь его целей?', 'Насколько вы помогли наставляемому достичь его целей?'],
  ['exp.support', 'Насколько вы рассчитываете на поддержку куратора и школы?', 'Насколько вы получили поддержку куратора и школы?'],
  ['exp.own_growth', 'Насколько работа наставником будет полезна вам самим?', 'Насколько работа наставником была полезна вам самим?'],
  ['exp.time', 'Насколько реально совмещать наставничество с основной работой или учёбой?', 'Насколько удавалось совмещать наставничество с основной работой или учёбой?'],
] as const

// A teacher mentored by a teacher (seed 004's «педагог – педагог»: молодые специалисты, педагоги, новые в школе): the
// work and the staff, not marks and olympiads.
const TEACHER_EXPECTED = [
  ['exp.comfort', 'Насколько комфортной будет работа с наставником?', 'Насколько комфортной была работа с наставником?'],
  ['exp.adapt', 'Насколько наставничество поможет вам освоиться в коллективе и в школе?', 'Насколько наставничество помогло вам освоиться в коллективе и в школе?'],
  ['exp.lessons', 'Насколько наставник поможет вам в подготовке и проведении уроков?', 'Насколько наставник помог вам в подготовке и проведении уроков?'],
  ['exp.difficult', 'Насколько наставник поможет в трудных ситуациях с учениками и родителями?', 'Насколько наставник помог в трудных ситуациях с учениками и родителями?'],
  ['exp.growth', 'Насколько наставничество поможет вашему профессиональному росту?', 'Насколько наставничество помогло вашему профессиональному росту?'],
] as const

const expectations = (list: ReadonlyArray<readonly [string, string, string]>, phase: SurveyPhase) =>
  list.map(([key, entry, exit]) => scale(key, phase === 'entry' ? entry : exit))

export const BUILTIN_TEMPLATES: readonly BuiltinTemplate[] = [
  {
    slug: 'mentee-entry',
    name: 'Анкета наставляемого: входная (ожидания)',
    audience: 'mentee',
    phase: 'entry',
    items: [
      ...expectations(MENTEE_EXPECTED, 'entry'),
      multiple('goals', 'Чего вы ждёте от наставничества?', ['Улучшить успеваемость', 'Подготовиться к олимпиаде или конкурсу', 'Выбрать профессию', 'Найти друзей и поддержку', 'Освоиться в новом коллективе', 'Реализовать проект']),
      single('frequency', 'Как часто вы хотели бы встречаться с наставником?', ['Раз в неделю', 'Раз в две недели', 'Раз в месяц']),
      open('wishes', 'Что ещё важно знать наставнику о ваших ожиданиях?'),
    ],
  },
  {
    slug: 'mentee-exit',
    name: 'Анкета наставляемого: итоговая (удовлетворённость)',
    audience: 'mentee',
    phase: 'exit',
    items: [
      ...expectations(MENTEE_EXPECTED, 'exit'),
      scale('sat.program', 'Насколько вы удовлетворены участием в программе наставничества?'),
      scale('sat.mentor', 'Насколько вы удовлетворены работой с вашим наставником?'),
      scale('sat.meetings', 'Насколько полезными были встречи с наставником?'),
      multiple('results', 'Что изменилось благодаря наставничеству?', ['Улучшилась успеваемость', 'Участвовал(а) в олимпиаде, конкурсе, проекте', 'Определился(лась) с профессией', 'Появилась уверенность в себе', 'Стало легче в коллективе', 'Ничего не изменилось'], false, 'Ничего не изменилось'),
      single('again', 'Хотели бы вы продолжить участие в программе, в том числе как наставник?', ['Да', 'Скорее да', 'Скорее нет', 'Нет']),
      open('best', 'Что было самым полезным?'),
      open('improve', 'Что стоит изменить в программе?'),
    ],
  },
  {
    slug: 'mentor-entry',
    name: 'Анкета наставника: входная (ожидания)',
    audience: 'mentor',
    phase: 'entry',
    items: [
      ...expectations(MENTOR_EXPECTED, 'entry'),
      single('experience', 'Был ли у вас опыт наставничества?', ['Да, в этой школе', 'Да, в другом месте', 'Нет']),
      multiple('needs', 'Какая поддержка вам понадобится?', ['Обучение наставников', 'Методические материалы', 'Консультации куратора', 'Время в расписании', 'Обмен опытом с другими наставниками']),
      open('wishes', 'Ваши ожидания и опасения'),
    ],
  },
  {
    slug: 'mentor-exit',
    name: 'Анкета наставника: итоговая (удовлетворённость)',
    audience: 'mentor',
    phase: 'exit',
    items: [
      ...expectations(MENTOR_EXPECTED, 'exit'),
      scale('sat.program', 'Насколько вы удовлетворены участием в программе наставничества?'),
      scale('sat.mentee', 'Насколько вы удовлетворены работой с наставляемым (наставляемыми)?'),
      scale('sat.organisation', 'Насколько вы удовлетворены организацией программы в школе?'),
      multiple('results', 'Каких результатов достиг наставляемый?', ['Улучшил успеваемость', 'Участвовал в конкурсе, олимпиаде, проекте', 'Адаптировался в коллективе', 'Освоил новые профессиональные навыки', 'Определился с профессией']),
      single('again', 'Готовы ли вы снова стать наставником?', ['Да', 'Скорее да', 'Скорее нет', 'Нет']),
      open('improve', 'Что стоит изменить в программе?'),
    ],
  },
  {
    slug: 'teacher-mentee-entry',
    name: 'Анкета наставляемого педагога: входная (ожидания)',
    audience: 'mentee',
    phase: 'entry',
    items: [
      ...expectations(TEACHER_EXPECTED, 'entry'),
      multiple('needs', 'В чём вам нужна помощь наставника?', ['Планирование и проведение уроков', 'Рабочая программа и документация', 'Оценивание учеников', 'Дисциплина и классное руководство', 'Работа с родителями', 'Подготовка к аттестации', 'Знакомство с коллективом и школой']),
      single('frequency', 'Как часто вы хотели бы встречаться с наставником?', ['Раз в неделю', 'Раз в две недели', 'Раз в месяц']),
      open('wishes', 'Что ещё важно знать наставнику о ваших ожиданиях?'),
    ],
  },
  {
    slug: 'teacher-mentee-exit',
    name: 'Анкета наставляемого педагога: итоговая (удовлетворённость)',
    audience: 'mentee',
    phase: 'exit',
    items: [
      ...expectations(TEACHER_EXPECTED, 'exit'),
      scale('sat.program', 'Насколько вы удовлетворены участием в программе наставничества?'),
      scale('sat.mentor', 'Насколько вы удовлетворены работой с вашим наставником?'),
      scale('sat.meetings', 'Насколько полезными были встречи, посещения уроков и консультации?'),
      multiple('results', 'Что изменилось благодаря наставничеству?', ['Увереннее веду уроки', 'Освоил(а) новые методики и технологии', 'Легче работать с документацией', 'Наладились отношения с учениками и родителями', 'Освоился(лась) в коллективе', 'Участвовал(а) в профессиональном конкурсе', 'Ничего не изменилось'], false, 'Ничего не изменилось'),
      single('again', 'Хотели бы вы продолжить участие в программе, в том числе как наставник?', ['Да', 'Скорее да', 'Скорее нет', 'Нет']),
      open('best', 'Что было самым полезным?'),
      open('improve', 'Что стоит изменить в программе?'),
    ],
  },
  {
    slug: 'curator-conditions',
    name: 'Анкета куратора: условия реализации программы',
    audience: 'curator',
    phase: 'exit',
    items: [
      scale('sat.documents', 'Нормативная база (приказ, положение, дорожная карта) достаточна.'),
      scale('sat.staff', 'Наставников достаточно для всех наставляемых.'),
      scale('sat.training', 'Наставники получили нужное обучение.'),
      scale('sat.time', 'У участников есть время и место для встреч.'),
      scale('sat.partners', 'Организации-партнёры вовлечены в программу.'),
      scale('sat.support', 'Администрация школы поддерживает программу.'),
      multiple('problems', 'Главные трудности', ['Нехватка наставников', 'Нехватка времени', 'Низкая мотивация участников', 'Документы и отчётность', 'Нет поощрения наставников', 'Взаимодействие с партнёрами']),
      open('proposals', 'Предложения по улучшению условий'),
    ],
  },
]
