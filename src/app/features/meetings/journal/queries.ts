import { absentMentees, type Meeting, meetingMentorId } from '#shared/model/meeting'
import type { Program } from '#shared/model/program'
import { db } from '../../../db/index.ts'
import { holds, searchable } from '#shared/search'
import { kindName } from '../../../data/meetingKinds.ts'
import { namesOf, programsOf } from '../../../data/pairs.ts'
import { type Sort, sortByColumn, type SortColumn } from '../../../data/sortRows.ts'
import { t } from '../../../i18n/index.ts'

/** What the curator narrowed the journal to; '' means any. `month` is `YYYY-MM`. */
export interface JournalFilter {
  programId: string
  month: string
  query: string
}

/** A meeting of the journal with its pair named: the mentor who held it, the pair's mentees, its programme. */
export interface JournalRow {
  meeting: Meeting
  mentor: string
  mentees: string
  /** The group's mentees it went without, '' for none. */
  absent: string
  /** Names the meeting's kind as the school does. */
  program: Program | undefined
}

export type JournalSortKey = 'date' | 'kind' | 'mentor' | 'mentees' | 'topic' | 'duration' | 'format'
/** The journal's own order, and the only one a phone has. */
export const NEWEST_FIRST: Sort<JournalSortKey> = { key: 'date', descending: true }

/**
 * The first `limit` meetings that pass the filter in date order (newest first unless `oldestFirst`), read through
 * the `date` index and never more of it than needed: the first page of a 10,000-meeting school costs a page.
 */
export async function journalPage(filter: JournalFilter, limit: number, oldestFirst = false): Promise<JournalRow[]> {
  const descending = !oldestFirst
  // The newest `limit` as they are: one request (getAll backwards, where the browser has it) instead of a cursor's
  // step per meeting. It is the whole answer unless something in it fails the filter, a tombstone, say. Read
  // beside the matcher, not after it: read after, the live query lost track of the range (the journal stood
  // still while a pull brought meetings in, its count moving alone).
  const [passes, newest] = await Promise.all([matcher(filter), byDate(filter.month, descending).limit(limit).toArray()])
  const kept = newest.filter(passes)
  const page = kept.length === limit || newest.length < limit ? kept : await byDate(filter.month, descending).filter(passes).limit(limit).toArray()
  return named(page)
}

/** How many meetings pass the filter: a count of the index when nothing narrows it, else one pass of the range. */
export async function journalCount(filter: JournalFilter): Promise<number> {
  if (!filter.programId && !filter.month && !searchable(filter.query))
    return db.meetings.where('deleted').equals(0).count()
  const passes = await matcher(filter)
  return byDate(filter.month).filter(passes).count()
}

/**
 * Every meeting that passes the filter, named: another column's order needs them all before its first page is
 * known. Read once per filter (and on changes); re-sorting them is then a sort in memory.
 */
export async function journalRows(filter: JournalFilter): Promise<JournalRow[]> {
  const passes = await matcher(filter)
  return named(await byDate(filter.month).filter(passes).toArray())
}

export const JOURNAL_COLUMNS: ReadonlyArray<SortColumn<JournalRow, JournalSortKey>> = [
  { key: 'date', label: () => t('meetings.date'), value: ({ meeting }) => meeting.date },
  { key: 'kind', label: () => t('meetings.kind'), value: ({ meeting, program }) => kindName(meeting.kind, program) },
  { key: 'mentor', label: () => t('journal.mentor'), value: ({ mentor }) => mentor },
  { key: 'mentees', label: () => t('journal.mentees'), value: ({ mentees }) => mentees },
  { key: 'topic', label: () => t('meetings.topic'), value: ({ meeting }) => meeting.topic || undefined },
  { key: 'duration', label: () => t('meetings.duration'), value: ({ meeting }) => meeting.durationMin },
  { key: 'format', label: () => t('meetings.format'), value: ({ meeting }) => t(`meetings.formats.${meeting.format}`) },
]

/** The rows in a column's order, then by date; the names were read once, not at every comparison. */
export const sortJournalRows = (rows: readonly JournalRow[], sort: Sort<JournalSortKey>) =>
  sortByColumn(rows, JOURNAL_COLUMNS, sort, row => row.meeting.date)

function byDate(month: string, descending = false) {
  // A calendar date sorts as text, so «-31» closes every month, short ones included.
  const dates = month ? db.meetings.where('date').between(`${month}-01`, `${month}-31`, true, true) : db.meetings.orderBy('date')
  return descending ? dates.reverse() : dates
}

/**
 * The test each meeting of the range must pass. Programmes and names belong to pairs and people (a few hundred
 * each), so they are turned into sets of pair ids first; only a topic is looked for in the meeting itself.
 */
async function matcher(filter: JournalFilter): Promise<(meeting: Meeting) => boolean> {
  const inProgram = filter.programId ? new Set(await db.pairs.where('programId').equals(filter.programId).primaryKeys()) : undefined
  const needle = searchable(filter.query)
  const byName = needle ? await pairsNamed(needle) : undefined
  return meeting => !meeting.deleted
    && (!inProgram || inProgram.has(meeting.pairId))
    && (!byName || byName.pairs.has(meeting.pairId) || byName.people.has(meeting.mentorId) || holds(meeting.topic, needle))
}

/** The people named so, and their pairs: a meeting is found by its pair's people or by the mentor who held it. */
async function pairsNamed(needle: string): Promise<{ people: Set<string>, pairs: Set<string> }> {
  const people = new Set(await db.people.filter(person => holds(person.name, needle)).primaryKeys())
  if (!people.size)
    return { people, pairs: people }
  return { people, pairs: new Set(await db.pairs.filter(pair => people.has(pair.mentorId) || pair.menteeIds.some(id => people.has(id))).primaryKeys()) }
}

/** Names for one page only: its pairs and their people, read by key. */
async function named(meetings: Meeting[]): Promise<JournalRow[]> {
  const pairs = new Map((await db.pairs.bulkGet([...new Set(meetings.map(m => m.pairId))]))
    .filter(pair => pair !== undefined).map(pair => [pair.id, pair]))
  const mentorOf = (meeting: Meeting) => meetingMentorId(meeting, pairs.get(meeting.pairId))
  const personIds = [...new Set([...meetings.map(mentorOf), ...[...pairs.values()].flatMap(pair => pair.menteeIds)])]
  const [people, programs] = await Promise.all([db.people.bulkGet(personIds), programsOf(pairs.values())])
  const names = new Map(people.filter(person => person !== undefined).map(person => [person.id, person.name]))
  return meetings.map((meeting) => {
    const pair = pairs.get(meeting.pairId)
    return pair
      ? { meeting, mentor: names.get(mentorOf(meeting)) ?? '…', mentees: namesOf(pair.menteeIds, names), absent: namesOf(absentMentees(meeting, pair.menteeIds), names), program: programs.get(pair.programId) }
      : { meeting, mentor: '…', mentees: '…', absent: '', program: undefined }
  })
}
