import { defineStore } from 'pinia'
import { isOnline } from '../composables/online.ts'
import { db } from '../db/index.ts'
import { useLiveQuery } from '../db/live.ts'
import { readMeta } from '../db/meta.ts'
import { askPersistenceOnce } from '../db/persist.ts'
import { watch } from 'vue'

/** What the status strip shows: connectivity, what waits in the outbox, when the last sync happened. */
export const useSyncStatus = defineStore('syncStatus', () => {
  const pending = useLiveQuery(() => db.outbox.count())
  const lastSyncedAt = useLiveQuery(() => readMeta(db, 'lastSyncedAt'))
  const persist = useLiveQuery(() => readMeta(db, 'persist'))

  // The first record written is "real work": the moment to ask the browser to keep our data.
  watch(pending, (count) => {
    if (count && persist.value === undefined)
      void askPersistenceOnce(db)
  })

  return { online: isOnline, pending, lastSyncedAt, persist }
})
