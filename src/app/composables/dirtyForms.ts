import { computed, onScopeDispose, reactive, type Ref, watch } from 'vue'

const dirty = reactive(new Set<symbol>())

/** True while any form on screen holds unsaved input: the update prompt waits for it. */
export const anyFormDirty = computed(() => dirty.size > 0)

export function useDirtyForm(isDirty: Ref<boolean>): void {
  const id = Symbol('form')
  watch(isDirty, (value) => {
    if (value)
      dirty.add(id)
    else
      dirty.delete(id)
  }, { immediate: true })
  onScopeDispose(() => dirty.delete(id))
}
