import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { useSavedNotice } from '../../src/app/composables/savedNotice.ts'

const Page = defineComponent(() => {
  const saved = useSavedNotice()
  return () => h('p', saved.value ? 'сохранено' : 'нет')
})

async function openAt(path: string) {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/pairs/:id', component: Page }] })
  await router.push(path)
  await router.isReady()
  const wrapper = mount(defineComponent(() => () => h(RouterView)), { global: { plugins: [router] } })
  await flushPromises()
  return { wrapper, router }
}

describe('the «saved» notice a form leaves in the address', () => {
  it('is shown on arrival and taken out of the address, other query kept', async () => {
    const { wrapper, router } = await openAt('/pairs/p?saved=1&tab=plan')
    expect(wrapper.text()).toBe('сохранено')
    expect(router.currentRoute.value.query).toEqual({ tab: 'plan' })
  })

  it('is not shown when the page is opened again without it', async () => {
    const { wrapper, router } = await openAt('/pairs/p')
    expect(wrapper.text()).toBe('нет')
    expect(router.currentRoute.value.fullPath).toBe('/pairs/p')
  })
})
