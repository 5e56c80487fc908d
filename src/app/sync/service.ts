import { watch } from 'vue'
import { db } from '../db/index.ts'
import { useSession } from '../stores/session.ts'
import { useSyncStatus } from '../stores/syncStatus.ts'
import { createSyncEngine } from './engine.ts'
import { httpTransport } from './transport.ts'

const AFTER_WRITE_MS = 1500
const WHILE_VISIBLE_MS = 60_000

let engine: ReturnType<typeof createSyncEngine> | undefined
const alongside = new Set<() => Promise<void>>()

/**
 * What leaves by a road of its own (survey answers saved offline, never in the outbox) and goes at every sync too,
 * since the status line counts it as waiting. A feature registers it, so the service imports none. Never rejects.
 * Returns the removal.
 */
export function sendAlongsideSync(send: () => Promise<void>): () => void {
  alongside.add(send)
  return () => alongside.delete(send)
}

/** «Синхронизировать»: also what every trigger calls. Never rejects: a failure goes to the status strip. */
export async function syncNow(): Promise<void> {
  await Promise.all([engine?.syncNow(), ...[...alongside].map(send => send())])
}

/**
 * Starts syncing for the signed-in person: at start, when the network returns, shortly after a local
 * write, every minute while the app is visible, and on the button. No Background Sync: browsers differ.
 */
export function startSyncService(): void {
  const session = useSession()
  const status = useSyncStatus()
  engine = createSyncEngine(db, () => (session.token && !status.blocked ? httpTransport(session.token) : null), status.reporter)

  let debounce: ReturnType<typeof setTimeout> | undefined
  watch(() => status.pending, (count, before) => {
    if (!count || (before !== undefined && count <= before))
      return
    clearTimeout(debounce)
    debounce = setTimeout(() => void syncNow(), AFTER_WRITE_MS)
  })
  watch(() => session.token, token => token && void syncNow(), { immediate: true })
  addEventListener('online', () => void syncNow())
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && void syncNow())
  setInterval(() => document.visibilityState === 'visible' && void syncNow(), WHILE_VISIBLE_MS)
}
