import type { Kysely } from 'kysely'
import type { AuthContext } from '../auth/guard.ts'
import type { DbKind } from '../storage/db.ts'
import type { Database } from '../storage/schema.ts'
import { type PageForm, pull } from './pull.ts'
import { ScopeCache } from './scope.ts'

/**
 * Where the sync routes read pull pages: in the server's own thread (tests, PostgreSQL) or in a reader thread
 * beside it (`pageThread.ts`, the running server on SQLite). Either gives what `pull` gives, byte for byte.
 */
export interface PullPages {
  read: (auth: AuthContext, cursor: string | null, form: PageForm, rows?: number) => Promise<Buffer>
  close: () => Promise<void>
}

/** Pages read on the caller's connection, their scopes kept between pulls. */
export function pagesInProcess(db: Kysely<Database>, kind: DbKind): PullPages {
  const scopes = new ScopeCache()
  return {
    read: (auth, cursor, form, rows) => pull(db, kind, auth, cursor, scopes, form, rows),
    close: () => Promise.resolve(),
  }
}
