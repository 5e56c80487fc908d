import { onScopeDispose, ref } from 'vue'

/** The curator's desktop from here: lists become tables (issue #20), below it they stay cards for a phone. */
const WIDE = '(min-width: 1024px)'

/** Whether the window is desktop-wide now, following resizes (and zoom: 200 % of 1366 px is a phone). */
export function useWideScreen() {
  const query = typeof matchMedia === 'function' ? matchMedia(WIDE) : undefined
  const wide = ref(query?.matches ?? false)
  const update = (event: MediaQueryListEvent) => {
    wide.value = event.matches
  }
  query?.addEventListener('change', update)
  onScopeDispose(() => query?.removeEventListener('change', update))
  return wide
}
