import { type EntityRule, refusal } from '../context.ts'

/** Only the server records a conflict (sync/conflicts.ts); its authors' devices say how they settled it, nothing more. */
export const conflicts: EntityRule = {
  judge: () => ({
    guard: (current, mutation) => {
      if (!current || mutation.op === 'delete')
        return refusal('forbidden', 'conflict_by_server')
      const other = Object.keys(mutation.fields).find(field => field !== 'resolution')
      return other === undefined ? null : refusal('forbidden', 'conflict_by_server', other)
    },
  }),
}
