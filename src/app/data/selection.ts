/** Rows a desktop table has selected for a bulk action, by id. Each change makes a new set, so a `shallowRef` sees it. */
export type Selection = ReadonlySet<string>

/** The selection with `ids` added (`on`) or taken out. */
export function withRows(selection: Selection, ids: readonly string[], on: boolean): Selection {
  const next = new Set(selection)
  for (const id of ids) {
    if (on)
      next.add(id)
    else
      next.delete(id)
  }
  return next
}

/** Whether every one of `ids` is selected (none shown: no). */
export const allSelected = (selection: Selection, ids: readonly string[]): boolean => ids.length > 0 && ids.every(id => selection.has(id))
