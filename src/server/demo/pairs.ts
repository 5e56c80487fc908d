import type { Pair } from '#shared/model/pair'
import type { RecordFields } from '#shared/model/record'
import type { DemoPerson, DemoRecord } from './people.ts'
import type { DemoProgram, ProgramKind } from './programs.ts'
import type { Random } from './random.ts'
import { addDays, schoolDays } from './calendar.ts'

export interface DemoPair extends DemoRecord<RecordFields<Pair>> {
  program: DemoProgram
  /** The last day the pair may meet: its end, the day it fell apart, or a stale pair's last meeting. */
  lastDay: string
}

export interface PairTimes {
  /** The program's start and end, and the demo's today. */
  start: string
  end: string
  today: string
}

const DISSOLVED_REASONS = ['Наставляемый перешёл в другую школу', 'Несовпадение графиков', 'По инициативе наставляемого', 'Наставник уволился']
/** Groups (one mentor, 2–3 mentees) are common where a professional hosts several students. */
const GROUP_SHARE: Record<ProgramKind, number> = { peer: 0.2, employer: 0.45, young: 0, colleagues: 0.1 }

/** Who may mentor, and who may be mentored, in a program of each kind. */
function pools(kind: ProgramKind, people: readonly DemoPerson[]): { mentors: DemoPerson[], mentees: DemoPerson[] } {
  const student = (p: DemoPerson, from: number, to: number) => p.grade !== undefined && p.grade >= from && p.grade <= to
  switch (kind) {
    case 'peer': return {
      mentors: people.filter(p => (p.fields.category === 'graduate' || student(p, 9, 11)) && p.fields.isMentor),
      mentees: people.filter(p => student(p, 1, 8) && p.fields.isMentee),
    }
    case 'employer': return {
      mentors: people.filter(p => p.fields.category === 'partner_employee'),
      mentees: people.filter(p => student(p, 8, 11) && !p.fields.isMentor),
    }
    case 'young': return {
      mentors: people.filter(p => p.fields.category === 'teacher' && p.fields.isMentor),
      mentees: people.filter(p => p.fields.category === 'young_specialist'),
    }
    case 'colleagues': return {
      mentors: people.filter(p => p.fields.category === 'teacher' && p.fields.isMentor),
      mentees: people.filter(p => p.fields.category === 'teacher' && p.fields.isMentee),
    }
  }
}

/** Pairs per program: its share of the total, no more than it has mentees for; the rest go to the first (peer) program. */
function quotas(programs: readonly DemoProgram[], people: readonly DemoPerson[], total: number): number[] {
  const quota = programs.map((program) => {
    const { mentors, mentees } = pools(program.kind, people)
    return mentors.length ? Math.min(Math.round(total * program.share), mentees.length) : 0
  })
  quota[0]! += total - quota.reduce((a, b) => a + b, 0)
  return quota
}

interface Dates { startDate: string, plannedEndDate: string }

/** Most pairs form in the first autumn (roadmap stage 5); some in the second, when the program spans two years. */
function pairDates(random: Random, times: PairTimes): Dates {
  const firstWave = schoolDays(addDays(times.start, 75), addDays(times.start, 105)).filter(d => d <= addDays(times.today, -14))
  const secondYear = `${Number(times.start.slice(0, 4)) + 1}-09-15`
  const secondWave = schoolDays(secondYear, addDays(secondYear, 30)).filter(d => d <= addDays(times.today, -14))
  const late = secondWave.length > 0 && random.chance(0.25)
  const startDate = random.pick(late ? secondWave : firstWave.length ? firstWave : [times.start])
  const oneYear = `${Number(times.start.slice(0, 4)) + 1}-05-31`
  const plannedEndDate = !late && oneYear < times.end && random.chance(0.5) ? oneYear : times.end
  return { startDate, plannedEndDate }
}

/**
 * Exactly `total` pairs and groups. A mentee joins one pair while unpaired ones remain in the pool; only a
 * demo with more pairs than mentees pairs someone twice. Whoever is paired holds the role flag for it.
 */
export function makePairs(random: Random, programs: readonly DemoProgram[], people: readonly DemoPerson[], total: number, times: PairTimes): DemoPair[] {
  const quota = quotas(programs, people, total)
  const used = new Map<string, number>()
  const pairs: DemoPair[] = []
  programs.forEach((program, index) => {
    const { mentors, mentees } = pools(program.kind, people)
    const order = random.shuffle(mentors)
    const queue = random.shuffle(mentees)
    for (let i = 0; i < quota[index]!; i++) {
      const mentor = order[i % order.length]!
      const size = random.chance(GROUP_SHARE[program.kind]) ? random.int(2, 3) : 1
      const group: DemoPerson[] = []
      while (group.length < size) {
        const fresh = queue.findIndex(p => !used.has(p.id) && p.id !== mentor.id && !group.includes(p))
        const next = fresh >= 0 ? queue[fresh] : leastUsed(queue.length ? queue : people, mentor, group, used)
        if (!next)
          break
        group.push(next)
        used.set(next.id, (used.get(next.id) ?? 0) + 1)
      }
      mentor.fields.isMentor = 1
      for (const mentee of group)
        mentee.fields.isMentee = 1
      pairs.push(finish(random, program, mentor, group, times))
    }
  })
  return pairs
}

function leastUsed(pool: readonly DemoPerson[], mentor: DemoPerson, group: readonly DemoPerson[], used: ReadonlyMap<string, number>): DemoPerson | undefined {
  const free = pool.filter(p => p.id !== mentor.id && !group.includes(p))
  return free.sort((a, b) => (used.get(a.id) ?? 0) - (used.get(b.id) ?? 0))[0]
}

function finish(random: Random, program: DemoProgram, mentor: DemoPerson, group: readonly DemoPerson[], times: PairTimes): DemoPair {
  const { startDate, plannedEndDate } = pairDates(random, times)
  const yesterday = addDays(times.today, -1)
  const fields: RecordFields<Pair> = { programId: program.id, mentorId: mentor.id, menteeIds: group.map(p => p.id), startDate, plannedEndDate, status: 'active', endReason: '' }
  let lastDay = plannedEndDate < yesterday ? plannedEndDate : yesterday
  if (plannedEndDate < times.today) {
    fields.status = 'completed'
  } else if (random.chance(0.04)) {
    fields.status = 'dissolved'
    fields.endReason = random.pick(DISSOLVED_REASONS)
    lastDay = minDate(addDays(startDate, random.int(30, 120)), yesterday)
  } else if (startDate < addDays(times.today, -60) && random.chance(0.12)) {
    // A stale pair: no meeting for three weeks or more, which the mentor's home and the dashboard flag.
    lastDay = addDays(times.today, -random.int(21, 60))
  }
  return { id: random.id(), fields, program, lastDay }
}

const minDate = (a: string, b: string) => (a < b ? a : b)
