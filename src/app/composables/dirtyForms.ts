import { computed, onScopeDispose, reactive, type Ref, watch } from 'vue'
import type { Router } from 'vue-router'
import { t } from '../i18n/index.ts'

/** The forms on screen holding unsaved input, each with whether it is kept on the device as a draft meanwhile. */
const dirty = reactive(new Map<symbol, { keptOnDevice: boolean }>())

/** True while any form on screen holds unsaved input: the update prompt waits for it. */
export const anyFormDirty = computed(() => dirty.size > 0)
/** Input that leaving the page would lose: a form's whose draft the device does not keep (a curator's card). */
const inputAtRisk = computed(() => [...dirty.values()].some(form => !form.keptOnDevice))

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

/**
 * Leaving a page (the menu, back) or closing the tab with input at risk asks first. A change of the query alone (a
 * filter, a tab of the same page) keeps the form, and a form's «Отмена» (a link marked `data-discard`) is the choice
 * to drop the input already made: neither asks.
 */
export function guardInputAtRisk(router: Router, ask = (question: string) => window.confirm(question)): void {
  let discarding = false
  globalThis.document?.addEventListener('click', (event) => {
    discarding = event.target instanceof Element && event.target.closest('[data-discard]') !== null
  }, true)
  router.beforeEach((to, from) => {
    const chosen = discarding
    discarding = false
    return chosen || to.path === from.path || !inputAtRisk.value || ask(t('form.leaveUnsaved'))
  })
  globalThis.addEventListener?.('beforeunload', (event) => {
    if (inputAtRisk.value)
      event.preventDefault()
  })
}
