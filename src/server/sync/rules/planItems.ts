import type { EntityRule } from '../context.ts'
import { heldWhenMade } from './formerMentors.ts'

/** A plan item ticked offline before the pair was handed on is still its former mentor's to send. */
export const planItems: EntityRule = {
  reads: ['pairs'],
  judge: (_db, batch) => ({ heldWhenMade: (pairId, mutation) => heldWhenMade(batch, pairId, mutation) }),
}
