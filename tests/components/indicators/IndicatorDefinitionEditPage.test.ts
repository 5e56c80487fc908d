import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { db } from '../../../src/app/db/index.ts'
import { writeMeta } from '../../../src/app/db/meta.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { useSession } from '../../../src/app/stores/session.ts'
import { arrivesAt, mountAt, settle } from '../mountPage.ts'
import { SEED_003_TABLE } from '../../unit/indicators/fixtures/seedTables.ts'

type Wrapper = Awaited<ReturnType<typeof mountAt>>['wrapper']

beforeEach(async () => {
  await db.delete()
  await db.open()
  await writeMeta(db, 'session', { token: 't', user: { id: 'u', name: 'Куратор', role: 'curator', schoolId: 's', schoolName: 'Школа', personId: null } })
})
afterEach(() => {
  document.body.innerHTML = ''
})

function field(wrapper: Wrapper, label: string) {
  const labelEl = wrapper.findAll('label').find(l => l.text().replace(' *', '').trim() === label)
  if (!labelEl)
    throw new Error(`no field labelled ${label}`)
  return wrapper.find(`#${CSS.escape(labelEl.attributes('for')!)}`)
}
const byAria = (wrapper: Wrapper, label: string) => wrapper.find(`[aria-label="${label}"]`)
const button = (wrapper: Wrapper, text: string) => wrapper.findAll('button').find(b => b.text() === text)!

describe('the indicator definition editor', () => {
  it('saves who counts, the age band and a table of years, through the outbox', async () => {
    const { wrapper, router } = await mountAt('/monitoring/definitions/new', [], () => useSession().load())
    await settle()
    await field(wrapper, 'Наименование показателя').setValue('Доля детей в возрасте от 10 до 19 лет в роли наставляемого, %')
    await wrapper.findAll('input[type="checkbox"]').find(c => c.attributes('value') === 'student')!.setValue(true)
    await field(wrapper, 'от').setValue('10')
    await field(wrapper, 'до (включительно)').setValue('19')
    await field(wrapper, 'От какого общего числа').setValue('дети 10–19 лет, проживающие в области')
    await field(wrapper, 'Год').setValue('2020')
    await button(wrapper, 'Добавить год').trigger('click')
    await button(wrapper, 'Добавить год').trigger('click') // 2021, offered next
    await byAria(wrapper, 'Цель на 2020 год, %').setValue('10')
    await byAria(wrapper, 'Знаменатель на 2020 год').setValue('1200')
    await byAria(wrapper, 'Цель на 2021 год, %').setValue('30')
    await wrapper.find('form').trigger('submit')
    await settle()

    const [saved] = await db.indicatorDefinitions.toArray()
    expect(saved).toMatchObject({ measure: 'participants', role: 'mentee', categories: ['student'], ageBand: { from: 10, to: 19 }, denominator: 'дети 10–19 лет, проживающие в области', targets: { 2020: 10, 2021: 30 }, totals: { 2020: 1200 }, basedOn: '', position: 0, deleted: 0 })
    expect(await db.outbox.where('[entity+id]').equals(['indicatorDefinitions', saved!.id]).count()).toBe(1)
    await arrivesAt(router, '/monitoring/definitions')
    await settle()
    expect(wrapper.find('.card').text()).toContain('обучающийся · 10–19 лет')
  })

  it('ties a reversed age band\'s and a share\'s errors to their fields, and saves nothing', async () => {
    const { wrapper } = await mountAt('/monitoring/definitions/new', [], () => useSession().load())
    await settle()
    await field(wrapper, 'Наименование показателя').setValue('Доля наставников')
    await field(wrapper, 'от').setValue('19')
    await field(wrapper, 'до (включительно)').setValue('15')
    await wrapper.find('form').trigger('submit')
    await settle()
    const to = field(wrapper, 'до (включительно)')
    expect(to.attributes('aria-invalid')).toBe('true')
    const errorId = to.attributes('aria-describedby')!.split(' ').find(id => id.endsWith('-error'))!
    expect(wrapper.find(`#${CSS.escape(errorId)}`).text()).toBe('Окончание раньше начала')

    await field(wrapper, 'до (включительно)').setValue('19')
    await button(wrapper, 'Добавить год').trigger('click')
    const year = String(new Date().getFullYear())
    await byAria(wrapper, `Цель на ${year} год, %`).setValue('120')
    await wrapper.find('form').trigger('submit')
    await settle()
    const target = byAria(wrapper, `Цель на ${year} год, %`)
    expect(target.attributes('aria-invalid')).toBe('true')
    expect(wrapper.find(`#${CSS.escape(target.attributes('aria-describedby')!)}`).text()).toBe('Значение вне допустимых пределов')
    expect(await db.indicatorDefinitions.count()).toBe(0)
  })

  it('edits a stored definition: removes a year and keeps the others', async () => {
    const id = uuidv7()
    await mutate(db, 'indicatorDefinitions', id, 'upsert', { name: 'Доля предприятий', note: '', measure: 'partners', role: 'mentor', categories: [], ageBand: null, denominator: 'предприятий области', targets: { 2020: 2, 2021: 10 }, totals: { 2020: 50 }, position: 0, basedOn: 'partnersWithMentors' })
    const { wrapper } = await mountAt(`/monitoring/definitions/${id}`, [], () => useSession().load())
    await settle()
    expect((byAria(wrapper, 'Знаменатель на 2020 год').element as HTMLInputElement).value).toBe('50')
    await byAria(wrapper, 'Убрать 2020 год').trigger('click')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(await db.indicatorDefinitions.get(id)).toMatchObject({ targets: { 2021: 10 }, totals: {} })
    const [, edit] = await db.outbox.where('[entity+id]').equals(['indicatorDefinitions', id]).toArray()
    // Only what changed travels, so another curator's edit of the name survives.
    expect(Object.keys(edit!.fields).sort()).toEqual(['targets', 'totals'])
  })
})

