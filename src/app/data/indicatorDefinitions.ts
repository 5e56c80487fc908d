import { liveDefinitions } from '#shared/indicators/compute'
import { db } from '../db/index.ts'
import { useLiveQuery } from '../db/live.ts'

/** The school's live indicator definitions in their order (the one the dashboard and the справка show). */
export const useIndicatorDefinitions = () => useLiveQuery(async () => liveDefinitions(await db.indicatorDefinitions.toArray()))
