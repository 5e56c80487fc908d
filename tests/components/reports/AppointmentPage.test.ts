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
})
