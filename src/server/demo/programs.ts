import type { Program } from '#shared/model/program'
import type { RecordFields } from '#shared/model/record'
import type { Roadmap } from '#shared/model/roadmap'
import type { RoadmapEvent } from '#shared/model/roadmapEvent'
import { eventState } from '#shared/roadmap/progress'
import { roadmapFromTemplate } from '#shared/roadmap/roadmaps'
import { BUILT_IN_TEMPLATES } from '#shared/roadmap/templates'
import type { DemoRecord } from './people.ts'
import type { Random } from './random.ts'
import { addDays } from './calendar.ts'
import { fullName } from './names.ts'

/** Who mentors whom in each demo program; the pairing draws its pools by this. */
export type ProgramKind = 'peer' | 'employer' | 'young' | 'colleagues'

export interface DemoProgram extends DemoRecord<RecordFields<Program>> {
  kind: ProgramKind
  /** Share of the school's pairs this program aims for. */
  share: number
  /** The work topics its meetings take. */
  topics: readonly string[]
}

const TEMPLATES: ReadonlyArray<Omit<DemoProgram, 'id' | 'fields'> & Pick<Program, 'name' | 'form' | 'roleVariation' | 'goals'>> = [
  {
    kind: 'peer', share: 0.7, name: 'Ученик – ученик: вместе к успеху', form: 'ученик – ученик', roleVariation: 'успевающий – неуспевающий',
    goals: 'Повышение учебной мотивации и результатов наставляемых, адаптация в коллективе, развитие лидерских качеств старшеклассников.',
    topics: ['Разбор домашнего задания', 'Подготовка к контрольной работе', 'Чтение и пересказ', 'Подготовка проекта', 'Подготовка к олимпиаде', 'Решение задач повышенной сложности', 'Работа над ошибками'],
  },
  {
    kind: 'employer', share: 0.1, name: 'Работодатель – ученик: профессиональные пробы', form: 'работодатель – ученик', roleVariation: 'профессионал – ученик, выбирающий профессию',
    goals: 'Профессиональная ориентация старшеклассников, знакомство с предприятиями города, профессиональные пробы.',
    topics: ['Экскурсия на предприятие', 'Профессиональная проба', 'Знакомство с профессией', 'Проект по заказу предприятия', 'Встреча с молодыми специалистами предприятия'],
  },
  {
    kind: 'young', share: 0.08, name: 'Педагог – молодой специалист: первые шаги в профессии', form: 'педагог – молодой специалист', roleVariation: 'опытный педагог – молодой специалист',
    goals: 'Адаптация молодых специалистов (стаж 0–3 года), закрепление в профессии, освоение методики урока и классного руководства.',
    topics: ['Посещение урока наставника', 'Разбор открытого урока', 'Технологическая карта урока', 'Электронный журнал и документация', 'Подготовка родительского собрания', 'Работа с трудным классом'],
  },
  {
    kind: 'colleagues', share: 0.12, name: 'Учитель – учитель: обмен опытом', form: 'учитель – учитель', roleVariation: 'опытный педагог – педагог, испытывающий затруднения',
    goals: 'Профессиональный рост педагогов, освоение новых методик и цифровых ресурсов, распространение лучших практик.',
    topics: ['Цифровые образовательные ресурсы', 'Формирующее оценивание', 'Работа с одарёнными детьми', 'Инклюзивное обучение', 'Взаимопосещение уроков', 'Подготовка к аттестации'],
  },
]

/** The school's programs, and its roadmap for the year (school-wide events), whose past events are done. */
export function makePrograms(random: Random, start: string, end: string, today: string): {
  programs: DemoProgram[]
  roadmap: DemoRecord<RecordFields<Roadmap>>
  roadmapEvents: Array<DemoRecord<RecordFields<RoadmapEvent>>>
} {
  // As the seeds have it: a deputy head runs the program, a psychologist coordinates it.
  const curators = `${fullName(random, 'f', 'adult').name} (заместитель директора по УВР), ${fullName(random, 'f', 'adult').name} (педагог-психолог)`
  const programs = TEMPLATES.map(({ name, form, roleVariation, goals, ...rest }): DemoProgram => ({
    ...rest,
    id: random.id(),
    fields: { name: `${name} (${start.slice(0, 4)}–${end.slice(0, 4)})`, form, roleVariation, goals, curators, startDate: start, endDate: end, status: end < today ? 'closed' : 'active', meetingKinds: [] },
  }))
  const made = roadmapFromTemplate(BUILT_IN_TEMPLATES.students, Number(start.slice(0, 4)))
  // Stage ids from their numbers: the same seed makes the same school.
  const stageIds = new Map(made.fields.stages.map((stage, i) => [stage.id, `stage-${i + 1}`]))
  const fields = { ...made.fields, stages: made.fields.stages.map(stage => ({ ...stage, id: stageIds.get(stage.id)! })) }
  const roadmapEvents = made.events.map(({ fields: event }) => ({
    id: random.id(),
    fields: { ...event, stageId: stageIds.get(event.stageId)!, ...roadmapStatus(random, event, fields, today) },
  }))
  return { programs, roadmap: { id: made.id, fields }, roadmapEvents }
}

function roadmapStatus(random: Random, event: RecordFields<RoadmapEvent>, roadmap: RecordFields<Roadmap>, today: string): Pick<RoadmapEvent, 'status'> {
  const state = eventState(event, roadmap, today)
  if (state.overdue)
    return { status: random.chance(0.92) ? 'done' : 'in_progress' }
  return { status: state.standing || eventState(event, roadmap, addDays(today, 30)).overdue ? 'in_progress' : 'planned' }
}
