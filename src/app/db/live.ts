import { liveQuery, type Subscription } from 'dexie'
import { onScopeDispose, type Ref, shallowRef, watch, type WatchSource } from 'vue'

/**
 * A ref that follows a Dexie query: it re-runs whenever a table it read changes, in this tab or another.
 * `undefined` until the first answer, so a screen can tell "loading" from "empty".
 *
 * Dexie cannot see Vue's refs, so a query that reads some (a filter, a page size) names them in `deps`: when they
 * change the query starts again. The last answer stays until the new one comes, so a list does not blink empty.
 */
export function useLiveQuery<T>(query: () => T | Promise<T>, deps?: WatchSource): Ref<T | undefined> {
  const result = shallowRef<T>()
  let subscription: Subscription | undefined
  function subscribe(): void {
    subscription?.unsubscribe()
    subscription = liveQuery(query).subscribe({
      next: (value) => { result.value = value },
      error: error => console.error('live query failed', error),
    })
  }
  if (deps)
    watch(deps, subscribe, { immediate: true })
  else
    subscribe()
  onScopeDispose(() => subscription?.unsubscribe())
  return result
}
