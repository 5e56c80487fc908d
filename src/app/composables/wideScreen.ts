import { onScopeDispose, type Ref, ref } from 'vue'

/** The curator's desktop from here: the sync's state as a strip in full, beside the menu's column. */
const DESK = '(min-width: 1024px)'
/**
 * Lists become tables (issue #20) from here: the desk's screens and 1366 px at 200 % zoom (683 px) alike, so that
 * sorting and selecting rows for bulk actions stay at any zoom (ГОСТ Р 52872, 1.4.4); a phone keeps its cards.
 */
const TABLES = '(min-width: 640px)'

/** Whether the window matches `query` now, following resizes (and zoom: 200 % of 1366 px is 683 px). */
function useMedia(query: string): Ref<boolean> {
  const list = typeof matchMedia === 'function' ? matchMedia(query) : undefined
  const matches = ref(list?.matches ?? false)
  const update = (event: MediaQueryListEvent) => {
    matches.value = event.matches
  }
  list?.addEventListener('change', update)
  onScopeDispose(() => list?.removeEventListener('change', update))
  return matches
}

export const useWideScreen = (): Ref<boolean> => useMedia(DESK)
export const useTableScreen = (): Ref<boolean> => useMedia(TABLES)
