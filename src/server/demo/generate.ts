import type { RecordFields } from '#shared/model/record'
import type { SyncedRecords } from '#shared/sync/entities'
import type { EntityName } from '#shared/sync/entityNames'
import type { DemoRecord } from './people.ts'
import { addDays, daysFrom, schoolYearOf } from './calendar.ts'
import { makeConsents } from './consents.ts'
import { pairJournal, shareMeetings } from './journal.ts'
import { makeMonitoring } from './monitoring.ts'
import { makePairs } from './pairs.ts'
import { makePartners, makePeople } from './people.ts'
import { makePrograms } from './programs.ts'
import { Random } from './random.ts'

export interface DemoSize {
  people: number
  pairs: number
  meetings: number
}

export const DEFAULT_SIZE: DemoSize = { people: 600, pairs: 300, meetings: 10_000 }
/** Below this a school has no seniors to mentor juniors, and the demo would show nothing typical. */
const MIN_PEOPLE = 30

export interface DemoOptions {
  seed?: number
  size?: Partial<DemoSize>
  /** The calendar day the demo is built for: meetings lie before it, some pairs have gone quiet by it. */
  today: string
}

/** One record as the generator makes it: a full upsert, valid against `ENTITIES[entity].full`. */
export interface DemoMutation<E extends EntityName = EntityName> {
  entity: E
  id: string
  op: 'upsert'
  fields: RecordFields<SyncedRecords[E]>
}

export interface Demo {
  mutations: DemoMutation[]
  /** A mentor with pairs of the teachers' program, for a ready-made mentor account. */
  mentor: { id: string, name: string }
}

/**
 * The program's frame: from the latest 1 September at least four months back (so there is history) to the
 * 31 May after today (so it is still running).
 */
function frame(today: string): { start: string, end: string, year: number } {
  const year = schoolYearOf(today)
  const start = daysFrom(`${year}-09-01`, today) >= 120 ? `${year}-09-01` : `${year - 1}-09-01`
  const end = `${year + 1}-05-31` >= addDays(today, 30) ? `${year + 1}-05-31` : `${year + 2}-05-31`
  return { start, end, year }
}

function upserts<E extends EntityName>(entity: E, records: ReadonlyArray<DemoRecord<RecordFields<SyncedRecords[E]>>>): Array<DemoMutation<E>> {
  return records.map(r => ({ entity, id: r.id, op: 'upsert', fields: r.fields }))
}

/**
 * A realistic demo school, built from a seed and no I/O: programs of four forms with the seeds' roadmaps,
 * partners, people, consents, pairs and groups, their plans, a school year of meetings, and monitoring's
 * yearly totals, awards and best practices. The mutations come in an order the server accepts (what a record
 * refers to comes first).
 */
export function generateDemo(options: DemoOptions): Demo {
  const size = { ...DEFAULT_SIZE, ...options.size }
  if (size.people < MIN_PEOPLE || size.pairs < 1 || size.pairs > size.people / 2 || size.meetings < 0)
    throw new RangeError(`Демо: нужно не меньше ${MIN_PEOPLE} участников и от 1 до половины их числа пар`)
  const { today } = options
  const { start, end, year } = frame(today)
  const random = new Random(options.seed ?? 1, Date.parse(`${start}T08:00:00Z`))

  const { programs, roadmap, roadmapEvents } = makePrograms(random, start, end, today)
  const partners = makePartners(random, start)
  const people = makePeople(random, size.people, year, today, partners)
  const pairs = makePairs(random, programs, people, size.pairs, { start, end, today })
  const consents = makeConsents(random, people, pairs, start, today)
  const counts = shareMeetings(pairs, size.meetings)
  const journals = pairs.map((pair, i) => pairJournal(random, pair, counts[i]!, today))

  const monitoring = makeMonitoring(random, { programs, people, pairs, partners, start, today })

  // The ready-made mentor has a running pair: one whose planned end has passed cannot take a new meeting.
  const running = pairs.filter(p => p.fields.status === 'active')
  const mentorPair = running.find(p => p.program.kind === 'young') ?? running[0] ?? pairs[0]!
  const mentor = people.find(p => p.id === mentorPair.fields.mentorId)!
  return {
    mutations: [
      ...upserts('programs', programs),
      ...upserts('roadmapEvents', roadmapEvents),
      ...upserts('roadmaps', [roadmap]),
      ...upserts('partners', partners),
      ...upserts('people', people),
      ...upserts('consents', consents),
      ...upserts('pairs', pairs),
      ...upserts('planItems', journals.flatMap(j => j.planItems)),
      ...upserts('meetings', journals.flatMap(j => j.meetings)),
      ...upserts('indicatorYears', monitoring.indicatorYears),
      ...upserts('awards', monitoring.awards),
      ...upserts('practices', monitoring.practices),
    ],
    mentor: { id: mentor.id, name: mentor.fields.name },
  }
}
