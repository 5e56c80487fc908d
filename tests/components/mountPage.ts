import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { type Component, defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { routes } from '../../src/app/router.ts'

/** Mounts the real route table at `path`, with a fresh Pinia, the way the app does (minus the sign-in guard). */
export async function mountAt(path: string, extra: Component[] = []) {
  const pinia = createPinia()
  setActivePinia(pinia)
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
