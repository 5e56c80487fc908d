import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { db } from '../../../src/app/db/index.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { blankDefinition } from '../../../src/app/features/indicators/definitions.ts'
import IndicatorDefinitionEditPage from '../../../src/app/features/indicators/IndicatorDefinitionEditPage.vue'
import { labelled, mountPageAt, settle, typeInto } from '../mountPage.ts'

const id = uuidv7()

beforeEach(async () => {
  await db.delete()
  await db.open()
  await mutate(db, 'indicatorDefinitions', id, 'create', { ...blankDefinition(), name: 'Доля наставляемых', note: 'по приказу № 12' })
})

const textarea = (label: string) => labelled(label, HTMLTextAreaElement)

describe('a record form opened to edit', () => {
  it('keeps a field typed before the stored record was read, fills the others, and counts the typed one as a change', async () => {
    const wrapper = await mountPageAt(IndicatorDefinitionEditPage, `/monitoring/definitions/${id}`)
    // Typed at once, before the live query's first answer.
    typeInto(textarea('Как считается'), 'по приказу № 14')
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
