import type { SyncedRecords } from './entities.ts'
import type { EntityName } from './entityNames.ts'

/**
 * One local change, as it waits in the outbox and as it is pushed. `fields` is a patch: only what
 * the user changed, so two devices editing different fields of one record both win (last writer per field).
 * `seq` increases per device (client id) and is what makes a push exactly-once.
 */
export interface Mutation<E extends EntityName = EntityName> {
  seq: number
  entity: E
  id: string
  op: 'upsert' | 'delete'
  fields: Partial<SyncedRecords[E]>
  /** Device clock when made: shown to people, never used to order. */
  at: string
  /**
   * The pull cursor the device had when the change was made: how much of the others' writes its author had seen.
   * A field someone else changed after it is a conflict the server records (src/shared/model/fieldConflict.ts).
   */
  seen?: string
}
