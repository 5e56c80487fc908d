import { liveQuery } from 'dexie'
import { onScopeDispose, type Ref, shallowRef } from 'vue'

/**
 * A ref that follows a Dexie query: it re-runs whenever a table it read changes, in this tab or another.
 * `undefined` until the first answer, so a screen can tell "loading" from "empty".
 */
export function useLiveQuery<T>(query: () => T | Promise<T>): Ref<T | undefined> {
  const result = shallowRef<T>()
  const subscription = liveQuery(query).subscribe({
    next: (value) => { result.value = value },
    error: error => console.error('live query failed', error),
  })
  onScopeDispose(() => subscription.unsubscribe())
  return result
}
