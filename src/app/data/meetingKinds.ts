import type { Meeting } from '#shared/model/meeting'
import { type MeetingKind, type MeetingKindName, ownKindName } from '#shared/model/meetingKinds'
import type { Pair } from '#shared/model/pair'
import type { Program } from '#shared/model/program'
import { t } from '../i18n/index.ts'

/** What of a programme names its meetings; older records have no list. */
type KindNames = { meetingKinds?: readonly MeetingKindName[] } | undefined

/** A kind as the programme's school names it, or by the methodology's word. */
export const kindName = (kind: MeetingKind, program: KindNames): string =>
  ownKindName(program?.meetingKinds, kind) || t(`meetings.kinds.${kind}`)

/** Each meeting's kind named by its pair's programme: for lists and documents that hold the pairs and programmes. */
export function meetingKindNamer(pairs: Iterable<Pick<Pair, 'id' | 'programId'>>, programs: Iterable<Pick<Program, 'id' | 'meetingKinds'>>) {
  const byId = new Map([...programs].map(p => [p.id, p]))
  const programByPair = new Map([...pairs].map(pair => [pair.id, byId.get(pair.programId)]))
  return (meeting: Pick<Meeting, 'kind' | 'pairId'>): string => kindName(meeting.kind, programByPair.get(meeting.pairId))
}
