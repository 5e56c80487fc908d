import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import { isOnline } from '../composables/online.ts'
import { countQueuedAnswers } from '../data/queuedAnswers.ts'
import { db } from '../db/index.ts'
import { useLiveQuery } from '../db/live.ts'
import { readMeta } from '../db/meta.ts'
import { askPersistenceOnce } from '../db/persist.ts'
import type { SyncFailure, SyncReporter } from '../sync/engine.ts'

/** What the status strip shows: connectivity, what waits to be sent, the last sync and how the current one goes. */
export const useSyncStatus = defineStore('syncStatus', () => {
  const pending = useLiveQuery(() => db.outbox.count())
  // A survey answer saved offline waits too, though outside the outbox (it goes with the card's code alone).
  const queuedAnswers = useLiveQuery(countQueuedAnswers)
  /** What the person sees as waiting: the outbox and the queued survey answers. */
  const waiting = computed(() => (pending.value ?? 0) + (queuedAnswers.value ?? 0))
  // One read of the last sync serves both: null once the database has said there is none, undefined until it answers.
  const lastSync = useLiveQuery(async () => (await readMeta(db, 'lastSyncedAt')) ?? null)
  const lastSyncedAt = computed(() => lastSync.value ?? undefined)
  /** Whether this device ever finished a sync; undefined until the database answers. */
  const everSynced = computed(() => (lastSync.value === undefined ? undefined : lastSync.value !== null))
  const persist = useLiveQuery(() => readMeta(db, 'persist'))
  const blocked = useLiveQuery(() => readMeta(db, 'syncBlocked'))
  const rejections = useLiveQuery(() => db.rejections.count())
  const syncing = ref(false)
  const received = ref(0)
  const sent = ref(0)
  const fraction = ref<number>()
  const failure = ref<SyncFailure | null>(null)

  // The first record written is "real work": the moment to ask the browser to keep our data.
  watch(pending, (count) => {
    if (count && persist.value === undefined)
      void askPersistenceOnce(db)
  })

  const reporter: SyncReporter = {
    started: () => {
      syncing.value = true
      received.value = 0
      sent.value = 0
      fraction.value = undefined
    },
    progress: (r, s, f) => {
      received.value = r
      sent.value = s
      fraction.value = f
    },
    finished: (result) => {
      syncing.value = false
      failure.value = result
    },
  }

  return { online: isOnline, pending, queuedAnswers, waiting, lastSyncedAt, everSynced, persist, blocked, rejections, syncing, received, sent, fraction, failure, reporter }
})
