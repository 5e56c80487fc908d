import type { Transaction } from 'kysely'
import type { EntityName } from '#shared/sync/entityNames'
import type { Database } from '../storage/schema.ts'
import type { StoredRecord } from '../records/row.ts'
import type { Claim } from './claim.ts'
import type { Db } from './context.ts'
import { loadRecords } from '../records/read.ts'
import { reserveVersions, scopeMoved } from '../records/write.ts'
import { writeAll, type Write } from '../storage/dialect.ts'

/**
 * Where a push reads and where its writes go: a transaction that holds the school's lock from the claim to the
 * commit (below), or reads first and one guarded statement at the end (guarded.ts).
 */
export interface PushStage {
  /** Where the push's rules, scope and restores read. */
  db: Db
  /** The device's seq before this push, and versions for its new mutations. */
  claim: Claim
  /** The records the mutations name, as the school's writers left them. */
  records: (keys: ReadonlyArray<{ entity: EntityName, id: string }>) => Promise<Map<string, StoredRecord>>
  /** The first of `count` more versions, after the claim's (a push's conflicts). */
  versions: (count: number) => Promise<number>
  /** The push's writes, all at once; `movesScope` when one is a scope input. False when nothing was written. */
  commit: (writes: readonly Write[], movesScope: boolean) => Promise<boolean>
}

/** A push in its transaction, the school's counter locked by its claim: reads see the school as the lock left it. */
export function transactionStage(trx: Transaction<Database>, schoolId: string, claim: Claim): PushStage {
  return {
    db: trx,
    claim,
    records: keys => loadRecords(trx, schoolId, keys),
    versions: count => reserveVersions(trx, schoolId, count),
    commit: async (writes, movesScope) => {
      await writeAll(trx, movesScope ? [...writes, scopeMoved(trx, schoolId)] : writes)
      return true
    },
  }
}
