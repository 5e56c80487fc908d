import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { db } from '../../../src/app/db/index.ts'
import { writeMeta } from '../../../src/app/db/meta.ts'
import { startRoadmap } from '../../../src/app/data/roadmap.ts'
import { useSession } from '../../../src/app/stores/session.ts'
import { mountAt, settle } from '../mountPage.ts'

beforeEach(async () => {
  await db.delete()
  await db.open()
  setActivePinia(createPinia())
  await writeMeta(db, 'session', { token: 't', user: { id: 'u', name: 'Куратор', role: 'curator', schoolId: 's', schoolName: 'Школа', personId: null } })
})
afterEach(() => {
  document.body.innerHTML = ''
})

async function openRoadmap(programId: string) {
  const mounted = await mountAt(`/programs/${programId}/roadmap`)
  await useSession().load()
  await settle()
  return mounted
}

describe('roadmap', () => {
  it('lays a new program\'s roadmap over the seven stages and marks what is overdue', async () => {
    await startRoadmap('p1', '2020-09-01', '2021-05-31')
    const { wrapper } = await openRoadmap('p1')
    expect(wrapper.findAll('.roadmap-stage h2').map(h => h.text())[0]).toBe('Этап 1. Подготовка условий для запуска программы наставничества')
    expect(wrapper.findAll('.roadmap-stage')).toHaveLength(7)
    expect(wrapper.text()).toContain('24 мероприятия просрочено')
    expect(wrapper.findAll('.roadmap-item--overdue')).toHaveLength(24)

    const first = wrapper.find('select[aria-label^="Состояние: Изучение нормативных"]')
    await first.setValue('done')
    await settle()
    expect(wrapper.text()).toContain('Выполнено 1 из 24')
    expect(wrapper.findAll('.roadmap-item--overdue')).toHaveLength(23)
  })

  it('reorders an event within its stage and removes one', async () => {
    await startRoadmap('p2', '2026-09-01', '2027-05-31')
    const { wrapper } = await openRoadmap('p2')
    const titles = () => wrapper.findAll('.roadmap-stage')[0]!.findAll('.card__title').map(t => t.text())
    const before = titles()
    await wrapper.find(`button[aria-label="Ниже: ${before[0]}"]`).trigger('click')
    // Live queries answer after a few macrotasks, more of them on a loaded machine.
    await vi.waitFor(() => expect(titles().slice(0, 2)).toEqual([before[1], before[0]]))

    window.confirm = () => true
    await wrapper.findAll('.roadmap-stage')[0]!.findAll('button').find(b => b.text() === 'Удалить')!.trigger('click')
    await vi.waitFor(() => expect(titles()).toHaveLength(before.length - 1))
    expect(await db.outbox.where('entity').equals('roadmapItems').filter(e => e.op === 'delete').count()).toBe(1)
  })
})
