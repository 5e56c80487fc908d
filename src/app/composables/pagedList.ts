import { computed, type Ref, ref, watch } from 'vue'

/** Rows a long list shows at first and adds on each «Показать ещё». */
export const PAGE_SIZE = 100

/** The first page of a filtered list, growing on «Показать ещё»; a new filter starts again from one page. */
export function usePagedList<T>(items: Ref<T[]>) {
  const limit = ref(PAGE_SIZE)
  watch(() => items.value.length, () => {
    limit.value = PAGE_SIZE
  })
  const visible = computed(() => items.value.slice(0, limit.value))
  function more(): void {
    limit.value += PAGE_SIZE
  }
  return { visible, more }
}
