import type { Handover } from '#shared/api/handovers'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { db } from '../../../src/app/db/index.ts'
import { writeMeta } from '../../../src/app/db/meta.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { useSession } from '../../../src/app/stores/session.ts'
import { mountAt, settle } from '../mountPage.ts'

const ids = { handover: uuidv7(), meeting: uuidv7(), pair: uuidv7() }
const HANDOVER: Handover = {
  id: ids.handover,
  entity: 'meetings',
  recordId: ids.meeting,
  record: { pairId: ids.pair, date: '2026-11-19', kind: 'work', durationMin: 45, format: 'in_person', attendeeIds: [], topic: 'Подготовка проекта', notes: 'Договорились о проекте', planItemIds: [], nextDate: '' },
  author: 'Зорина Анна Павловна',
  problem: 'foreign_pair',
  madeAt: '2026-11-19T10:00:00.000Z',
  sentAt: '2026-11-20T08:00:00.000Z',
  refused: true,
}

/** The server: the open handovers and the decision; the sync after the curator's write is unreachable. */
function serve() {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    if (url === '/api/handovers')
      return Response.json([HANDOVER])
    if (url === `/api/handovers/${ids.handover}/decision` && init?.method === 'POST')
      return new Response(null, { status: 204 })
    throw new TypeError('Failed to fetch')
  })
  vi.stubGlobal('fetch', fetch)
  return fetch
}

async function open(role: 'curator' | 'observer') {
  await writeMeta(db, 'session', { token: 't', user: { id: 'u', name: 'Куратор', role, schoolId: 's', schoolName: 'Школа', personId: null } })
  const mounted = await mountAt('/handovers', [], () => useSession().load())
  await settle()
  return mounted
}

const people = { mentor: uuidv7(), mentee: uuidv7() }
beforeEach(async () => {
  await db.delete()
  await db.open()
  for (const [id, name] of [[people.mentor, 'Лапин Олег Иванович'], [people.mentee, 'Рябова Софья Игоревна']] as const)
    await mutate(db, 'people', id, 'upsert', { name, category: 'teacher', classGroup: '', birthDate: '', ovz: 0, gifted: 0, competencies: [], requests: [], isMentor: 1, isMentee: 0, notes: '', partnerId: '' })
  await mutate(db, 'pairs', ids.pair, 'upsert', { programId: uuidv7(), mentorId: people.mentor, menteeIds: [people.mentee], status: 'active', startDate: '2026-09-01', plannedEndDate: '2027-05-31', endReason: '' })
})
afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('changes handed to the curator', () => {
  it('the curator enters a meeting on its author\'s behalf: it is written on this device and sent, and the handover is decided', async () => {
    const fetch = serve()
    const { wrapper } = await open('curator')
    expect(wrapper.text()).toContain('Встреча «Подготовка проекта»')
    expect(wrapper.text()).toContain('Зорина Анна Павловна')
    expect(wrapper.text()).toContain('Договорились о проекте')
    expect(wrapper.text()).toContain('Пара сейчас: Лапин Олег Иванович — Рябова Софья Игоревна')
    // Listed by the server when it refused the change, with the reason: nobody had to hand it over.
    expect(wrapper.text()).toMatch(/Не принято сервером: \S/)
    await wrapper.findAll('button').find(b => b.text() === 'Внести от имени автора')!.trigger('click')
    await vi.waitFor(() => expect(wrapper.text()).toContain('Непринятых изменений нет'))
    expect(await db.meetings.get(ids.meeting)).toMatchObject({ topic: 'Подготовка проекта', pairId: ids.pair, deleted: 0 })
    expect(await db.outbox.where('entity').equals('meetings').count()).toBe(1)
    expect(fetch).toHaveBeenCalledWith(`/api/handovers/${ids.handover}/decision`, expect.objectContaining({ method: 'POST' }))
  })

  it('an observer reads them and cannot decide', async () => {
    serve()
    const { wrapper } = await open('observer')
    expect(wrapper.text()).toContain('Встреча «Подготовка проекта»')
    expect(wrapper.findAll('button').some(b => b.text() === 'Внести от имени автора')).toBe(false)
  })
})
