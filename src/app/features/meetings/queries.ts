import Dexie from 'dexie'
import { db } from '../../db/index.ts'

/** A pair's meetings in date order, through the [pairId+date] index. */
export function meetingsOf(pairId: string) {
  return db.meetings.where('[pairId+date]').between([pairId, Dexie.minKey], [pairId, Dexie.maxKey]).filter(m => !m.deleted)
}
