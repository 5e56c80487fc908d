import { computed, onScopeDispose, reactive, type Ref, watch } from 'vue'

/** The forms on screen holding unsaved input, each with whether it is kept on the device as a draft meanwhile. */
const dirty = reactive(new Map<symbol, { keptOnDevice: boolean }>())

/** True while any form on screen holds unsaved input: the update prompt waits for it. */
export const anyFormDirty = computed(() => dirty.size > 0)
/** Input that leaving the page would lose: a form's whose draft the device does not keep (a curator's card). */
export const inputAtRisk = computed(() => [...dirty.values()].some(form => !form.keptOnDevice))

export function useDirtyForm(isDirty: Ref<boolean>, keptOnDevice = false): void {
  const id = Symbol('form')
  watch(isDirty, (value) => {
    if (value)
      dirty.set(id, { keptOnDevice })
    else
      dirty.delete(id)
  }, { immediate: true })
  onScopeDispose(() => dirty.delete(id))
}
