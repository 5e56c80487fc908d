import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { documentDraftId } from '#shared/model/documentDraft'
import { roadmapIdFor } from '#shared/model/roadmap'
import { SCHOOL_REQUISITES_ID } from '#shared/model/schoolRequisites'
import { db } from '../../../src/app/db/index.ts'
import { writeMeta } from '../../../src/app/db/meta.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { useSession } from '../../../src/app/stores/session.ts'
import { mountAt, settle } from '../mountPage.ts'

const ROADMAP = roadmapIdFor(2026)

beforeEach(async () => {
  await db.delete()
  await db.open()
  await writeMeta(db, 'session', { token: 't', user: { id: 'u', name: 'Шиловская Яна Андреевна', role: 'curator', schoolId: 's', schoolName: 'Школа № 5', personId: null } })
  await mutate(db, 'schoolRequisites', SCHOOL_REQUISITES_ID, 'upsert', { fullName: 'МБОУ СОШ № 5', curatorName: 'Петрова Анна Игоревна', curatorPosition: 'заместитель директора' })
  await mutate(db, 'roadmaps', ROADMAP, 'create', { title: 'Дорожная карта', startDate: '2026-09-01', endDate: '2027-06-30', numbering: 'arabic', stages: [{ id: 'one', title: 'Подготовка условий', resources: '' }], approval: '' })
})
afterEach(() => {
  document.body.innerHTML = ''
  vi.restoreAllMocks()
})

describe('the order approving the roadmap, opened', () => {
  it('reads a draft saved with its number only (as typing the number saves it) without an error, and declines the curator', async () => {
    // The page writes only the fields the curator changed: a draft of a number alone has no name forms yet.
    await mutate(db, 'documentDrafts', documentDraftId('appointment', ROADMAP, 0), 'upsert', { kind: 'appointment', subjectId: ROADMAP, year: 0, number: '12-о' })
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { wrapper } = await mountAt('/reports/appointment', [], () => useSession().load())
    await settle()
    const sheet = wrapper.find('.document')
    expect(sheet.text()).toContain('Назначить куратором внедрения целевой модели наставничества Петрову Анну Игоревну')
    expect(sheet.text()).toContain('№ 12-о')
    expect([...errors.mock.calls, ...warnings.mock.calls].map(call => String(call[0]))).toEqual([])
  })

  it('takes its number and date from the roadmap\'s mark of the curator\'s appointment until others are typed (seed 002\'s «Приказ №32 от 04.09.2024»)', async () => {
    const event = { roadmapId: ROADMAP, stageId: 'one', programIds: [], deadline: { kind: 'text' as const, text: 'Сентябрь 2024' }, responsibleIds: [], responsible: 'Директор', sphere: '' as const, status: 'done' as const, doneOn: '2024-09-04', occurrences: [], position: 1, number: '2.2' }
    await mutate(db, 'roadmapEvents', 'e1', 'create', { ...event, title: 'Назначение кураторов целевой модели наставничества', plannedResult: 'Приказ №32 от 04.09.2024', issued: { kind: 'Приказ', number: '32', date: '2024-09-04', link: '' } })
    const { wrapper } = await mountAt(`/reports/appointment?roadmap=${ROADMAP}`, [], () => useSession().load())
    await settle()
    expect(wrapper.find('.document__date-line').text()).toBe('4 сентября 2024\u00A0г.№ 32')
    expect(wrapper.findAll('input').find(i => i.attributes('type') === 'date')?.element.value).toBe('2024-09-04')
    await mutate(db, 'documentDrafts', documentDraftId('appointment', ROADMAP, 0), 'upsert', { kind: 'appointment', subjectId: ROADMAP, year: 0, number: '40-од' })
    await settle()
    expect(wrapper.find('.document__date-line').text()).toBe('4 сентября 2024\u00A0г.№ 40-од')
  })

  it('takes the order its roadmap\'s own «УТВЕРЖДАЮ» names before the curator\'s appointment (seed 002: «Приказ № 21 от 30.08.2024 г.»)', async () => {
    await mutate(db, 'roadmaps', ROADMAP, 'upsert', { approval: 'УТВЕРЖДАЮ:\nДиректор колледжа\nТ.В. Бальбердина\nПриказ № 21 от 30.08.2024 г.' })
    const event = { roadmapId: ROADMAP, stageId: 'one', programIds: [], deadline: { kind: 'text' as const, text: 'Сентябрь 2024' }, responsibleIds: [], responsible: 'Директор', sphere: '' as const, status: 'done' as const, doneOn: '2024-09-04', occurrences: [], position: 1, number: '2.2' }
    await mutate(db, 'roadmapEvents', 'e1', 'create', { ...event, title: 'Назначение кураторов целевой модели наставничества', plannedResult: 'Приказ №32 от 04.09.2024', issued: { kind: 'Приказ', number: '32', date: '2024-09-04', link: '' } })
    const { wrapper } = await mountAt(`/reports/appointment?roadmap=${ROADMAP}`, [], () => useSession().load())
    await settle()
    expect(wrapper.find('.document__date-line').text()).toBe('30 августа 2024\u00A0г.№ 21')
  })
})
