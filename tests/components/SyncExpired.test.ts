import { mount, RouterLinkStub } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import type { LoginResponse } from '#shared/api/auth'
import type { Role } from '#shared/roles'
import { ApiFailure } from '../../src/app/api/client.ts'
import SyncBlockedBanner from '../../src/app/components/SyncBlockedBanner.vue'
import { db } from '../../src/app/db/index.ts'
import { readMeta, writeMeta } from '../../src/app/db/meta.ts'
import { mutate } from '../../src/app/db/mutate.ts'
import { useSession } from '../../src/app/stores/session.ts'
import { useSyncStatus } from '../../src/app/stores/syncStatus.ts'
import { createSyncEngine } from '../../src/app/sync/engine.ts'
import { settle } from './mountPage.ts'

beforeEach(async () => {
  await db.delete()
  await db.open()
  setActivePinia(createPinia())
})

const session = (role: Role): LoginResponse => ({
  token: 'token',
  user: { id: '0190a1b2-0000-7000-8000-000000000001', name: 'Анна Петровна', role, schoolId: '0190a1b2-0000-7000-8000-000000000002', schoolName: 'Школа', personId: null },
})

/** Three unsent changes, and a server that answers every request as it does for a session left unused too long. */
async function syncIntoExpiry(role: Role) {
  await writeMeta(db, 'session', session(role))
  await useSession().load()
  for (const id of ['a', 'b', 'c'])
    await mutate(db, 'programs', id, 'upsert', { name: id })
  const expired = () => Promise.reject(new ApiFailure(401, { error: 'expired', message: 'Сессия истекла: войдите снова' }))
  await createSyncEngine(db, () => ({ push: expired, pull: expired }), useSyncStatus().reporter).syncNow()
  const wrapper = mount(SyncBlockedBanner, { global: { stubs: { RouterLink: RouterLinkStub } } })
  await settle()
  return wrapper
}

describe('a session the server says has expired', () => {
  it('keeps the unsent changes and asks staff to sign in again, saying they will be sent then', async () => {
    const wrapper = await syncIntoExpiry('curator')
    expect(await db.outbox.count()).toBe(3)
    expect(await readMeta(db, 'syncBlocked')).toBe('expired')
    expect(await readMeta(db, 'session'), 'still signed in on the device').toEqual(session('curator'))
    expect(wrapper.get('[role="alert"] p').text()).toBe('Сессия истекла: войдите снова. 3 неотправленных изменения сохранены на устройстве и отправятся после входа.')
    expect(wrapper.getComponent(RouterLinkStub).props('to')).toBe('/login?again=1')
    expect(wrapper.findAll('button').map(b => b.text())).toEqual(['Выгрузить неотправленное'])
  })

  it('asks a mentor\'s phone, which has no password, for a new code from the curator', async () => {
    const wrapper = await syncIntoExpiry('mentor')
    expect(await db.outbox.count()).toBe(3)
    expect(wrapper.get('[role="alert"] p').text()).toMatch(/^Сессия истекла: попросите у куратора новый код подключения и введите его\. 3 неотправленных изменения сохранены/)
    expect(wrapper.getComponent(RouterLinkStub).props('to')).toBe('/enroll')
  })
})
