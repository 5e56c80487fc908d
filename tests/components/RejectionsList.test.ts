import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import RejectionsList from '../../src/app/components/RejectionsList.vue'
import { db } from '../../src/app/db/index.ts'
import { formatDate } from '../../src/app/i18n/index.ts'
import { writeMeta } from '../../src/app/db/meta.ts'
import { useSession } from '../../src/app/stores/session.ts'
import { settle } from './mountPage.ts'

beforeEach(async () => {
  setActivePinia(createPinia())
  await db.delete()
  await db.open()
  await db.rejections.add({
    entity: 'meetings',
    recordId: '0190a1b2-0000-7000-8000-0000000000m1',
    op: 'upsert',
    fields: { notes: 'Договорились о проекте' },
    code: 'forbidden',
    problem: 'foreign_pair',
    madeAt: '2026-11-20T08:00:00.000Z',
    record: { id: 'm1', pairId: '0190a1b2-0000-7000-8000-000000000001', date: '2026-11-19', topic: 'Подготовка проекта', notes: 'Договорились о проекте', updatedAt: '', deleted: 0 },
  })
})

describe('a refused change', () => {
  it('shows what was written, and leaves the device only when its author confirms', async () => {
    const wrapper = mount(RejectionsList, { attachTo: document.body })
    await settle()
    expect(wrapper.find('details').text()).toContain('Подготовка проекта')
    expect(wrapper.find('details').text()).toContain(formatDate('2026-11-19'))
    expect(wrapper.find('details').text()).not.toContain('0190a1b2')

    const asked = vi.fn(() => false)
    window.confirm = asked
    await wrapper.findAll('button').find(b => b.text() === 'Удалить с устройства')!.trigger('click')
    await settle()
    expect(asked).toHaveBeenCalledWith(expect.stringContaining('сначала сохраните её в файл'))
    expect(await db.rejections.count()).toBe(1)

    window.confirm = () => true
    await wrapper.findAll('button').find(b => b.text() === 'Удалить с устройства')!.trigger('click')
    await vi.waitFor(async () => expect(await db.rejections.count()).toBe(0))
    wrapper.unmount()
  })

  it('sends a refused pair again once its cause is put right, through the outbox, and lets the rejection go (seed 001)', async () => {
    const pair = { programId: 'prog', mentorId: 'teacher', menteeIds: ['pupil'], startDate: '2021-11-20', plannedEndDate: '2022-05-31', status: 'active', endReason: '', formerMentors: [] }
    await db.rejections.clear()
    await db.rejections.add({ entity: 'pairs', recordId: 'pair-1', op: 'upsert', fields: pair, code: 'invalid', problem: 'no_duties_consent', field: 'mentorId', madeAt: '2021-11-20T08:00:00.000Z' })
    await db.rejections.add({ entity: 'meetings', recordId: 'm9', op: 'upsert', fields: {}, code: 'too_large', madeAt: '2021-11-20T08:00:00.000Z' })
    const wrapper = mount(RejectionsList, { attachTo: document.body })
    await settle()
    // Too large a change stays too large: it is not offered again.
    expect(wrapper.findAll('button').filter(b => b.text() === 'Отправить снова')).toHaveLength(1)
    await wrapper.findAll('button').find(b => b.text() === 'Отправить снова')!.trigger('click')
    await vi.waitFor(async () => expect(await db.rejections.count()).toBe(1))
    expect(await db.pairs.get('pair-1')).toMatchObject(pair)
    expect(await db.outbox.toArray()).toEqual([expect.objectContaining({ entity: 'pairs', id: 'pair-1', op: 'upsert', fields: pair })])
    wrapper.unmount()
  })

  it('saves as a file the curator can read', async () => {
    const created: Blob[] = []
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob)
      return 'blob:x'
    })
    URL.revokeObjectURL = vi.fn()
    const wrapper = mount(RejectionsList, { attachTo: document.body })
    await settle()
    await wrapper.findAll('button').find(b => b.text() === 'Сохранить в файл')!.trigger('click')
    expect(await created[0]!.text()).toContain('Встреча «Подготовка проекта»: Нет прав на это изменение')
    expect(await db.rejections.count()).toBe(1)
    wrapper.unmount()
  })

  it('a mentor hands it to the curator, whole, once; it stays on the phone marked as handed over', async () => {
    await writeMeta(db, 'session', { token: 't', user: { id: 'u', name: 'Зорина Анна Павловна', role: 'mentor', schoolId: 's', schoolName: 'Школа', personId: 'p' } })
    await useSession().load()
    const bodies: unknown[] = []
    vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
      if (url !== '/api/handovers')
        throw new TypeError('Failed to fetch')
      bodies.push(JSON.parse(init?.body as string))
      return new Response(null, { status: 204 })
    }))
    const wrapper = mount(RejectionsList, { attachTo: document.body })
    await settle()
    await wrapper.findAll('button').find(b => b.text() === 'Передать куратору')!.trigger('click')
    await vi.waitFor(() => expect(wrapper.text()).toContain('Передано куратору'))
    expect(bodies).toEqual([expect.objectContaining({ entity: 'meetings', record: expect.objectContaining({ topic: 'Подготовка проекта', date: '2026-11-19' }), problem: 'foreign_pair' })])
    expect((await db.rejections.toArray())[0]!.handover).toMatchObject({ id: (bodies[0] as { id: string }).id })
    vi.unstubAllGlobals()
    wrapper.unmount()
  })
})
