import type { Kysely } from 'kysely'
import type { PushRequest, PushResponse } from '#shared/sync/protocol'
import type { AuthContext } from '../auth/guard.ts'
import type { DbKind } from '../storage/db.ts'
import type { Database } from '../storage/schema.ts'
import { GroupCommit, ownTransaction } from '../storage/groupCommit.ts'
import { push } from './push.ts'
import { ScopeCache } from './scope.ts'

/**
 * Where the sync routes apply pushes: in the server's own thread (tests, the demo) or in a writer thread beside
 * it (`pushThread.ts`, the running server). Either answers what `push` answers.
 */
export interface Pushes {
  apply: (auth: AuthContext, request: PushRequest) => Promise<PushResponse>
  close: () => Promise<void>
}

/** Pushes applied on the caller's connection: grouped into shared commits on SQLite, the pushers' scopes kept. */
export function pushesInProcess(db: Kysely<Database>, kind: DbKind): Pushes {
  const scopes = new ScopeCache()
  // A failed shared commit may have lent a kept scope versions that other writes will now take.
  const inTransaction = kind === 'sqlite' ? new GroupCommit(db, () => scopes.clear()).run : ownTransaction(db)
  return {
    apply: (auth, request) => push(inTransaction, auth, request, scopes),
    close: () => Promise.resolve(),
  }
}
