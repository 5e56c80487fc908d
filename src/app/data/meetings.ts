import Dexie from 'dexie'
import { db } from '../db/index.ts'

/** A pair's meetings in date order, through the [pairId+date] index. */
export function meetingsOf(pairId: string) {
  return db.meetings.where('[pairId+date]').between([pairId, Dexie.minKey], [pairId, Dexie.maxKey]).filter(m => !m.deleted)
}

/** A pair's plan, in the order the curator set. */
export async function planOf(pairId: string) {
  const items = await db.planItems.where('pairId').equals(pairId).filter(item => !item.deleted).toArray()
  return items.sort((a, b) => a.position - b.position)
}
