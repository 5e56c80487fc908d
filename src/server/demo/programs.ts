import type { Program } from '#shared/model/program'
import type { RecordFields } from '#shared/model/record'
import type { RoadmapItem } from '#shared/model/roadmapItem'
import { roadmapFromTemplate } from '#shared/model/roadmapTemplate'
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

/** The school's programs, each with the seeds' roadmap whose past events are done. */
export function makePrograms(random: Random, start: string, end: string, today: string): { programs: DemoProgram[], roadmap: Array<DemoRecord<RecordFields<RoadmapItem>>> } {
  // As the seeds have it: a deputy head runs the program, a psychologist coordinates it.
  const curators = `${fullName(random, 'f', 'adult').name} (заместитель директора по УВР), ${fullName(random, 'f', 'adult').name} (педагог-психолог)`
  const programs = TEMPLATES.map(({ name, form, roleVariation, goals, ...rest }): DemoProgram => ({
    ...rest,
    id: random.id(),
    fields: { name: `${name} (${start.slice(0, 4)}–${end.slice(0, 4)})`, form, roleVariation, goals, curators, startDate: start, endDate: end, status: end < today ? 'closed' : 'active' },
  }))
  const roadmap = programs.flatMap(program => roadmapFromTemplate(program.id, start, end).map(item => ({
    id: random.id(),
    fields: { ...item, status: roadmapStatus(random, item.deadline, today) },
  })))
  return { programs, roadmap }
}

function roadmapStatus(random: Random, deadline: string, today: string): RoadmapItem['status'] {
  if (deadline < today)
    return random.chance(0.92) ? 'done' : 'in_progress'
  return deadline <= addDays(today, 30) ? 'in_progress' : 'planned'
}
