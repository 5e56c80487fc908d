import type { AuthContext } from '../auth/guard.ts'
import type { DatabaseConfig } from '../config.ts'
import type { StorageHealth } from '../storage/health.ts'
import type { PullPages } from './pages.ts'
import { PULL_PAGE_ROWS } from '#shared/sync/limits'
import { entryBeside, ThreadCalls } from '../threads/calls.ts'
import { atHead, type PageForm } from './pull.ts'

export interface PageRequest {
  auth: AuthContext
  cursor: string | null
  form: PageForm
  rows: number
}

/**
 * Pull pages read in a thread of their own (`pageWorker.ts`), on a read-only connection of its own: reading a
 * scope's rows and printing them, as much work as a push, goes to another core. SQLite's WAL lets the reader
 * see each commit at once and never wait for a writer. A pull already at the head is answered here, from the
 * session's read.
 */
export class PageThread implements PullPages {
  readonly #calls: ThreadCalls<PageRequest, Uint8Array>

  constructor(database: DatabaseConfig, health: StorageHealth) {
    this.#calls = new ThreadCalls(entryBeside(import.meta.url, 'pageWorker'), database, health)
  }

  async read(auth: AuthContext, cursor: string | null, form: PageForm, rows = PULL_PAGE_ROWS): Promise<Buffer> {
    const answered = atHead(auth, cursor, form)
    if (answered)
      return answered
    const page = await this.#calls.call({ auth, cursor, form, rows })
    return Buffer.from(page.buffer, page.byteOffset, page.byteLength)
  }

  close(): Promise<void> {
    return this.#calls.close()
  }
}
