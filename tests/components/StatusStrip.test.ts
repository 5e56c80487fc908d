import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import StatusStrip from '../../src/app/components/StatusStrip.vue'
import { db } from '../../src/app/db/index.ts'
import { writeMeta } from '../../src/app/db/meta.ts'
import { mutate } from '../../src/app/db/mutate.ts'
import { useSyncStatus } from '../../src/app/stores/syncStatus.ts'
import { settle } from './mountPage.ts'

beforeEach(async () => {
  await db.delete()
  await db.open()
  setActivePinia(createPinia())
})

describe('status strip', () => {
  it('says everything is sent and that it never synced on a fresh device', async () => {
    const wrapper = mount(StatusStrip)
    await settle()
    expect(wrapper.text()).toContain('Всё отправлено')
    expect(wrapper.text()).toContain('Ещё не синхронизировалось')
  })

  it('counts what waits in the outbox with Russian plurals, and shows the last sync', async () => {
    const wrapper = mount(StatusStrip)
    for (const id of ['a', 'b', 'c', 'd', 'e'])
      await mutate(db, 'programs', id, 'upsert', { name: id })
    await writeMeta(db, 'lastSyncedAt', '2026-11-20T08:30:00.000Z')
    await settle()
    expect(wrapper.text()).toContain('Сохранено на устройстве · 5 изменений ждут отправки')
    expect(wrapper.text()).toMatch(/Синхронизировано: 20\.11\.2026/)
  })

  it('keeps the last successful sync after a failed attempt, and says how long ago it was', async () => {
    const wrapper = mount(StatusStrip)
    await writeMeta(db, 'lastSyncedAt', new Date(Date.now() - 3 * 3_600_000 - 60_000).toISOString())
    useSyncStatus().reporter.finished('offline')
    await settle()
    expect(wrapper.text()).toContain('Нет связи с сервером')
    expect(wrapper.text()).toContain('Последняя успешная синхронизация: 3 часа назад')
  })
})
