import { type Meeting, meetingMentorId, presentMentees } from '#shared/model/meeting'
import type { Pair } from '#shared/model/pair'
import type { Person } from '#shared/model/person'
import type { Program } from '#shared/model/program'
import { meetingKindNamer } from '../../data/meetingKinds.ts'
import type { DocumentRequisites } from '../../data/requisites.ts'
import { formatDate, t } from '../../i18n/index.ts'
import { type Block, editableParagraph, type ReportDocument } from './document.ts'
import { curatorSignatures, type DraftInput, durationText, shortDate, signature } from './parts.ts'

/** A pair's journal, or the school's over a period (dates included), of one programme's pairs where `programId` is given. */
export type JournalScope = { pairId: string } | { from: string, to: string, programId?: string }

export interface MeetingJournalInput {
  requisites: DocumentRequisites
  scope: JournalScope
  pairs: readonly Pair[]
  /** Name each meeting's kind as its programme does. */
  programs: readonly Program[]
  people: readonly Person[]
  meetings: readonly Meeting[]
  draft: DraftInput
}

/** The meetings the journal lists, oldest first: the pair's, or every pair's within the period. */
function journalMeetings(scope: JournalScope, meetings: readonly Meeting[], pairs: ReadonlyMap<string, Pair>): Meeting[] {
  const inScope = (m: Meeting) => ('pairId' in scope
    ? m.pairId === scope.pairId
    : m.date >= scope.from && m.date <= scope.to && (!scope.programId || pairs.get(m.pairId)?.programId === scope.programId))
  return meetings.filter(m => !m.deleted && inScope(m))
    .sort((a, b) => a.date.localeCompare(b.date))
}

/**
 * Журнал встреч: each meeting with its date, the mentor who held it (its own, kept when the pair changed hands),
 * its kind and format, topic and length, and who was there (where the journal has a group); of one pair, or of the school
 * over a period.
 */
export function buildMeetingJournal(input: MeetingJournalInput): ReportDocument {
  const { requisites, scope, draft } = input
  const names = new Map(input.people.map(p => [p.id, p.name]))
  const pairs = new Map(input.pairs.map(p => [p.id, p]))
  const nameOf = (id: string) => names.get(id) ?? '…'
  const ofPair = 'pairId' in scope
  const pair = ofPair ? pairs.get(scope.pairId) : undefined
  const meetings = journalMeetings(scope, input.meetings, pairs)
  const programId = ofPair ? pair?.programId : scope.programId
  const program = programId ? input.programs.find(p => p.id === programId) : undefined
  const kindOf = meetingKindNamer(input.pairs, input.programs)
  const groups = ofPair ? (pair?.menteeIds.length ?? 0) > 1 : meetings.some(m => (pairs.get(m.pairId)?.menteeIds.length ?? 0) > 1)
  const rows = meetings.map((m, i) => {
    const menteeIds = pairs.get(m.pairId)?.menteeIds ?? []
    const present = presentMentees(m, menteeIds)
    return [
      String(i + 1),
      shortDate(m.date),
      ...(ofPair ? [] : [menteeIds.map(nameOf).join(', ')]),
      nameOf(meetingMentorId(m, pairs.get(m.pairId))),
      [`${kindOf(m)}, ${t(`meetings.formats.${m.format}`)}`, m.topic].filter(Boolean).join('. '),
      String(m.durationMin),
      ...(groups ? [present.map(nameOf).join(', ')] : []),
      // A pair's journal is the paper its mentee signs for each meeting held.
      ...(ofPair ? [''] : []),
    ]
  })
  const head = [
    t('reports.order.number'),
    t('documents.journal.date'),
    ...(ofPair ? [] : [t('documents.journal.pair')]),
    t('documents.journal.heldBy'),
    t('documents.journal.kind'),
    t('documents.journal.minutes'),
    ...(groups ? [t('documents.journal.attended')] : []),
    ...(ofPair ? [t('documents.journal.signed', { n: pair?.menteeIds.length ?? 1 })] : []),
  ]
  const menteeNames = (pair?.menteeIds ?? []).map(nameOf).join(', ')
  const subtitle = ofPair
    ? t('documents.journal.ofPair', { mentor: pair ? nameOf(pair.mentorId) : '…', mentees: menteeNames, n: pair?.menteeIds.length ?? 1 })
    : program
      ? t('documents.journal.ofProgramPeriod', { name: program.name, from: formatDate(scope.from), to: formatDate(scope.to) })
      : t('documents.journal.ofPeriod', { from: formatDate(scope.from), to: formatDate(scope.to) })
  const blocks: Block[] = [
    editableParagraph('subtitle', subtitle, draft.texts, 'center'),
    ...(rows.length
      ? [{ kind: 'table', head, rows, compact: true } as const, { kind: 'paragraph', text: t('documents.journal.total', { count: rows.length, duration: durationText(meetings) }) } as const]
      : [{ kind: 'paragraph', text: t('documents.journal.none') } as const]),
    ...(ofPair ? [signature(t('documents.journal.signMentor'), pair ? nameOf(pair.mentorId) : '')] : []),
    // A pair's journal, or a programme's, is signed by the programme's curators.
    ...curatorSignatures(requisites, program?.curators),
  ]
  return {
    fileName: ofPair ? t('documents.journal.filePair', { names: menteeNames }) : t('documents.journal.filePeriod', { from: shortDate(scope.from), to: shortDate(scope.to) }),
    title: t('documents.journal.heading'),
    preamble: [requisites.fullName],
    blocks,
  }
}
