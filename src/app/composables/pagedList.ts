import { computed, type Ref, ref, watch } from 'vue'

const PAGE = 100

/** The first page of a filtered list, growing on «Показать ещё»; a new filter starts again from one page. */
export function usePagedList<T>(items: Ref<T[]>) {
  const limit = ref(PAGE)
  watch(() => items.value.length, () => {
    limit.value = PAGE
  })
  const visible = computed(() => items.value.slice(0, limit.value))
  function more(): void {
    limit.value += PAGE
  }
  return { visible, more }
}
