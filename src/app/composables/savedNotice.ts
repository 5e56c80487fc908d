import { onMounted, type Ref, ref } from 'vue'
import { useRoute, useRouter } from 'vue-router'

/**
 * The «saved» banner a form asks for with `?saved=1` on the page it returns to: shown on arrival, then taken out
 * of the address, so that a reload, a sync or coming back later does not announce the same save again.
 */
export function useSavedNotice(): Readonly<Ref<boolean>> {
  const route = useRoute()
  const router = useRouter()
  const shown = ref(Boolean(route.query.saved))
  onMounted(() => {
    if (shown.value)
      void router.replace({ query: { ...route.query, saved: undefined } })
  })
  return shown
}
