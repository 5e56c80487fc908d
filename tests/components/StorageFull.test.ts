import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import StorageFullBanner from '../../src/app/components/StorageFullBanner.vue'
import { db } from '../../src/app/db/index.ts'
import { storageFull } from '../../src/app/db/storageFull.ts'
import { mountAt, settle } from './mountPage.ts'

beforeEach(async () => {
  await db.delete()
  await db.open()
  storageFull.value = false
})
afterEach(() => {
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

describe('a full disk', () => {
  it('says so on the form and in a banner, writes nothing, keeps what was typed, and saves once there is room', async () => {
    const { wrapper } = await mountAt('/partners/new', [StorageFullBanner])
    await settle()
    await wrapper.find('input').setValue('ООО «ТехноСофт»')
    // The browser's refusal, as IndexedDB raises it inside the transaction when the origin's quota is spent.
    const add = vi.spyOn(db.outbox, 'add').mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(wrapper.text()).toContain('Память устройства заполнена: это изменение не сохранено. Введённое осталось в форме.')
    expect(wrapper.find('[role="alert"].banner--error').text()).toContain('новые записи не сохраняются')
    expect((wrapper.find('input').element as HTMLInputElement).value).toBe('ООО «ТехноСофт»')
    expect(await db.partners.count()).toBe(0) // the record's write rolled back with the outbox entry's
    expect(await db.outbox.count()).toBe(0)

    add.mockRestore()
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(await db.partners.count()).toBe(1)
    expect(await db.outbox.count()).toBe(1)
    expect(storageFull.value).toBe(false)
    expect(wrapper.find('.banner--error').exists()).toBe(false)
  })
})
