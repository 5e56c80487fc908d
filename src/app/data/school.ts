import type { SurveySummary } from '#shared/api/surveys'
import type { SchoolRecords } from '#shared/indicators/school'
import type { MeetingDate } from '#shared/indicators/activity'
import type { Pair } from '#shared/model/pair'
import type { Person } from '#shared/model/person'
import type { Program } from '#shared/model/program'
import type { Roadmap } from '#shared/model/roadmap'
import type { RoadmapEvent } from '#shared/model/roadmapEvent'
import type { SurveyCampaign } from '#shared/model/surveyCampaign'
import { onMounted, shallowRef } from 'vue'
import { db } from '../db/index.ts'
import { useLiveQuery } from '../db/live.ts'
import { readMeta, writeMeta } from '../db/meta.ts'
import { surveysApi } from './surveysApi.ts'

/**
 * The school's registries on this device, as the indicators and the documents read them. Meetings are not among
 * them: 10,000 whole meetings (their notes too) would hold back the first paint of every page that reads these.
 */
export interface SchoolData extends Omit<SchoolRecords, 'campaignSatisfaction'> {
  people: Person[]
  pairs: Pair[]
  programs: Program[]
  roadmaps: Roadmap[]
  roadmapEvents: RoadmapEvent[]
  campaigns: SurveyCampaign[]
}

const live = <T extends { deleted: 0 | 1 }>(rows: T[]) => rows.filter(r => !r.deleted)

async function loadSchoolData(): Promise<SchoolData> {
  const [people, pairs, partners, programs, indicatorYears, indicatorDefinitions, campaigns, roadmaps, roadmapEvents] = await Promise.all([
    db.people.toArray(),
    db.pairs.toArray(),
    db.partners.toArray(),
    db.programs.toArray(),
    db.indicatorYears.toArray(),
    db.indicatorDefinitions.toArray(),
    db.surveyCampaigns.toArray(),
    db.roadmaps.toArray(),
    db.roadmapEvents.toArray(),
  ])
  return {
    people: live(people),
    pairs: live(pairs),
    partners: live(partners),
    programs: live(programs),
    indicatorYears: live(indicatorYears),
    indicatorDefinitions: live(indicatorDefinitions),
    campaigns: live(campaigns),
    roadmaps: live(roadmaps),
    roadmapEvents: live(roadmapEvents),
  }
}

export const useSchoolData = () => useLiveQuery(loadSchoolData)

/**
 * Every live meeting's pair and date, for the dashboard's activity: read from the [pairId+date] index's keys
 * alone, in one pass, never the meetings themselves.
 */
export function useMeetingDates() {
  return useLiveQuery(() => db.transaction('r', db.meetings, async () => {
    const deleted = new Set(await db.meetings.where('deleted').equals(1).primaryKeys())
    const dates: MeetingDate[] = []
    await db.meetings.orderBy('[pairId+date]').eachKey((key, cursor) => {
      const [pairId, date] = key as [string, string]
      if (!deleted.has(cursor.primaryKey))
        dates.push({ pairId, date })
    })
    return dates
  }))
}

/**
 * The survey aggregates only the server can compute (answers never reach a device): asked for on opening,
 * kept on the device, so offline the last figures show with their date. `at` is null when never fetched.
 */
export function useSurveySummary() {
  const state = shallowRef<{ summary: SurveySummary | null, at: string | null, fresh: boolean }>({ summary: null, at: null, fresh: false })
  onMounted(async () => {
    const kept = await readMeta(db, 'surveySummary')
    if (kept)
      state.value = { ...kept, fresh: false }
    try {
      const summary = await surveysApi.summary()
      const at = new Date().toISOString()
      await writeMeta(db, 'surveySummary', { summary, at })
      state.value = { summary, at, fresh: true }
    } catch {
      // Offline or signed out: the kept figures (or none) stay, and the page says how old they are.
    }
  })
  return state
}

/** The records and the aggregates as the shared indicator code takes them. */
export function schoolRecordsOf(data: SchoolData, summary: SurveySummary | null): SchoolRecords {
  return { ...data, campaignSatisfaction: summary?.campaigns ?? [] }
}
