import { computed, type WritableComputedRef } from 'vue'
import { useRoute, useRouter } from 'vue-router'

interface QueryParamOptions {
  /** A value the page can use; anything else in the address (edited by hand, an old link) reads as the fallback. */
  shape?: RegExp
  /** What the page shows while the address says nothing (or nothing usable). */
  fallback?: () => string
}

/**
 * A page's choice kept in the address (`?name=`), so going back, a reload or a copied link finds it again.
 * Setting '' removes it from the address.
 */
export function useQueryParam(name: string, { shape = /^/, fallback = () => '' }: QueryParamOptions = {}): WritableComputedRef<string> {
  const route = useRoute()
  const router = useRouter()
  return computed({
    get: () => {
      const value = route.query[name]
      return typeof value === 'string' && value !== '' && shape.test(value) ? value : fallback()
    },
    set: value => void router.replace({ query: { ...route.query, [name]: value || undefined } }),
  })
}

/**
 * Clears a page's choices kept in the address (`names`) in one navigation: a setter each in a row would each start
 * from the address before the others had landed.
 */
export function useQueryReset(names: readonly string[]): () => void {
  const route = useRoute()
  const router = useRouter()
  return () => void router.replace({ query: { ...route.query, ...Object.fromEntries(names.map(name => [name, undefined])) } })
}
