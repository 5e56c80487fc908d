import type { PushRequest, PushResponse } from '#shared/sync/protocol'
import type { AuthContext } from '../auth/guard.ts'
import type { DatabaseConfig } from '../config.ts'
import type { StorageHealth } from '../storage/health.ts'
import type { SyncWrites } from './writes.ts'
import { syncTouchDue } from '../auth/sessions.ts'
import { entryBeside, ThreadCalls } from '../threads/calls.ts'

export type WriteCall
  = | { push: PushRequest, auth: AuthContext }
    | { touch: AuthContext }

/**
 * The sync's writes in a writer thread of their own (`writeWorker.ts`), which groups the pushes into shared
 * commits as the server's thread did. The server's thread keeps HTTP, the sessions' reads and everything else, and
 * no longer waits for a commit's flush to the disk (about a millisecond each, during which it served nothing).
 * A session's last sync goes there too: the commonest write of a region's devices would otherwise wait on this
 * thread for the writer's lock. The server's other writes begin IMMEDIATE and wait for the lock without stopping
 * the server's thread (`storage/db.ts`).
 */
export class WriteThread implements SyncWrites {
  readonly #calls: ThreadCalls<WriteCall, PushResponse | null>

  constructor(database: DatabaseConfig, private readonly health: StorageHealth) {
    this.#calls = new ThreadCalls(entryBeside(import.meta.url, 'writeWorker'), database, health)
  }

  async push(auth: AuthContext, request: PushRequest): Promise<PushResponse> {
    const response = (await this.#calls.call({ push: request, auth }))!
    // A change applied or refused inserted its audit or rejection row: the disk, if it was full, has room again.
    if (response.results.some(result => result.status !== 'duplicate'))
      this.health.inserted()
    return response
  }

  async touch(auth: AuthContext): Promise<void> {
    if (syncTouchDue(auth))
      await this.#calls.call({ touch: auth })
  }

  close(): Promise<void> {
    return this.#calls.close()
  }
}
