import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { type Component, defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { routes } from '../../src/app/router.ts'

/**
 * Mounts the real route table at `path`, with a fresh Pinia, the way the app does (minus the sign-in guard).
 * `prepare` runs with that Pinia active before the page is created (the guard's `session.load()`, say).
 */
export async function mountAt(path: string, extra: Component[] = [], prepare?: () => Promise<unknown>) {
  const pinia = createPinia()
  setActivePinia(pinia)
  await prepare?.()
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  await router.isReady()
  const Shell = defineComponent(() => () => [h(RouterView), ...extra.map(c => h(c))])
  const wrapper = mount(Shell, { global: { plugins: [pinia, router] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, router }
}

/** Lets Dexie's live queries answer (they settle over a few macrotasks). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await flushPromises()
    await new Promise(resolve => setTimeout(resolve, 5))
  }
}
