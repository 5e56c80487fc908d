import { ApiFailure } from '../api/client.ts'
import { writeMeta } from '../db/meta.ts'
import type { NastavnikDb } from '../db/schema.ts'
import { getClientId } from './clientId.ts'
import { pullChanges } from './pull.ts'
import { pushOutbox } from './push.ts'
import type { SyncTransport } from './transport.ts'

/** Why a sync stopped: `offline` and `server` retry by themselves; the others wait for the person. */
export type SyncFailure = 'offline' | 'server' | 'unauthorized' | 'revoked' | 'expired' | 'protocol_unsupported'

export interface SyncReporter {
  started: () => void
  /** `fraction` (0–1) of the pull done, when the server says how far it has to go. */
  progress: (received: number, sent: number, fraction?: number) => void
  /** `error` is the cause, for the console: the person sees `failure`. */
  finished: (failure: SyncFailure | null, error?: unknown) => void
}

function classifyFailure(error: unknown): SyncFailure {
  if (!(error instanceof ApiFailure))
    return 'server'
  if (error.status === 0)
    return 'offline'
  if (error.status === 401) {
    // Revoked and expired read differently to the person; any other 401 is an unknown or logged-out session.
    const code = error.body?.error
    return code === 'revoked' || code === 'expired' ? code : 'unauthorized'
  }
  if (error.body?.error === 'protocol_unsupported')
    return 'protocol_unsupported'
  return 'server'
}

/**
 * One sync at a time: push everything, then pull everything, the push's last answer bringing the pull's first page.
 * A request for a sync while one runs makes that one go round once more, so a write made mid-sync is never left
 * waiting for a timer.
 */
export function createSyncEngine(db: NastavnikDb, transport: () => SyncTransport | null, reporter: SyncReporter) {
  let running: Promise<void> | null = null
  let again = false

  async function cycle(): Promise<void> {
    const link = transport()
    if (!link)
      return
    reporter.started()
    let received = 0
    let sent = 0
    try {
      const pulled = await pushOutbox(db, link, await getClientId(db), (n) => {
        sent += n
        reporter.progress(received, sent)
      }, true)
      await pullChanges(db, link, (n, fraction) => {
        received += n
        reporter.progress(received, sent, fraction)
      }, pulled)
      await writeMeta(db, 'lastSyncedAt', new Date().toISOString())
      reporter.finished(null)
    } catch (error) {
      const failure = classifyFailure(error)
      if (failure !== 'offline' && failure !== 'server')
        await writeMeta(db, 'syncBlocked', failure)
      reporter.finished(failure, error)
    }
  }

  function syncNow(): Promise<void> {
    if (running) {
      again = true
      return running
    }
    running = (async () => {
      do {
        again = false
        await cycle()
      } while (again)
    })().finally(() => {
      running = null
    })
    return running
  }

  return { syncNow }
}