describe('the school\'s indicators page', () => {
  it('applies a preset in one click, and a pasted table after its preview', async () => {
    const { wrapper, router } = await mountAt('/monitoring/definitions', [], () => useSession().load())
    await settle()
    expect(wrapper.text()).toContain('Своих показателей пока нет')
    const confirm = vi.fn(() => true)
    window.confirm = confirm
    await wrapper.find('[aria-label^="Применить: Показатели как в программе школы"]').trigger('click')
    await settle()
    expect(confirm).toHaveBeenCalledWith(expect.stringMatching(/^Добавить 6 показателей из таблицы «/))
    await vi.waitFor(async () => expect(await db.indicatorDefinitions.count()).toBe(6))
    await vi.waitFor(() => expect(wrapper.text()).toContain('6 показателей'))

    await router.push('/monitoring/definitions/paste')
    await settle()
    await field(wrapper, 'Таблица').setValue(SEED_003_TABLE)
    await settle()
    const preview = wrapper.find('[aria-labelledby="preview-title"]')
    expect(preview.findAll('tbody tr')).toHaveLength(4)
    expect(preview.text()).toContain('10–19 лет')
    await button(wrapper, 'Добавить 4 показателя').trigger('click')
    await arrivesAt(router, '/monitoring/definitions')
    const stored = (await db.indicatorDefinitions.toArray()).sort((a, b) => a.position - b.position)
    expect(stored.map(d => d.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(stored[6]).toMatchObject({ ageBand: { from: 10, to: 19 }, targets: { 2020: 10, 2024: 70 } })
  })

  it('pastes again the indicator table a roadmap keeps of its document, once the one handed by the import is gone', async () => {
    await mutate(db, 'roadmaps', uuidv7(), 'upsert', { title: 'План мероприятий 2021-2024', startDate: '2021-09-01', endDate: '2024-06-30', numbering: 'arabic', stages: [], approval: '', otherTables: [
      { caption: 'Паспорт программы', rows: [['Наименование', 'Наставничество'], ['Сроки', '2021-2024']] },
      { caption: 'Показатели', rows: [['Показатель', '2022 г', '2023 г', '2024 г'], ['Доля обучающихся в роли наставляемых', '10%', '20%', '30%'], ['Доля педагогов в роли наставников', '5%', '10%', '15%']] },
    ] })
    const { wrapper } = await mountAt('/monitoring/definitions/paste', [], () => useSession().load())
    await settle()
    await button(wrapper, 'Вставить таблицу показателей из документа «План мероприятий 2021-2024»').trigger('click')
    await settle()
    expect(wrapper.find('[aria-labelledby="preview-title"]').findAll('tbody tr')).toHaveLength(2)
    expect(button(wrapper, 'Вставить таблицу показателей из документа «План мероприятий 2021-2024»')).toBeUndefined()
  })

  it('names the row and column of a cell it cannot read, and adds nothing', async () => {
    const { wrapper } = await mountAt('/monitoring/definitions/paste', [], () => useSession().load())
    await settle()
    await field(wrapper, 'Таблица').setValue('Показатель\t2021 г\t2022 г\nДоля наставляемых\t10%\tмного')
    await settle()
    expect(wrapper.find('[aria-labelledby="problems-title"]').text()).toContain('Строка 2, столбец «2022 г»: «много» — не процент от 0 до 100')
    expect(button(wrapper, 'Добавить 1 показатель').attributes('disabled')).toBeDefined()
  })
})

describe('a year\'s targets and totals', () => {
  it('takes each of the school\'s indicators\' target and total for the year on one form, and writes only those that changed', async () => {
    const [children, enterprises] = [uuidv7(), uuidv7()]
    const base = { note: '', role: 'mentee' as const, categories: [], ageBand: null, basedOn: '' as const }
    await mutate(db, 'indicatorDefinitions', children, 'upsert', { ...base, name: 'Дети 10–19 лет', measure: 'participants', denominator: 'дети 10–19 лет', targets: { 2020: 10, 2021: 30 }, totals: {}, position: 0 })
    await mutate(db, 'indicatorDefinitions', enterprises, 'upsert', { ...base, name: 'Предприятия', measure: 'partners', denominator: '', targets: { 2021: 10 }, totals: { 2021: 12 }, position: 1 })
    const { wrapper } = await mountAt('/monitoring/indicators/2021', [], () => useSession().load())
    await settle()
    // Each input is named by its column and its indicator.
    const input = (kind: string, id: string) => wrapper.find(`#def-${id}-${kind}`)
    expect(input('targets', children).attributes('aria-labelledby')).toBe(`def-${children}-targets-label def-${children}`)
    expect(wrapper.find(`#def-${children}`).text()).toBe('Дети 10–19 лет (дети 10–19 лет)')
    expect((input('targets', children).element as HTMLInputElement).value).toBe('30')
    await input('totals', children).setValue('1 200')
    await wrapper.findAll('form')[0]!.trigger('submit')
    await settle()
    const error = input('totals', children)
    expect(wrapper.find(`#${CSS.escape(error.attributes('aria-describedby')!)}`).text()).toBe('Проверьте значение')

    await error.setValue('1200')
    await wrapper.findAll('form')[0]!.trigger('submit')
    await settle()
    expect(await db.indicatorDefinitions.get(children)).toMatchObject({ targets: { 2020: 10, 2021: 30 }, totals: { 2021: 1200 } })
    expect(await db.outbox.where('[entity+id]').equals(['indicatorDefinitions', enterprises]).count()).toBe(1) // its creation only
    expect(wrapper.find('[role="status"]').text()).toContain('2021')
  })
})
