import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { documentDraftId } from '#shared/model/documentDraft'
import { roadmapIdFor } from '#shared/model/roadmap'
import { SCHOOL_REQUISITES_ID } from '#shared/model/schoolRequisites'
import { db } from '../../../src/app/db/index.ts'
import { writeMeta } from '../../../src/app/db/meta.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { useSession } from '../../../src/app/stores/session.ts'
import { labelled, mountAt, settle, typeInto } from '../mountPage.ts'

const ROADMAP = roadmapIdFor(2026)
const event = (id: string, stageId: string, position: number, title: string, deadline: object, fields: object = {}) =>
  mutate(db, 'roadmapEvents', id, 'create', { roadmapId: ROADMAP, stageId, programIds: [], title, deadline: deadline as never, responsibleIds: [], responsible: 'Заместитель директора по УВР', sphere: 'inside', plannedResult: '', status: 'planned', doneOn: '', issued: null, occurrences: [], position, ...fields })

beforeEach(async () => {
  await db.delete()
  await db.open()
  await writeMeta(db, 'session', { token: 't', user: { id: 'u', name: 'Петрова Анна Игоревна', role: 'curator', schoolId: 's', schoolName: 'Школа № 20', personId: null } })
  await mutate(db, 'schoolRequisites', SCHOOL_REQUISITES_ID, 'upsert', { fullName: 'Муниципальное бюджетное общеобразовательное учреждение «СОШ № 20»', shortName: 'МБОУ «СОШ № 20»', directorName: 'Шиловская Яна Андреевна', directorPosition: 'Директор' })
  await mutate(db, 'roadmaps', ROADMAP, 'create', {
    title: 'План мероприятий по реализации целевой модели наставничества',
    startDate: '2026-09-01',
    endDate: '2027-06-30',
    numbering: 'arabic',
    stages: [{ id: 'one', title: 'Подготовка условий для запуска Целевой модели наставничества', resources: '' }, { id: 'seven', title: 'Завершение наставничества', resources: '' }],
    approval: '',
  })
  // Seed 001's words: a month long past (overdue on the screen) and «ежегодно».
  await event('00000000-0000-7000-8000-0000000000e1', 'one', 0, 'Изучение нормативных документов', { kind: 'on', at: '2026-09', text: 'Сентябрь 2026 г.' }, { plannedResult: 'Презентация методологии наставничества' })
  await event('00000000-0000-7000-8000-0000000000e2', 'seven', 0, 'Анкетирование удовлетворенности участников проекта', { kind: 'recurring', every: 'year', months: [], text: 'ежегодно' }, { plannedResult: 'Аналитическая справка' })
})
afterEach(() => {
  document.body.innerHTML = ''
  vi.useRealTimers()
})

