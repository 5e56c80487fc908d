import { type EntityRule, refusal } from '../context.ts'

/** An erased card stays erased, and only the server erases (src/server/people/erase.ts). */
export const people: EntityRule = {
  judge: () => ({
    guard: (current, mutation) => {
      // A device that still holds the old name cannot write it back.
      if (current?.data.erased === 1)
        return refusal('forbidden', 'person_erased')
      if (mutation.fields.erased === 1)
        return refusal('forbidden', 'erased_by_server', 'erased')
      return null
    },
  }),
}
