import type { PushRequest, PushResponse } from '#shared/sync/protocol'
import type { AuthContext } from '../auth/guard.ts'
import type { DatabaseConfig } from '../config.ts'
import type { StorageHealth } from '../storage/health.ts'
import type { Pushes } from './pushes.ts'
import { entryBeside, ThreadCalls } from '../threads/calls.ts'

export interface PushCall {
  auth: AuthContext
  request: PushRequest
}

/**
 * Pushes applied in a writer thread of their own (`pushWorker.ts`), which groups them into shared commits on
 * SQLite as the server's thread did. The server's thread keeps HTTP, the sessions and everything else, and no
 * longer waits for a commit's flush to the disk (about a millisecond each, on which it served nothing).
 * Its other writes begin IMMEDIATE on SQLite (`storage/db.ts`), so the two connections queue for the lock.
 */
export class PushThread implements Pushes {
  readonly #calls: ThreadCalls<PushCall, PushResponse>

  constructor(database: DatabaseConfig, private readonly health: StorageHealth) {
    this.#calls = new ThreadCalls(entryBeside(import.meta.url, 'pushWorker'), database, health)
  }

  async apply(auth: AuthContext, request: PushRequest): Promise<PushResponse> {
    const response = await this.#calls.call({ auth, request })
    // An applied change inserted its audit row: the disk, if it was full, has room again.
    if (response.results.some(result => result.status === 'applied'))
      this.health.inserted()
    return response
  }

  close(): Promise<void> {
    return this.#calls.close()
  }
}
