import type { Award } from '#shared/model/award'
import type { IndicatorYear } from '#shared/model/indicatorYear'
import type { Partner } from '#shared/model/partner'
import type { Practice } from '#shared/model/practice'
import type { RecordFields } from '#shared/model/record'
import type { DemoPair } from './pairs.ts'
import type { DemoPerson, DemoRecord } from './people.ts'
import type { DemoProgram } from './programs.ts'
import type { Random } from './random.ts'
import { indicatorYearId } from '#shared/model/indicatorYear'
import { addDays, yearOf } from './calendar.ts'

interface MonitoringInput {
  programs: readonly DemoProgram[]
  people: readonly DemoPerson[]
  pairs: readonly DemoPair[]
  partners: ReadonlyArray<DemoRecord<RecordFields<Partner>>>
  start: string
  today: string
}

/**
 * The totals a school enters for each year of the model: the demo base holds a part of the school, so the
 * school's own counts are larger than what the registry shows (as in life).
 */
function indicatorYears(random: Random, input: MonitoringInput): Array<DemoRecord<RecordFields<IndicatorYear>>> {
  const students = input.people.filter(p => p.fields.category === 'student').length
  const young = input.people.filter(p => p.fields.category === 'young_specialist').length
  const years = Array.from({ length: yearOf(input.today) - yearOf(input.start) + 1 }, (_, i) => yearOf(input.start) + i)
  return years.map(year => ({
    id: indicatorYearId(year),
    fields: {
      year,
      targets: { menteeStudents: null, mentorStudents: null, menteeYoungSpecialists: null, partnersWithMentors: null, menteeSatisfaction: null, mentorSatisfaction: null },
      denominators: { studentsUnder18: students * random.int(2, 3), youngSpecialists: young + random.int(1, 3), partnerOrganizations: input.partners.length + random.int(2, 6) },
    },
  }))
}

/** Certificates and thanks to some mentors of finished pairs, on the day their pair ended or earlier. */
function awards(random: Random, input: MonitoringInput): Array<DemoRecord<RecordFields<Award>>> {
  const kinds: Award['kind'][] = ['certificate', 'gratitude', 'letter']
  return input.pairs.filter(p => p.fields.status === 'completed' && random.chance(0.4)).map((pair, i) => {
    const date = pair.fields.plannedEndDate < input.today ? pair.fields.plannedEndDate : addDays(input.today, -1)
    return { id: random.id(), fields: { personId: pair.fields.mentorId, programId: pair.fields.programId, kind: kinds[i % kinds.length]!, date, basis: `Приказ № ${40 + i} от ${date.split('-').reverse().join('.')}`, notes: '' } }
  })
}

/** A best practice or two of each programme, told after its work topics. */
function practices(random: Random, input: MonitoringInput): Array<DemoRecord<RecordFields<Practice>>> {
  return input.programs.flatMap(program => program.topics.slice(0, random.int(1, 2)).map(topic => ({
    id: random.id(),
    fields: { title: topic, description: `Опыт пар программы «${program.fields.name}»: ${topic.toLowerCase()} как постоянная форма работы.`, programId: program.id, pairId: '', date: addDays(input.today, -random.int(5, 60)), files: ['Методическая копилка/Практики наставничества'] },
  })))
}

/** Stage 7 of the demo school: its yearly totals for the indicators, awards and best practices. */
export function makeMonitoring(random: Random, input: MonitoringInput) {
  return { indicatorYears: indicatorYears(random, input), awards: awards(random, input), practices: practices(random, input) }
}
