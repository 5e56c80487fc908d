import type { Ref } from 'vue'
import { type Router, useRouter } from 'vue-router'
import { t } from '../i18n/index.ts'
import { inputAtRisk, useDirtyForm } from './dirtyForms.ts'

const guarded = new WeakSet<Router>()

/**
 * A curator's form whose input the device does not keep as a draft: dirty while `isDirty`, and the router asks
 * before leaving it (`guardInputAtRisk`, set up with the first such form, off the mentor's first screen).
 */
export function useGuardedForm(isDirty: Ref<boolean>): void {
  useDirtyForm(isDirty)
  const router = useRouter()
  if (!guarded.has(router)) {
    guarded.add(router)
    guardInputAtRisk(router)
  }
}

/**
 * Leaving a page (the menu, back) or closing the tab with input at risk asks first. A change of the query alone (a
 * filter, a tab of the same page) keeps the form, and a form's «Отмена» (a link marked `data-discard`) is the choice
 * to drop the input already made: neither asks.
 */
function guardInputAtRisk(router: Router): void {
  let discarding = false
  globalThis.document?.addEventListener('click', (event) => {
    discarding = event.target instanceof Element && event.target.closest('[data-discard]') !== null
  }, true)
  router.beforeEach((to, from) => {
    const chosen = discarding
    discarding = false
    return chosen || to.path === from.path || !inputAtRisk.value || window.confirm(t('form.leaveUnsaved'))
  })
  globalThis.addEventListener?.('beforeunload', (event) => {
    if (inputAtRisk.value)
      event.preventDefault()
  })
}
