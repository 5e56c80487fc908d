import type { MeetingKindName } from '#shared/model/meetingKinds'
import { daysBetween } from '#shared/dates'
import { concernsProgram } from '#shared/model/roadmapEvent'
import { meetingKindsNamed } from '#shared/roadmap/meetingKindsNamed'
import { db } from '../../db/index.ts'
import { useLiveQuery } from '../../db/live.ts'

/** The meetings a roadmap plans for a programme, and the roadmap's period, to say where they come from. */
export interface PlannedKinds {
  kinds: MeetingKindName[]
  startDate: string
  endDate: string
}

/**
 * The meeting kinds the school's roadmap for the programme's dates plans (the roadmap sharing most of its days, of
 * those that name a sequence of meetings in the programme's events or the school-wide ones), or null where none does.
 */
export function usePlannedKinds(program: () => { id: string | undefined, startDate: string, endDate: string }) {
  return useLiveQuery(async (): Promise<PlannedKinds | null> => {
    const { id = '', startDate, endDate } = program()
    // The roadmap sharing most of the programme's days first: a school year's before a several years' one it overlaps.
    const shared = (r: { startDate: string, endDate: string }) =>
      daysBetween(r.startDate > startDate ? r.startDate : startDate, r.endDate < endDate ? r.endDate : endDate)
    const roadmaps = (await db.roadmaps.orderBy('startDate').reverse().toArray())
      .filter(r => !r.deleted && shared(r) >= 0)
      .sort((a, b) => shared(b) - shared(a))
    for (const roadmap of roadmaps) {
      const events = await db.roadmapEvents.where('roadmapId').equals(roadmap.id).toArray()
      const kinds = meetingKindsNamed(events.filter(e => !e.deleted && concernsProgram(e, id)).map(e => e.title))
      if (kinds)
        return { kinds, startDate: roadmap.startDate, endDate: roadmap.endDate }
    }
    return null
  }, program)
}

/** Whether a programme's kinds are the ones planned, names and all. */
export const holdsPlanned = (kinds: readonly MeetingKindName[], planned: PlannedKinds): boolean =>
  kinds.length === planned.kinds.length && planned.kinds.every((k, i) => kinds[i]?.kind === k.kind && kinds[i]?.name === k.name)
