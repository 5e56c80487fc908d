import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { SCHOOL_REQUISITES_ID } from '#shared/model/schoolRequisites'
import { db } from '../../../src/app/db/index.ts'
import { writeMeta } from '../../../src/app/db/meta.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { useSession } from '../../../src/app/stores/session.ts'
import { labelled, mountAt, settle, typeInto } from '../mountPage.ts'

const PREPOSITIONAL = 'Предложный падеж: работает в ком? в чём?'
const GENITIVE = 'Родительный падеж: директор кого? чего?'

beforeEach(async () => {
  await db.delete()
  await db.open()
  await writeMeta(db, 'session', { token: 't', user: { id: 'u', name: 'Петрова Анна Игоревна', role: 'curator', schoolId: 's', schoolName: 'Школа № 20', personId: null } })
})
afterEach(() => {
  document.body.innerHTML = ''
})

describe('the school\'s name in documents, on the requisites page', () => {
  it('shows the rules\' forms of the name, flags one they cannot decline, and keeps the curator\'s correction', async () => {
    await mutate(db, 'schoolRequisites', SCHOOL_REQUISITES_ID, 'upsert', { fullName: 'Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 20»', shortName: '' })
    const { wrapper } = await mountAt('/settings/school', [], () => useSession().load())
    await settle()
    expect(labelled(PREPOSITIONAL, HTMLInputElement).placeholder).toBe('Муниципальном бюджетном общеобразовательном учреждении «Средняя школа № 20»')
    expect(labelled(GENITIVE, HTMLInputElement).placeholder).toBe('Муниципального бюджетного общеобразовательного учреждения «Средняя школа № 20»')
    expect(wrapper.text()).not.toContain('Правила не смогли просклонять')

    typeInto(labelled('Краткое наименование', HTMLInputElement), 'Школа-парк «Созвездие»')
    await settle()
    // The documents name the school by its short name: its forms now, which the rules cannot give.
    expect(labelled(GENITIVE, HTMLInputElement).placeholder).toBe('Школа-парк «Созвездие»')
    expect(wrapper.findAll('.field__hint').filter(hint => hint.text().startsWith('Правила не смогли просклонять'))).toHaveLength(2)
    typeInto(labelled(PREPOSITIONAL, HTMLInputElement), 'Школе-парке «Созвездие»')
    typeInto(labelled(GENITIVE, HTMLInputElement), 'Школы-парка «Созвездие»')
    await settle()
    expect(wrapper.findAll('.field__hint').filter(hint => hint.text().startsWith('Правила не смогли просклонять'))).toHaveLength(0)
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(async () => expect(await db.schoolRequisites.get(SCHOOL_REQUISITES_ID)).toMatchObject({ shortName: 'Школа-парк «Созвездие»', namePrepositional: 'Школе-парке «Созвездие»', nameGenitive: 'Школы-парка «Созвездие»' }))
  })

  it('drops the corrected forms when the name they decline changes, and only then', async () => {
    await mutate(db, 'schoolRequisites', SCHOOL_REQUISITES_ID, 'upsert', { fullName: 'Школа-парк «Созвездие»', namePrepositional: 'Школе-парке «Созвездие»', nameGenitive: 'Школы-парка «Созвездие»' })
    const { wrapper } = await mountAt('/settings/school', [], () => useSession().load())
    await settle()
    expect(labelled(GENITIVE, HTMLInputElement).value).toBe('Школы-парка «Созвездие»')
    // Another field leaves the forms as they are.
    typeInto(labelled('Адрес', HTMLInputElement), 'г. Калуга, ул. Ленина, 1')
    await settle()
    expect(labelled(GENITIVE, HTMLInputElement).value).toBe('Школы-парка «Созвездие»')
    typeInto(labelled('Полное наименование', HTMLInputElement), 'Гимназия № 2')
    await settle()
    expect(labelled(GENITIVE, HTMLInputElement).value).toBe('')
    expect(labelled(GENITIVE, HTMLInputElement).placeholder).toBe('Гимназии № 2')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(async () => expect(await db.schoolRequisites.get(SCHOOL_REQUISITES_ID)).toMatchObject({ fullName: 'Гимназия № 2', namePrepositional: '', nameGenitive: '' }))
  })
})

describe('the director\'s and the curator\'s names in documents, on the requisites page', () => {
  it('keeps each one\'s forms under their own name', async () => {
    await mutate(db, 'schoolRequisites', SCHOOL_REQUISITES_ID, 'upsert', { fullName: 'Школа № 20', directorName: 'Мамедова Севиль Рауф кызы', curatorName: 'Петрова Анна Игоревна' })
    const { wrapper } = await mountAt('/settings/school', [], () => useSession().load())
    await settle()
    const [director, curator] = wrapper.findAll('details.name-cases')
    expect(director!.text()).toContain('Мамедова Севиль Рауф кызы')
    // The director's name is one the rules cannot decline: opened and flagged; the curator's is not.
    expect([director!.attributes('open'), curator!.attributes('open')]).toEqual(['', undefined])
    const genitive = director!.findAll('input')[0]!
    expect((curator!.findAll('input')[0]!.element as HTMLInputElement).placeholder).toBe('Петровой Анны Игоревны')
    await genitive.setValue('Мамедовой Севиль Рауф кызы')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(async () => expect((await db.schoolRequisites.get(SCHOOL_REQUISITES_ID))?.directorNameForms).toEqual({ of: 'Мамедова Севиль Рауф кызы', genitive: 'Мамедовой Севиль Рауф кызы' }))
    expect((await db.schoolRequisites.get(SCHOOL_REQUISITES_ID))?.curatorNameForms).toBeUndefined()
  })
})

describe('the first requisites', () => {
  it('start with the curator signed in, who is saved with the first field typed', async () => {
    const { wrapper } = await mountAt('/settings/school', [], () => useSession().load())
    await settle()
    expect(labelled('Куратор наставничества (ФИО)', HTMLInputElement).value).toBe('Петрова Анна Игоревна')
    typeInto(labelled('Адрес', HTMLInputElement), 'г. Калуга, ул. Ленина, 1')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(async () => expect(await db.schoolRequisites.get(SCHOOL_REQUISITES_ID)).toMatchObject({ address: 'г. Калуга, ул. Ленина, 1', curatorName: 'Петрова Анна Игоревна', directorName: '' }))
  })

  it('start with the director the roadmap\'s «УТВЕРЖДАЮ» names (seed 002), saved with the first field typed; stored ones stay', async () => {
    await mutate(db, 'roadmaps', uuidv7(), 'upsert', { title: 'Дорожная карта', startDate: '2024-08-01', endDate: '2099-06-30', numbering: 'arabic', stages: [], approval: 'УТВЕРЖДАЮ:\nДиректор колледжа\nТ.В. Бальбердина\nПриказ № 21 от 30.08.2024 г.' })
    const { wrapper } = await mountAt('/settings/school', [], () => useSession().load())
    await settle()
    expect(labelled('Руководитель (ФИО)', HTMLInputElement).value).toBe('Бальбердина Т.В.')
    typeInto(labelled('Адрес', HTMLInputElement), 'г. Омутнинск')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(async () => expect(await db.schoolRequisites.get(SCHOOL_REQUISITES_ID)).toMatchObject({ directorName: 'Бальбердина Т.В.' }))
    document.body.innerHTML = ''
    await mutate(db, 'schoolRequisites', SCHOOL_REQUISITES_ID, 'upsert', { directorName: '' })
    await mountAt('/settings/school', [], () => useSession().load())
    await settle()
    expect(labelled('Руководитель (ФИО)', HTMLInputElement).value).toBe('')
  })
})
