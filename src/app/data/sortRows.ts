/** A desktop table's order: the column it is sorted by, and which way. */
export interface Sort<K extends string> { key: K, descending: boolean }

const collator = new Intl.Collator('ru', { numeric: true })

/** Where the column stands in `aria-sort` terms. */
export const ariaSort = <K extends string>(sort: Sort<K>, key: K): 'ascending' | 'descending' | undefined => (sort.key === key ? (sort.descending ? 'descending' : 'ascending') : undefined)

/** A click on a column's head: sorted by it, or the other way if it already was. */
export const nextSort = <K extends string>(sort: Sort<K>, key: K): Sort<K> => ({ key, descending: sort.key === key && !sort.descending })

/**
 * Rows in a column's order, then by `name`; unknown values (undefined) go last whichever the direction.
 * A new array: the list itself stays as read.
 */
function sortRows<T>(rows: readonly T[], valueOf: (row: T) => string | number | undefined, name: (row: T) => string, descending: boolean): T[] {
  const keyed = rows.map(row => ({ row, value: valueOf(row) }))
  keyed.sort((a, b) => {
    if (a.value === undefined || b.value === undefined)
      return a.value === b.value ? collator.compare(name(a.row), name(b.row)) : a.value === undefined ? 1 : -1
    const order = typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : collator.compare(String(a.value), String(b.value))
    return (descending ? -order : order) || collator.compare(name(a.row), name(b.row))
  })
  return keyed.map(k => k.row)
}

/** A desktop table's sortable column: its key, the words of its head, and what it sorts the rows by. */
export interface SortColumn<T, K extends string> { key: K, label: () => string, value: (row: T) => string | number | undefined }

/** Rows in the order of the column `sort` names, then by `name`. */
export function sortByColumn<T, K extends string>(rows: readonly T[], columns: ReadonlyArray<SortColumn<T, K>>, sort: Sort<K>, name: (row: T) => string): T[] {
  const column = columns.find(c => c.key === sort.key)
  return column ? sortRows(rows, column.value, name, sort.descending) : [...rows]
}
