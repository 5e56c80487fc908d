import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { uuidv7 } from '#shared/ids'
import { db } from '../../../src/app/db/index.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { blankDefinition } from '../../../src/app/features/indicators/definitions.ts'
import IndicatorDefinitionEditPage from '../../../src/app/features/indicators/IndicatorDefinitionEditPage.vue'
import { routes } from '../../../src/app/router.ts'
import { settle } from '../mountPage.ts'

const id = uuidv7()

beforeEach(async () => {
  await db.delete()
  await db.open()
  await mutate(db, 'indicatorDefinitions', id, 'create', { ...blankDefinition(), name: 'Доля наставляемых', note: 'по приказу № 12' })
})
afterEach(() => {
  document.body.innerHTML = ''
})

function textarea(label: string): HTMLTextAreaElement {
  const found = [...document.querySelectorAll('label')].find(l => l.textContent?.trim().startsWith(label))
  const input = found && document.getElementById(found.htmlFor)
  if (!(input instanceof HTMLTextAreaElement))
    throw new Error(`no field «${label}»`)
  return input
}

describe('a record form opened to edit', () => {
  it('keeps a field typed before the stored record was read, fills the others, and counts the typed one as a change', async () => {
    const router = createRouter({ history: createMemoryHistory(), routes })
    await router.push(`/monitoring/definitions/${id}`)
    const wrapper = mount(IndicatorDefinitionEditPage, { global: { plugins: [router] }, attachTo: document.body })
    // Typed at once, before the live query's first answer.
    const note = textarea('Как считается')
    note.value = 'по приказу № 14'
    note.dispatchEvent(new Event('input'))
    await flushPromises()
    await settle()
    expect(textarea('Как считается').value).toBe('по приказу № 14')
    expect(textarea('Наименование показателя').value).toBe('Доля наставляемых')

    await wrapper.find('form').trigger('submit')
    await settle()
    expect(await db.indicatorDefinitions.get(id)).toMatchObject({ name: 'Доля наставляемых', note: 'по приказу № 14' })
    const sent = await db.outbox.where('[entity+id]').equals(['indicatorDefinitions', id]).toArray()
    expect(sent.at(-1)?.fields).toEqual({ note: 'по приказу № 14' })
  })
})
