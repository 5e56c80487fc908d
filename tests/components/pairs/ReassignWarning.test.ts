import type { UserSummary } from '#shared/api/users'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { db } from '../../../src/app/db/index.ts'
import { writeMeta } from '../../../src/app/db/meta.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import ReassignWarning from '../../../src/app/features/pairs/ReassignWarning.vue'
import { useSession } from '../../../src/app/stores/session.ts'
import { settle } from '../mountPage.ts'

const pairId = uuidv7()
const mentorId = uuidv7()
// Only the clock is fixed: Dexie needs real timers.
const NOW = new Date(2026, 9, 15, 10, 0)

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(NOW)
  await db.delete()
  await db.open()
  await writeMeta(db, 'session', { token: 't', user: { id: 'u', name: 'Куратор', role: 'curator', schoolId: 's', schoolName: 'Школа', personId: null } })
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

/** The warning shown when the curator picks another mentor: the pair's last meeting named its next, the phone last synced then. */
async function warningFor(nextDate: string, lastSyncAt: Date): Promise<string> {
  await mutate(db, 'meetings', uuidv7(), 'upsert', { pairId, date: '2026-10-07', kind: 'work', durationMin: 45, format: 'in_person', attendeeIds: [], topic: '', notes: '', planItemIds: [], nextDate, mentorId, enteredBy: '' })
  const mentor: UserSummary = {
    id: uuidv7(), name: 'Зорина Анна Павловна', role: 'mentor', personId: mentorId, login: null, title: null, disabledAt: null,
    devices: [{ id: uuidv7(), name: 'Телефон', createdAt: '2026-09-01T08:00:00.000Z', lastSeenAt: lastSyncAt.toISOString(), lastSyncAt: lastSyncAt.toISOString(), revokedAt: null, description: '' }],
  }
  vi.stubGlobal('fetch', vi.fn(async () => Response.json([mentor])))
  const pinia = createPinia()
  setActivePinia(pinia)
  await useSession().load()
  const wrapper = mount(ReassignWarning, { props: { pairId, mentorId, changing: true }, global: { plugins: [pinia] } })
  await settle()
  return wrapper.text()
}

describe('the warning before a pair changes hands', () => {
  it('says a meeting was due and the phone has not synced since, though it synced less than a day ago', async () => {
    const text = await warningFor('2026-10-15', new Date(2026, 9, 14, 20, 0))
    expect(text).toContain('По плану пары следующая встреча была')
    expect(text).toContain('сервер примет и после неё')
  })

  it('says nothing when the phone synced after the day the meeting was due, or the next meeting is still ahead', async () => {
    expect(await warningFor('2026-10-15', new Date(2026, 9, 15, 9, 0))).toBe('')
    await db.meetings.clear()
    expect(await warningFor('2026-10-21', new Date(2026, 9, 14, 20, 0))).toBe('')
  })

  it('says when the phone has not synced for over a day', async () => {
    expect(await warningFor('', new Date(2026, 9, 12, 9, 0))).toContain('последний раз синхронизировался')
  })
})