describe('the roadmap, printed', () => {
  it('opens from the roadmap\'s «Печать» as the school signs it: approval, title with the school and year, the plan\'s table', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-12-05T09:00:00'))
    const { wrapper, router } = await mountAt('/roadmap', [], () => useSession().load())
    await settle()
    expect(wrapper.text()).toContain('просрочено')
    const print = wrapper.findAll('a').find(a => a.text() === 'Печать')!
    expect(print.attributes('href')).toBe(`/reports/roadmap?roadmap=${ROADMAP}`)
    await print.trigger('click')
    // The documents' route is a chunk of its own, transformed on its first import: slow on a busy machine.
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/reports/roadmap'), { timeout: 10_000 })
    await settle()
    const sheet = wrapper.find('.document')
    expect(sheet.findAll('.document__approval p').map(p => p.text().replace(/\s/g, ' '))).toEqual(['УТВЕРЖДАЮ', 'Директор МБОУ «СОШ № 20»', '______________ Я. А. Шиловская', 'Приказ № _______', 'от «___» ____________ 20___ г.'])
    expect(sheet.find('.document__approval').element.compareDocumentPosition(sheet.find('h2').element) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(sheet.find('h2').text()).toBe('План мероприятий по реализации целевой модели наставничества в МБОУ «СОШ №\u00A020» на 2026-2027 учебный год')
    const rows = sheet.findAll('tbody tr').map(tr => tr.findAll('th, td').map(c => c.text()))
    expect(rows).toEqual([
      ['1 этап. Подготовка условий для запуска Целевой модели наставничества'],
      ['1.1', 'Изучение нормативных документов', 'Сентябрь 2026\u00A0г.', 'Заместитель директора по УВР', 'Презентация методологии наставничества'],
      ['2 этап. Завершение наставничества'],
      ['2.1', 'Анкетирование удовлетворенности участников проекта', 'ежегодно', 'Заместитель директора по УВР', 'Аналитическая справка'],
    ])
    expect(sheet.find('tbody th').attributes('colspan')).toBe('5')
    // Short rows are kept whole on paper; only a row of many hundred characters may break across pages.
    expect(sheet.findAll('tr.document__row--long')).toHaveLength(0)
    for (const status of ['просрочено', 'ещё не отмечено', 'Выполнено', 'общее для школы', 'работа внутри учреждения', 'Состояние'])
      expect(sheet.text()).not.toContain(status)
  })

  it('lets a row too long for half a page break across pages, so the title and the table start on the first (seed 004)', async () => {
    await event('00000000-0000-7000-8000-0000000000e3', 'one', 1, `Подготовка и принятие локальных нормативных правовых актов: ${'– приказ о закреплении наставнических пар/групп; '.repeat(12)}`, { kind: 'on', at: '2026-12', text: 'Сентябрь-декабрь 2026' })
    const { wrapper } = await mountAt(`/reports/roadmap?roadmap=${ROADMAP}`, [], () => useSession().load())
    await settle()
    expect(wrapper.findAll('tr.document__row--long').map(tr => tr.find('td').text())).toEqual(['1.2'])
  })

  it('cites the approving order\'s number and date, kept in that order\'s draft whichever page they are typed on', async () => {
    const { wrapper } = await mountAt(`/reports/roadmap?roadmap=${ROADMAP}`, [], () => useSession().load())
    await settle()
    typeInto(labelled('Номер приказа об утверждении', HTMLInputElement), '41-о')
    typeInto(labelled('Дата приказа об утверждении', HTMLInputElement), '2026-08-31')
    await settle()
    expect(wrapper.find('.document__approval').text()).toContain('Приказ №\u00A041-о от 31.08.2026\u00A0г.')
    await vi.waitFor(async () => expect(await db.documentDrafts.get(documentDraftId('appointment', ROADMAP, 0))).toMatchObject({ number: '41-о', date: '2026-08-31' }))
  })

  it('lets the curator correct the school\'s name the rules cannot decline, kept with the approving order\'s draft', async () => {
    await mutate(db, 'schoolRequisites', SCHOOL_REQUISITES_ID, 'upsert', { fullName: 'Школа-парк «Созвездие»', shortName: '' })
    const { wrapper } = await mountAt(`/reports/roadmap?roadmap=${ROADMAP}`, [], () => useSession().load())
    await settle()
    // Flagged, and the list open at once.
    expect(wrapper.find('details.name-forms').attributes('open')).toBeDefined()
    expect(wrapper.find('h2').text()).toContain('в Школа-парк «Созвездие»')
    // The list takes a form once the field is left (`change`), not at each key.
    for (const [label, form] of [['родительный', 'Школы-парка «Созвездие»'], ['предложный', 'Школе-парке «Созвездие»']]) {
      const field = labelled(`Школа-парк «Созвездие», ${label} падеж`, HTMLInputElement)
      field.value = form!
      field.dispatchEvent(new Event('change'))
    }
    await settle()
    expect(wrapper.find('h2').text()).toContain('в Школе-парке «Созвездие»')
    expect(wrapper.find('.document__approval').text()).toContain('Директор Школы-парка «Созвездие»')
    await vi.waitFor(async () => expect((await db.documentDrafts.get(documentDraftId('appointment', ROADMAP, 0)))?.names).toEqual({ 'school:genitive': 'Школы-парка «Созвездие»', 'school:prepositional': 'Школе-парке «Созвездие»' }))
  })

  it('prints the school\'s name as corrected once in the requisites, and links there from its row', async () => {
    await mutate(db, 'schoolRequisites', SCHOOL_REQUISITES_ID, 'upsert', { fullName: 'Школа-парк «Созвездие»', shortName: '', namePrepositional: 'Школе-парке «Созвездие»', nameGenitive: 'Школы-парка «Созвездие»' })
    const { wrapper, router } = await mountAt(`/reports/roadmap?roadmap=${ROADMAP}`, [], () => useSession().load())
    await settle()
    expect(wrapper.find('h2').text()).toContain('в Школе-парке «Созвездие»')
    expect(wrapper.find('.document__approval').text()).toContain('Директор Школы-парка «Созвездие»')
    // Nothing left to check: the list stays closed, and this document keeps no correction of its own.
    expect(wrapper.find('details.name-forms').attributes('open')).toBeUndefined()
    expect((await db.documentDrafts.get(documentDraftId('appointment', ROADMAP, 0)))?.names ?? {}).toEqual({})
    const everywhere = wrapper.findAll('details.name-forms a').filter(a => a.text() === 'исправить во всех документах')
    expect(everywhere).toHaveLength(2)
    await everywhere[0]!.trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/settings/school'), { timeout: 10_000 })
  })

  it('sets a school\'s «РАССМОТРЕНО» and «УТВЕРЖДАЮ» side by side, as its sheet has them (seed 002)', async () => {
    await mutate(db, 'roadmaps', ROADMAP, 'upsert', { approvalKind: 'own', approval: 'РАССМОТРЕНО:\nна педагогическом совете\n\nУТВЕРЖДАЮ:\nДиректор Т.В. Бальбердина' })
    const { wrapper } = await mountAt(`/reports/roadmap?roadmap=${ROADMAP}`, [], () => useSession().load())
    await settle()
    const approval = wrapper.find('.document__approval')
    expect(approval.classes()).toContain('document__approval--beside')
    expect(approval.findAll(':scope > div').map(part => part.findAll('p').map(p => p.text().replace(/\s/g, ' ')))).toEqual([['РАССМОТРЕНО:', 'на педагогическом совете'], ['УТВЕРЖДАЮ:', 'Директор ______________ Т.В. Бальбердина']])
  })

  it('has nothing above its title where the school chose no heading, not an empty block that pushes the title down', async () => {
    await mutate(db, 'roadmaps', ROADMAP, 'upsert', { approvalKind: 'none' })
    const { wrapper } = await mountAt(`/reports/roadmap?roadmap=${ROADMAP}`, [], () => useSession().load())
    await settle()
    expect(wrapper.find('.document__title').exists()).toBe(true)
    expect(wrapper.find('.document__approval').exists()).toBe(false)
  })

  it('is listed among the school\'s documents', async () => {
    const { wrapper } = await mountAt('/reports', [], () => useSession().load())
    await settle()
    expect(wrapper.findAll('a').find(a => a.text() === 'Дорожная карта для утверждения и печати')?.attributes('href')).toBe('/reports/roadmap')
  })
})
