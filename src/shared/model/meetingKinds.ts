// No valibot here: the mentor's first screen names its pairs' meetings with these and loads no schema.

/** The seeds' meeting sequence, in order (знакомство → … → итоговая), plus «другое». */
export const MEETING_KINDS = ['intro', 'trial', 'planning', 'work', 'reflection', 'final', 'other'] as const
export type MeetingKind = typeof MEETING_KINDS[number]

/** One kind of meeting as a programme holds it; `name` is the school's word for it, '' for the methodology's. */
export interface MeetingKindName {
  kind: MeetingKind
  name: string
}

/** The kinds a programme offers a new meeting, in the seeds' order; an empty list offers them all. */
export function offeredKinds(names: readonly MeetingKindName[] | undefined): readonly MeetingKind[] {
  return names?.length ? MEETING_KINDS.filter(kind => names.some(k => k.kind === kind)) : MEETING_KINDS
}

/** The school's own word for a kind, or '' where the programme keeps the methodology's. */
export const ownKindName = (names: readonly MeetingKindName[] | undefined, kind: MeetingKind): string =>
  names?.find(k => k.kind === kind)?.name ?? ''
