import type { Kysely } from 'kysely'
import type { PushRequest, PushResponse } from '#shared/sync/protocol'
import type { AuthContext } from '../auth/guard.ts'
import type { DbKind } from '../storage/db.ts'
import type { Database } from '../storage/schema.ts'
import { touchSync } from '../auth/sessions.ts'
import { GroupCommit, ownTransaction } from '../storage/groupCommit.ts'
import { GuardedPushes } from './guarded.ts'
import { push } from './push.ts'
import { ScopeCache } from './scope.ts'

/**
 * What the sync routes write: the pushes, and the session's last sync (`touchSync`). In the server's own thread
 * (tests, PostgreSQL) or in a writer thread beside it (`writeThread.ts`, the running server on SQLite).
 */
export interface SyncWrites {
  push: (auth: AuthContext, request: PushRequest) => Promise<PushResponse>
  touch: (auth: AuthContext) => Promise<void>
  close: () => Promise<void>
}

/** Writes on the caller's connection: pushes grouped into shared commits on SQLite, guarded on PostgreSQL, the pushers' scopes kept. */
export function writesInProcess(db: Kysely<Database>, kind: DbKind): SyncWrites {
  const scopes = new ScopeCache()
  // A failed shared commit may have lent a kept scope versions that other writes will now take.
  const inTransaction = kind === 'sqlite' ? new GroupCommit(db, () => scopes.clear()).run : ownTransaction(db)
  // On PostgreSQL a push is read first and written in one guarded statement, in its transaction only if it must.
  const guarded = kind === 'postgres' ? new GuardedPushes(db) : undefined
  return {
    push: async (auth, request) => await guarded?.push(auth, request, scopes) ?? push(inTransaction, auth, request, scopes),
    touch: auth => touchSync(db, auth),
    close: () => Promise.resolve(),
  }
}
