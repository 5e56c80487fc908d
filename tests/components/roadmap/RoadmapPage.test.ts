import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type { RecordFields } from '../../../src/shared/model/record.ts'
import type { RoadmapEvent } from '../../../src/shared/model/roadmapEvent.ts'
import { roadmapIdFor } from '../../../src/shared/model/roadmap.ts'
import { db } from '../../../src/app/db/index.ts'
import { writeMeta } from '../../../src/app/db/meta.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { useSession } from '../../../src/app/stores/session.ts'
import { labelled, mountAt, settle } from '../mountPage.ts'

beforeEach(async () => {
  await db.delete()
  await db.open()
  setActivePinia(createPinia())
  await writeMeta(db, 'session', { token: 't', user: { id: 'u', name: 'Куратор', role: 'curator', schoolId: 's', schoolName: 'Школа', personId: null } })
})
afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})

async function open(path: string) {
  const mounted = await mountAt(path)
  await useSession().load()
  await settle()
  return mounted
}

const P1 = '00000000-0000-7000-8000-0000000000a1'
const P2 = '00000000-0000-7000-8000-0000000000a2'
async function programs() {
  for (const [id, name] of [[P1, 'Ученик – ученик'], [P2, 'Учитель – учитель']] as const)
    await mutate(db, 'programs', id, 'create', { name, form: name.toLowerCase(), startDate: '2026-09-01', endDate: '2027-05-31', goals: '', status: 'active', roleVariation: '', curators: '' })
}

const ROADMAP = roadmapIdFor(2026)
async function roadmapWith(events: Array<Partial<RecordFields<RoadmapEvent>> & { id: string, title: string }>) {
  await mutate(db, 'roadmaps', ROADMAP, 'create', {
    title: 'Дорожная карта',
    startDate: '2026-09-01',
    endDate: '2027-06-30',
    numbering: 'roman',
    stages: [{ id: 'one', title: 'Подготовка условий', resources: 'кадровый потенциал ОУ' }, { id: 'two', title: 'Формирование базы наставляемых', resources: '' }],
    approval: 'УТВЕРЖДАЮ Директор',
  })
  for (const [position, { id, ...event }] of events.entries()) {
    await mutate(db, 'roadmapEvents', id, 'create', {
      roadmapId: ROADMAP, stageId: 'one', programIds: [], deadline: { kind: 'on', at: '2026-09', text: '' }, responsibleIds: [], responsible: '', sphere: '', plannedResult: '', status: 'planned', doneOn: '', issued: null, occurrences: [], position, ...event,
    })
  }
}

const rows = (wrapper: Awaited<ReturnType<typeof open>>['wrapper']) => wrapper.findAll('.roadmap-table__title').map(t => t.text())

describe('the school\'s roadmap', () => {
  it('starts from the teachers\' template with seed 004\'s own stages, numbered in the school\'s way', async () => {
    const { wrapper } = await open('/roadmap')
    expect(wrapper.text()).toContain('У школы ещё нет дорожной карты')
    await wrapper.find('input[type="radio"][value="teachers"]').setValue(true)
    await wrapper.find('#roadmap-start-year').setValue(2023)
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(async () => expect(await db.roadmaps.count()).toBe(1))
    await settle()
    const stages = wrapper.findAll('.roadmap-stage h2').map(h => h.text())
    expect(stages).toHaveLength(7)
    expect(stages[0]).toBe('1 этап. Подготовка условий для реализации системы наставничества')
    expect(stages[6]).toBe('7 этап. Информационная поддержка системы наставничества')
    const roadmap = (await db.roadmaps.toArray())[0]!
    expect(roadmap.id).toBe(roadmapIdFor(2023))
    expect(await db.roadmapEvents.where('roadmapId').equals(roadmap.id).count()).toBeGreaterThan(10)
  })

  it('says «Начать с шаблона» once, as the heading under the page\'s that also names the choice of template', async () => {
    const { wrapper } = await open('/roadmap')
    expect(wrapper.text().match(/Начать с шаблона/g)).toHaveLength(1)
    expect(wrapper.findAll('h1, h2, h3, legend').map(h => `${h.element.tagName} ${h.text()}`)).toEqual(['H1 Дорожная карта', 'H2 Начать с шаблона'])
    const group = wrapper.find('fieldset').attributes('aria-labelledby')
    expect(group && document.getElementById(group)?.textContent).toBe('Начать с шаблона')
  })

  it('shows a programme its own events and the school-wide ones, each once, and the stage\'s resources', async () => {
    await programs()
    await roadmapWith([
      { id: '00000000-0000-7000-8000-0000000000e1', title: 'Разработка Положения о наставничестве' },
      { id: '00000000-0000-7000-8000-0000000000e2', title: 'Анкетирование обучающихся', programIds: [P1] },
      { id: '00000000-0000-7000-8000-0000000000e3', title: 'Собеседование с молодыми педагогами', programIds: [P2] },
      { id: '00000000-0000-7000-8000-0000000000e4', title: 'Обучение наставников', programIds: [P1, P2] },
    ])
    const school = await open('/roadmap')
    expect(rows(school.wrapper)).toEqual(['Разработка Положения о наставничестве', 'Анкетирование обучающихся', 'Собеседование с молодыми педагогами', 'Обучение наставников'])
    expect(school.wrapper.find('.roadmap-stage h2').text()).toBe('I. Подготовка условий')
    expect(school.wrapper.text()).toContain('кадровый потенциал ОУ')
    expect(school.wrapper.text()).toContain('УТВЕРЖДАЮ Директор')
    school.wrapper.unmount()

    const own = await open(`/programs/${P1}/roadmap`)
    expect(rows(own.wrapper)).toEqual(['Разработка Положения о наставничестве', 'Анкетирование обучающихся', 'Обучение наставников'])
    expect(own.wrapper.text()).toContain('Выполнено за весь период карты: 0 из 3')
  })

  it('gathers the old per-programme events into one roadmap, the same event of two programmes once', async () => {
    await programs()
    const legacy = [[P1, 'Разработка и утверждение Положения о наставничестве', 1], [P2, 'Разработка и утверждение Положения о наставничестве', 1], [P2, 'Собеседование с молодыми педагогами', 3]] as const
    for (const [i, [programId, title, stage]] of legacy.entries())
      await mutate(db, 'roadmapItems', `00000000-0000-7000-8000-00000000010${i}`, 'create', { programId, stage, title, deadline: '2026-10-01', responsible: 'Куратор', resultDocument: 'Положение', status: 'done', position: i })
    const { wrapper } = await open('/roadmap')
    await wrapper.findAll('button').find(b => b.text() === 'Собрать из мероприятий программ')!.trigger('click')
    await vi.waitFor(() => expect(rows(wrapper)).toEqual(['Разработка и утверждение Положения о наставничестве', 'Собеседование с молодыми педагогами']))
    const events = await db.roadmapEvents.toArray()
    expect(events.find(e => e.title.startsWith('Разработка'))!.programIds).toEqual([P1, P2].sort())
    await vi.waitFor(async () => expect((await db.roadmapItems.toArray()).every(i => i.deleted === 1)).toBe(true))
  })

  it('marks the overdue events of a roadmap entered late done at once, when asked, leaving a recurring one\'s occurrence owed (seed 001\'s walk)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-12-15T09:00:00'))
    await roadmapWith([
      { id: '00000000-0000-7000-8000-0000000000f1', title: 'Сбор согласий', deadline: { kind: 'on', at: '2026-09', text: 'сентябрь 2026' } },
      { id: '00000000-0000-7000-8000-0000000000f2', title: 'Разработка дорожной карты', deadline: { kind: 'on', at: '2026-10', text: 'октябрь 2026' } },
      { id: '00000000-0000-7000-8000-0000000000f3', title: 'Педагогический совет', deadline: { kind: 'recurring', every: 'year', months: [9], text: 'ежегодно в сентябре' } },
      { id: '00000000-0000-7000-8000-0000000000f4', title: 'Итоговая конференция', deadline: { kind: 'on', at: '2027-05', text: 'май 2027' } },
    ])
    const { wrapper } = await open('/roadmap')
    const button = () => wrapper.findAll('button').find(b => b.text().startsWith('Отметить') && b.text().includes('просроченн'))
    expect(wrapper.find('.roadmap__summary').text()).toContain('3 мероприятия просрочено')
    expect(button()!.text()).toBe('Отметить 2 просроченных выполненными')
    const asked: string[] = []
    window.confirm = (question) => {
      asked.push(String(question))
      return asked.length > 1
    }
    await button()!.trigger('click')
    await settle()
    expect((await db.roadmapEvents.toArray()).filter(e => e.status === 'done')).toHaveLength(0)
    await button()!.trigger('click')
    await vi.waitFor(async () => expect((await db.roadmapEvents.toArray()).filter(e => e.status === 'done').map(e => [e.title, e.doneOn])).toEqual([['Сбор согласий', ''], ['Разработка дорожной карты', '']]))
    expect(asked[1]).toContain('Отметить 2 просроченных мероприятия выполненными?')
    await settle()
    expect(wrapper.find('.roadmap__summary').text()).toContain('1 мероприятие просрочено')
    expect(button()).toBeUndefined()
  })

  it('marks an event done with today\'s date, one already overdue with none, and rolls the roadmap over to the next year with nothing done', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-10-15T09:00:00'))
    await roadmapWith([{ id: '00000000-0000-7000-8000-0000000000e1', title: 'Разработка Положения о наставничестве', deadline: { kind: 'period', from: '2026-09', to: '2026-10', text: '' } }])
    const { wrapper } = await open('/roadmap')
    await wrapper.find('select[aria-label="Состояние: Разработка Положения о наставничестве"]').setValue('done')
    await vi.waitFor(() => expect(wrapper.text()).toContain('Выполнено за весь период карты: 1 из 1'))
    expect((await db.roadmapEvents.toArray())[0]!.doneOn).toBe('2026-10-15')
    // Overdue when marked, it was done on some day past the app does not know: the curator gives it, none is made up.
    vi.setSystemTime(new Date('2027-03-01T09:00:00'))
    await mutate(db, 'roadmapEvents', '00000000-0000-7000-8000-0000000000e1', 'upsert', { status: 'planned', doneOn: '' })
    const late = await open('/roadmap')
    await late.wrapper.find('select[aria-label="Состояние: Разработка Положения о наставничестве"]').setValue('done')
    await vi.waitFor(async () => expect((await db.roadmapEvents.toArray())[0]).toMatchObject({ status: 'done', doneOn: '' }))

    let asked = ''
    window.confirm = (question) => {
      asked = String(question)
      return true
    }
    await wrapper.findAll('button').find(b => b.text() === 'Перенести на следующий учебный год')!.trigger('click')
    await vi.waitFor(async () => expect(await db.roadmaps.count()).toBe(2))
    expect(asked).toMatch(/^Создать дорожную карту с 1 сентября 2027 г\. по .+ 2028 г\.: те же этапы и мероприятия, сроки на год позже/)
    const next = (await db.roadmapEvents.where('roadmapId').equals(roadmapIdFor(2027)).toArray())[0]!
    expect(next).toMatchObject({ status: 'planned', doneOn: '', deadline: { kind: 'period', from: '2027-09', to: '2027-10' } })
    expect((await db.roadmapEvents.get('00000000-0000-7000-8000-0000000000e1'))!.status).toBe('done')
    await vi.waitFor(() => expect(wrapper.text()).toContain('Выполнено за весь период карты: 0 из 1'))
    // The roadmap chosen is in the address: a link to one (monitoring's overdue event) opens it, not today's.
    const linked = await open(`/roadmap?roadmap=${roadmapIdFor(2027)}`)
    await vi.waitFor(() => expect(linked.wrapper.text()).toContain('Выполнено за весь период карты: 0 из 1'))
  })

  it('says a roadmap has ended, and how to plan the next period until it is made (seed 003 read in 2026)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2027-12-07T09:00:00'))
    await roadmapWith([{ id: '00000000-0000-7000-8000-0000000000e4', title: 'Формирование рабочей группы' }])
    const { wrapper } = await open('/roadmap')
    await vi.waitFor(() => expect(wrapper.find('.banner--warn').text()).toBe('Срок этой дорожной карты истёк 30 июня 2027 г.: просроченным осталось то, что в ней не отмечено выполненным. План на следующий период — кнопка «Перенести на следующий учебный год» или загрузка новой таблицы.'))
    window.confirm = () => true
    await wrapper.findAll('button').find(b => b.text() === 'Перенести на следующий учебный год')!.trigger('click')
    await vi.waitFor(async () => expect(await db.roadmaps.count()).toBe(2))
    // The next one made and opened, it runs: the old one, chosen again, says only that it ended.
    const old = await open(`/roadmap?roadmap=${ROADMAP}`)
    await vi.waitFor(() => expect(old.wrapper.find('.banner--warn').text()).toBe('Срок этой дорожной карты истёк 30 июня 2027 г.: просроченным осталось то, что в ней не отмечено выполненным.'))
  })

  it('keeps a row to its state and ↑ ↓ «Изменить», says a stage is empty unless it heads the next, and removes an event from its own form, after a question', async () => {
    await roadmapWith([{ id: '00000000-0000-7000-8000-0000000000e2', title: 'Круглый стол по итогам года' }, { id: '00000000-0000-7000-8000-0000000000e3', title: 'Анкетирование наставляемых' }])
    const { wrapper } = await open('/roadmap')
    const row = wrapper.findAll('tr.roadmap-item').find(r => r.text().includes('Круглый стол'))!
    expect(row.findAll('.actions button').map(b => b.text())).toEqual(['↑', '↓', 'Изменить'])
    // The second stage holds nothing yet, and says so above its «Добавить мероприятие».
    expect(wrapper.findAll('section.roadmap-stage')[1]!.text()).toContain('В этапе нет мероприятий.')
    // An empty stage before one with events heads it, as seed 002's «I.» heads «1.» and «2.»: nothing is missing there.
    await mutate(db, 'roadmaps', ROADMAP, 'upsert', { stages: [{ id: 'part', title: 'I. Подготовка условий', resources: '' }, { id: 'one', title: '1. Изучение материалов', resources: '' }, { id: 'two', title: 'Формирование базы наставляемых', resources: '' }] })
    await vi.waitFor(() => expect(wrapper.findAll('section.roadmap-stage')).toHaveLength(3))
    expect(wrapper.findAll('section.roadmap-stage').map(stage => stage.text().includes('В этапе нет мероприятий.'))).toEqual([false, false, true])
    await row.find('button[aria-label="Изменить: Круглый стол по итогам года"]').trigger('click')
    await settle()
    const removeButton = () => wrapper.findAll('form.event-editor button').find(b => b.text() === 'Удалить мероприятие')!
    window.confirm = () => false
    await removeButton().trigger('click')
    await settle()
    expect((await db.roadmapEvents.get('00000000-0000-7000-8000-0000000000e2'))!.deleted).toBe(0)
    window.confirm = () => true
    await removeButton().trigger('click')
    await vi.waitFor(async () => expect((await db.roadmapEvents.get('00000000-0000-7000-8000-0000000000e2'))!.deleted).toBe(1))
    await vi.waitFor(() => expect(wrapper.find('form.event-editor').exists()).toBe(false))
    await vi.waitFor(() => expect(wrapper.findAll('tr.roadmap-item').map(r => r.find('.roadmap-table__title').text())).toEqual(['Анкетирование наставляемых']))
  })
})

describe('what the print has above the table', () => {
  it('is the school\'s own heading, the director\'s or none, as chosen in «Этапы и нумерация», and its goals after the title', async () => {
    await roadmapWith([])
    const { wrapper } = await open('/roadmap')
    const editor = async () => {
      await wrapper.findAll('button').find(b => b.text() === 'Этапы и нумерация')!.trigger('click')
      await settle()
    }
    const kind = (value: string) => wrapper.find(`.stages-editor input[name="approval-kind"][value="${value}"]`)
    await editor()
    expect((kind('own').element as HTMLInputElement).checked).toBe(true)
    expect(labelled('Гриф утверждения (УТВЕРЖДАЮ…, СОГЛАСОВАНО…)', HTMLTextAreaElement).value).toBe('УТВЕРЖДАЮ Директор')
    // Its own words chosen with none are named at their field, not saved as the director's.
    await wrapper.find('.stages-editor textarea').setValue('  ')
    await wrapper.find('.stages-editor').trigger('submit')
    await settle()
    expect(wrapper.find('.stages-editor [aria-invalid="true"]').exists()).toBe(true)
    await kind('none').setValue(true)
    await settle()
    expect(wrapper.text()).not.toContain('Гриф утверждения (УТВЕРЖДАЮ…')
    const intro = labelled('Текст между названием и таблицей', HTMLTextAreaElement)
    intro.value = 'Цель: раскрытие потенциала наставляемого.'
    intro.dispatchEvent(new Event('input'))
    await wrapper.find('.stages-editor').trigger('submit')
    await vi.waitFor(async () => expect(await db.roadmaps.get(ROADMAP)).toMatchObject({ approvalKind: 'none', intro: 'Цель: раскрытие потенциала наставляемого.' }))
    await vi.waitFor(() => expect(wrapper.find('.roadmap__approval').exists()).toBe(false))
    await editor()
    await kind('director').setValue(true)
    await wrapper.find('.stages-editor').trigger('submit')
    await vi.waitFor(async () => expect((await db.roadmaps.get(ROADMAP))?.approvalKind).toBe('director'))
    // The school's own words, set aside, come back with their choice: nothing to retype.
    await editor()
    await kind('own').setValue(true)
    await settle()
    await wrapper.find('.stages-editor textarea').setValue('СОГЛАСОВАНО педагогическим советом')
    await wrapper.find('.stages-editor').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('.roadmap__approval').text()).toBe('СОГЛАСОВАНО педагогическим советом'))
    await editor()
    await kind('none').setValue(true)
    await wrapper.find('.stages-editor').trigger('submit')
    await vi.waitFor(async () => expect(await db.roadmaps.get(ROADMAP)).toMatchObject({ approvalKind: 'none', approval: 'СОГЛАСОВАНО педагогическим советом' }))
    await editor()
    await kind('own').setValue(true)
    await settle()
    expect(labelled('Гриф утверждения (УТВЕРЖДАЮ…, СОГЛАСОВАНО…)', HTMLTextAreaElement).value).toBe('СОГЛАСОВАНО педагогическим советом')
  })
})

describe('a roadmap set beside by mistake', () => {
  it('is deleted with its events once the curator confirms; the year\'s own, which keeps its id, offers no delete', async () => {
    await roadmapWith([{ id: '00000000-0000-7000-8000-0000000000c1', title: 'Приказ о назначении куратора' }])
    const beside = '00000000-0000-7000-8000-0000000000d0'
    await mutate(db, 'roadmaps', beside, 'create', { title: 'Не та таблица', startDate: '2026-09-01', endDate: '2027-06-30', numbering: 'arabic', stages: [{ id: 's', title: 'Этап', resources: '' }], approval: '' })
    for (const [i, status] of (['planned', 'done'] as const).entries())
      await mutate(db, 'roadmapEvents', `00000000-0000-7000-8000-0000000000d${i + 1}`, 'create', { roadmapId: beside, stageId: 's', programIds: [], title: `Событие ${i}`, deadline: { kind: 'on', at: '2026-09', text: '' }, responsibleIds: [], responsible: '', sphere: '', plannedResult: '', status, doneOn: '', issued: null, occurrences: [], position: i })
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true)
    const { wrapper } = await open(`/roadmap?roadmap=${beside}`)
    const remove = () => wrapper.findAll('button').find(b => b.text() === 'Удалить карту')
    await remove()!.trigger('click')
    expect(confirm).toHaveBeenLastCalledWith('Удалить дорожную карту «Не та таблица»? Удалятся и все её мероприятия (2), из них с отметками о выполнении — 1. Отменить удаление будет нельзя.')
    expect((await db.roadmaps.get(beside))?.deleted).toBe(0)
    await remove()!.trigger('click')
    await vi.waitFor(async () => expect([(await db.roadmaps.get(beside))?.deleted, ...(await db.roadmapEvents.where('roadmapId').equals(beside).toArray()).map(e => e.deleted)]).toEqual([1, 1, 1]))
    await vi.waitFor(() => expect(wrapper.find('.banner--ok').text()).toBe('Дорожная карта «Не та таблица» удалена.'))
    await vi.waitFor(() => expect(rows(wrapper)).toEqual(['Приказ о назначении куратора']))
    expect(remove()).toBeUndefined()
    expect((await db.roadmapEvents.get('00000000-0000-7000-8000-0000000000c1'))?.deleted).toBe(0)
    confirm.mockRestore()
  })
})

describe('event numbers', () => {
  it('numbers by stage, or straight through once «Этапы и нумерация» says so, on the screen as on paper', async () => {
    await roadmapWith([
      { id: '00000000-0000-7000-8000-0000000000b1', title: 'Приказ о назначении куратора' },
      { id: '00000000-0000-7000-8000-0000000000b2', title: 'Положение о наставничестве' },
      { id: '00000000-0000-7000-8000-0000000000b3', title: 'Анкетирование обучающихся', stageId: 'two' },
    ])
    const { wrapper } = await open('/roadmap')
    const numbers = () => wrapper.findAll('.roadmap-table__number').map(cell => cell.text())
    expect(numbers()).toEqual(['1.1', '1.2', '2.1'])
    await wrapper.findAll('button').find(b => b.text() === 'Этапы и нумерация')!.trigger('click')
    await settle()
    const select = wrapper.findAll('.stages-editor label').find(l => l.text() === 'Нумерация мероприятий')!
    await wrapper.find(`#${CSS.escape(select.attributes('for')!)}`).setValue('through')
    await wrapper.find('.stages-editor').trigger('submit')
    await vi.waitFor(() => expect(numbers()).toEqual(['1', '2', '3']))
    expect((await db.roadmaps.get(ROADMAP))?.eventNumbering).toBe('through')

    // Printed by spheres, as seed 000's table: chosen in the same form, kept on the roadmap.
    await wrapper.findAll('button').find(b => b.text() === 'Этапы и нумерация')!.trigger('click')
    await settle()
    const layout = wrapper.findAll('.stages-editor label').find(l => l.text() === 'Таблица при печати')!
    expect((wrapper.find(`#${CSS.escape(layout.attributes('for')!)}`).element as HTMLSelectElement).value).toBe('events')
    await wrapper.find(`#${CSS.escape(layout.attributes('for')!)}`).setValue('spheres')
    // On a turned sheet, as a Word table of many columns often is; upright until chosen.
    const sheet = wrapper.findAll('.stages-editor label').find(l => l.text() === 'Лист при печати')!
    expect((wrapper.find(`#${CSS.escape(sheet.attributes('for')!)}`).element as HTMLSelectElement).value).toBe('portrait')
    await wrapper.find(`#${CSS.escape(sheet.attributes('for')!)}`).setValue('landscape')
    await wrapper.find('.stages-editor').trigger('submit')
    await vi.waitFor(async () => expect((await db.roadmaps.get(ROADMAP))).toMatchObject({ layout: 'spheres', orientation: 'landscape' }))

    // The document's other tables, printed after the plan: listed in the same form, each one left out by a button.
    await mutate(db, 'roadmaps', ROADMAP, 'upsert', { otherTables: [{ caption: 'Паспорт программы', rows: [['Цель', 'Адаптация']] }, { caption: 'Показатели', rows: [['Доля', '10']] }] })
    await settle()
    await wrapper.findAll('button').find(b => b.text() === 'Этапы и нумерация')!.trigger('click')
    await settle()
    await wrapper.findAll('.stages-editor button').find(b => b.attributes('aria-label') === 'Убрать из документа: Паспорт программы')!.trigger('click')
    // A stage printed as an ordinary row of the table, as seed 003's «3.»: chosen per stage, where the table is an event a row.
    expect(wrapper.findAll('.stages-editor label').some(l => l.text().startsWith('Печатать обычной строкой'))).toBe(false)
    const printed = wrapper.findAll('.stages-editor label').find(l => l.text() === 'Таблица при печати')!
    await wrapper.find(`#${CSS.escape(printed.attributes('for')!)}`).setValue('events')
    await wrapper.findAll('.stages-editor label').find(l => l.text().startsWith('Печатать обычной строкой'))!.find('input').setValue(true)
    await wrapper.find('.stages-editor').trigger('submit')
    await vi.waitFor(async () => expect((await db.roadmaps.get(ROADMAP))?.otherTables?.map(table => table.caption)).toEqual(['Показатели']))
    expect((await db.roadmaps.get(ROADMAP))?.stages[0]?.asRow).toBe(true)

    // As the school's table numbers them: an event with no number of its own has none, one typed is shown and printed.
    await mutate(db, 'roadmaps', ROADMAP, 'upsert', { eventNumbering: 'table' })
    await vi.waitFor(() => expect(numbers()).toEqual(['', '', '']))
    await wrapper.findAll('button').find(b => b.attributes('aria-label') === 'Изменить: Положение о наставничестве')!.trigger('click')
    await settle()
    const form = wrapper.find('form.event-editor')
    await form.findAll('.field').find(f => f.find('label').text().trim() === '№ п/п')!.find('input').setValue('7')
    await form.trigger('submit')
    await vi.waitFor(() => expect(numbers()).toEqual(['', '7', '']))
  })
})

describe('stage labels', () => {
  it('heads a stage with the number its table gave it, the others by the roadmap\'s numbering', async () => {
    await roadmapWith([])
    await mutate(db, 'roadmaps', ROADMAP, 'upsert', { stages: [{ id: 'one', title: 'Подготовка условий', resources: '', label: 'I' }, { id: 'two', title: 'Изучение материалов', resources: '', label: '1' }, { id: 'three', title: 'Мониторинг', resources: '' }] })
    const { wrapper } = await open('/roadmap')
    expect(wrapper.findAll('.roadmap-stage h2').map(h => h.text())).toEqual(['I. Подготовка условий', '1. Изучение материалов', 'III. Мониторинг'])
  })
})

describe('an event\'s standing beside its deadline', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('is one state: «ежегодно» with no month is never overdue, a missed month is overdue with no «ещё не отмечено» beside it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-12-05T09:00:00'))
    await roadmapWith([
      { id: '00000000-0000-7000-8000-0000000000e1', title: 'Анкетирование удовлетворенности участников', deadline: { kind: 'recurring', every: 'year', months: [], text: 'ежегодно' } },
      { id: '00000000-0000-7000-8000-0000000000e2', title: 'Педагогический совет', deadline: { kind: 'recurring', every: 'year', months: [9], text: 'ежегодно в сентябре' } },
      { id: '00000000-0000-7000-8000-0000000000e3', title: 'Итоговое анкетирование', deadline: { kind: 'recurring', every: 'year', months: [5], text: 'ежегодно в мае' } },
    ])
    const { wrapper } = await open('/roadmap')
    // As the screen reads it: the spaces between the words collapse.
    const deadlines = wrapper.findAll('.roadmap-item').map(row => row.findAll('td')[2]!.text().replace(/\s+/g, ' '))
    expect(deadlines).toEqual([
      'ежегодно ещё не отмечено',
      // The occurrence it owes, named: seed 002's «ежегодно в мае, августе» did not say which.
      'ежегодно в сентябре просрочено срок: сентябрь 2026',
      'ежегодно в мае текущий срок: до 31 мая 2027 г. · ещё не отмечено',
    ])
    expect(wrapper.find('.roadmap__summary').text().replace(/\s+/g, ' ')).toBe('Выполнено за весь период карты: 0 из 3 · 1 мероприятие просрочено')
  })

  it('marks a past year\'s occurrence of a roadmap over several years, shows the marks and takes one back', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-12-05T09:00:00'))
    const years = roadmapIdFor(2020)
    await mutate(db, 'roadmaps', years, 'create', { title: 'Дорожная карта на 2020-2024 годы', startDate: '2020-11-01', endDate: '2024-12-31', numbering: 'roman', stages: [{ id: 'one', title: 'Подготовка', resources: '' }], approval: '' })
    const id = '00000000-0000-7000-8000-0000000000e9'
    await mutate(db, 'roadmapEvents', id, 'create', {
      roadmapId: years, stageId: 'one', programIds: [], title: 'Формирование рабочей группы', deadline: { kind: 'recurring', every: 'year', months: [9], opensIn: 8, text: 'август - сентябрь' }, responsibleIds: [], responsible: '', sphere: '', plannedResult: 'Приказ', status: 'planned', doneOn: '', issued: null, occurrences: [], position: 0,
    })
    const { wrapper } = await open(`/roadmap?roadmap=${years}`)
    // The row says what is left to mark from before the occurrence due now (2024's, overdue).
    const missed = () => wrapper.findAll('.roadmap-table__standing').map(s => s.text()).find(text => text.startsWith('раньше'))
    expect(missed()).toBe('раньше не отмечено: август – сентябрь 2023, август – сентябрь 2022, август – сентябрь 2021')
    await wrapper.find('button[aria-label="Отметить выполнение: Формирование рабочей группы"]').trigger('click')
    const form = () => wrapper.find('form.occurrence-form')
    const options = () => form().findAll('option').map(o => o.text())
    expect(options()).toEqual(['август – сентябрь 2024', 'август – сентябрь 2023', 'август – сентябрь 2022', 'август – сентябрь 2021'])
    // The result takes the document issued that year, as the справка will print it (seed 003's yearly «Приказ»).
    expect(form().text()).toContain('Результат, документНапример: Приказ № 41 от 12.09.2022. Так он и войдёт в справку.')
    // The form takes the focus; a past occurrence's date is left to type, not today's.
    expect(document.activeElement).toBe(form().find('select').element)
    const date = form().find('input[type="date"]')
    const submit = () => form().find('button[type="submit"]').attributes('disabled')
    expect((date.element as HTMLInputElement).value).toBe('')
    await date.setValue('2027-01-10')
    expect(form().text()).toContain('Дата выполнения не может быть позже сегодняшней')
    expect(submit()).toBeDefined()
    // A past year's day typed under the latest occurrence is refused, the occurrence it falls in a click away.
    await date.setValue('2022-09-12')
    expect(form().text()).toContain('Срок «август – сентябрь 2024» открывается 1 августа 2024 г.: эта дата относится к более раннему сроку')
    expect(submit()).toBeDefined()
    await form().findAll('button').find(b => b.text() === 'Отнести к сроку «август – сентябрь 2022»')!.trigger('click')
    expect([(form().find('select').element as HTMLSelectElement).value, (date.element as HTMLInputElement).value, submit()]).toEqual(['2022-09', '2022-09-12', undefined])
    // Another occurrence chosen keeps the day typed where it fits, and starts empty where it does not.
    await form().find('select').setValue('2023-09')
    expect((date.element as HTMLInputElement).value).toBe('')
    await form().find('select').setValue('2022-09')
    await date.setValue('2022-09-12')
    await form().findAll('input').at(-1)!.setValue('Приказ № 41')
    await form().trigger('submit')
    await vi.waitFor(async () => expect((await db.roadmapEvents.get(id))!.occurrences).toEqual([{ key: '2022-09', on: '2022-09-12', result: 'Приказ № 41' }]))
    await settle()
    // Back on the row's button it was opened from.
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Отметить выполнение: Формирование рабочей группы')
    expect(wrapper.find('.roadmap-table__standing').text()).toContain('последний раз: 12 сентября 2022 г.')
    expect(missed()).toBe('раньше не отмечено: август – сентябрь 2023, август – сентябрь 2021')

    await wrapper.find('button[aria-label="Отметить выполнение: Формирование рабочей группы"]').trigger('click')
    await settle()
    expect(options()).toContain('август – сентябрь 2022 — отмечено 12 сентября 2022 г.')
    expect(wrapper.find('.occurrence__marks span').text().replace(/\s+/g, ' ')).toBe('август – сентябрь 2022: 12 сентября 2022 г. — Приказ № 41')
    window.confirm = () => true
    await wrapper.find('button[aria-label="Убрать отметку: август – сентябрь 2022"]').trigger('click')
    await vi.waitFor(async () => expect((await db.roadmapEvents.get(id))!.occurrences).toEqual([]))
    expect(document.activeElement).toBe(form().find('select').element)
    // Every year's occurrence marked, the event is done over its roadmap.
    expect(wrapper.find('.roadmap__summary').text()).toMatch(/^Выполнено за весь период карты: 0 из 1/)
    await mutate(db, 'roadmapEvents', id, 'upsert', { occurrences: [2021, 2022, 2023, 2024].map(y => ({ key: `${y}-09`, on: `${y}-09-10`, result: '' })) })
    await vi.waitFor(() => expect(wrapper.find('.roadmap__summary').text()).toBe('Выполнено за весь период карты: 1 из 1'))
    expect(wrapper.find('.roadmap-table__standing').text()).toBe('отмечены все сроки, последний раз: 10 сентября 2024 г.')
  })

  it('heads the events a table has before its first stage row by their title alone, as the print leaves them unnumbered (seed 003)', async () => {
    await mutate(db, 'roadmaps', ROADMAP, 'create', { title: 'Дорожная карта на 2020-2024 годы', startDate: '2020-11-01', endDate: '2024-12-31', numbering: 'arabic', stages: [{ id: 'loose', title: 'Мероприятия', resources: '', unheaded: true }, { id: 'two', title: 'Оценка результатов опыта наставничества', resources: '', label: '3' }], approval: '' })
    for (const [position, stageId] of ['loose', 'two'].entries())
      await mutate(db, 'roadmapEvents', `00000000-0000-7000-8000-0000000000f${position}`, 'create', { roadmapId: ROADMAP, stageId, programIds: [], title: `Мероприятие ${position + 1}`, deadline: { kind: 'on', at: '2021-09', text: '' }, responsibleIds: [], responsible: '', sphere: '', plannedResult: '', status: 'planned', doneOn: '', issued: null, occurrences: [], position })
    const { wrapper } = await open(`/roadmap?roadmap=${ROADMAP}`)
    expect(wrapper.findAll('.roadmap-stage h2').map(h => h.text())).toEqual(['Мероприятия', '3. Оценка результатов опыта наставничества'])
    expect(wrapper.find('[role="group"]').attributes('aria-label')).toBe('Мероприятия')
  })

  it('names the three latest occurrences left unmarked and counts the rest', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2027-06-20T09:00:00'))
    await roadmapWith([{ id: '00000000-0000-7000-8000-0000000000eb', title: 'Совещание наставников', deadline: { kind: 'recurring', every: 'month', months: [], text: 'ежемесячно' } }])
    const { wrapper } = await open('/roadmap')
    // September to May passed; June is due now, not yet missed.
    const lines = () => wrapper.findAll('.roadmap-table__standing').map(s => s.text())
    expect(lines()).toContain('раньше не отмечено: май 2027, апрель 2027, март 2027 и ещё 6 раз')
    await mutate(db, 'roadmapEvents', '00000000-0000-7000-8000-0000000000eb', 'upsert', { occurrences: [{ key: '2026-09', on: '2026-09-20', result: '' }, { key: '2026-10', on: '2026-10-20', result: '' }, { key: '2027-04', on: '2027-04-20', result: '' }] })
    await vi.waitFor(() => expect(lines()).toContain('раньше не отмечено: май 2027, март 2027, февраль 2027 и ещё 3 раза'))
  })

  it('says of a roadmap over only the years «Ежегодно» went unmarked, not «ещё не отмечено» beside them (seed 001)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2028-12-07T09:00:00'))
    await roadmapWith([{ id: '00000000-0000-7000-8000-0000000000ec', title: 'Анкетирование участников', deadline: { kind: 'recurring', every: 'year', months: [], text: 'Ежегодно' } }])
    const { wrapper } = await open('/roadmap')
    const cell = () => wrapper.findAll('.roadmap-item')[0]!.findAll('td')[2]!.text().replace(/\s+/g, ' ')
    expect(cell()).toContain('раньше не отмечено: 2027 год, 2026 год')
    expect(cell()).not.toContain('ещё не отмечено')
  })

  it('offers a roadmap not begun yet its first occurrence to mark, named with its whole window', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-12-05T09:00:00'))
    const next = roadmapIdFor(2027)
    await mutate(db, 'roadmaps', next, 'create', { title: 'Дорожная карта на 2027-2030 годы', startDate: '2027-09-01', endDate: '2030-08-31', numbering: 'arabic', stages: [{ id: 'one', title: 'Подготовка', resources: '' }], approval: '' })
    await mutate(db, 'roadmapEvents', '00000000-0000-7000-8000-0000000000ea', 'create', {
      roadmapId: next, stageId: 'one', programIds: [], title: 'Формирование рабочей группы', deadline: { kind: 'recurring', every: 'year', months: [9], opensIn: 8, text: 'август - сентябрь' }, responsibleIds: [], responsible: '', sphere: '', plannedResult: '', status: 'planned', doneOn: '', issued: null, occurrences: [], position: 0,
    })
    const { wrapper } = await open(`/roadmap?roadmap=${next}`)
    await wrapper.find('button[aria-label="Отметить выполнение: Формирование рабочей группы"]').trigger('click')
    expect(wrapper.find('form.occurrence-form').findAll('option').map(o => o.text())).toEqual(['август – сентябрь 2027'])
  })

  it('says a deadline in the school\'s words, and how the app reads it where the words do not say it', async () => {
    await roadmapWith([
      { id: '00000000-0000-7000-8000-0000000000e4', title: 'Информирование', deadline: { kind: 'ongoing', text: 'В течение всего периода реализации проекта' } },
      { id: '00000000-0000-7000-8000-0000000000e5', title: 'Формирование рабочей группы', deadline: { kind: 'on', at: '2026-09', text: 'сентябрь' } },
    ])
    const { wrapper } = await open('/roadmap')
    const deadlines = wrapper.findAll('.roadmap-item').map(row => row.findAll('td')[2]!.text().replace(/\s+/g, ' '))
    expect(deadlines.map(text => text.split(' понято как: '))).toEqual([
      ['В течение всего периода реализации проекта', expect.stringMatching(/^постоянно/)],
      ['сентябрь', expect.stringMatching(/^сентябрь 2026/)],
    ])
  })
})

describe('an event done by its document', () => {
  it('writes an imported order once, as the issued document, and a planned result beside another document', async () => {
    await roadmapWith([
      { id: '00000000-0000-7000-8000-0000000000e6', title: 'Назначение кураторов', plannedResult: 'Приказ №32 от 04.09.2024 г.', status: 'done', doneOn: '2024-09-04', issued: { kind: 'Приказ', number: '32', date: '2024-09-04', link: '' } },
      { id: '00000000-0000-7000-8000-0000000000e7', title: 'Формирование пар', plannedResult: 'Приказ', status: 'done', doneOn: '2026-09-10', issued: { kind: 'Приказ', number: '41', date: '2026-09-10', link: '' } },
    ])
    const { wrapper } = await open('/roadmap')
    const results = wrapper.findAll('.roadmap-item').map(row => row.findAll('td')[4]!.text().replace(/\s+/g, ' '))
    expect(results).toEqual(['Приказ № 32 от 4 сентября 2024 г.', 'Приказ Приказ № 41 от 10 сентября 2026 г.'])
  })
})

describe('the event editor', () => {
  it('reads a deadline typed as the school writes it and saves an event for two programmes with its issued document', async () => {
    await programs()
    await roadmapWith([])
    const { wrapper } = await open('/roadmap')
    await wrapper.findAll('button').find(b => b.text() === 'Добавить мероприятие')!.trigger('click')
    const form = wrapper.find('form.event-editor')
    await form.find('textarea').setValue('Анализ результатов мониторинга')
    const words = form.find('.deadline-input input')
    await words.setValue('Ежегодно в мае, августе')
    await words.trigger('change')
    expect(form.text()).toContain('ежегодно')
    await form.find('input[type="checkbox"]').setValue(false)
    const boxes = form.findAll('.choice input[type="checkbox"]')
    await boxes[2]!.setValue(true)
    const labelled = (text: string) => form.findAll('.field').find(f => f.find('label').text().trim() === text)!.find('input')
    await labelled('Вид документа').setValue('Приказ')
    await labelled('Номер').setValue('32')
    await labelled('Дата').setValue('2026-09-04')
    await form.trigger('submit')
    await settle()
    await vi.waitFor(async () => expect(await db.roadmapEvents.count()).toBe(1))
    const saved = (await db.roadmapEvents.toArray())[0]!
    expect(saved.deadline).toMatchObject({ kind: 'recurring', every: 'year', months: [5, 8] })
    expect(saved.programIds.sort()).toEqual([P1, P2].sort())
    expect(saved.issued).toEqual({ kind: 'Приказ', number: '32', date: '2026-09-04', link: '' })
    await settle()
    expect(wrapper.text()).toContain('Приказ № 32')
  })

  it('keeps a yearly window of months («август – сентябрь») as one month opening earlier, and drops it once two months are due', async () => {
    await roadmapWith([])
    const { wrapper } = await open('/roadmap')
    await wrapper.findAll('button').find(b => b.text() === 'Добавить мероприятие')!.trigger('click')
    const form = wrapper.find('form.event-editor')
    const words = form.find('.deadline-input input')
    await words.setValue('ежегодно в августе – сентябре')
    await words.trigger('change')
    const opens = () => form.findAll('.deadline-input .field').find(f => f.find('label').text() === 'Срок открывается в месяце')
    expect((opens()!.find('select').element as HTMLSelectElement).value).toBe('8')
    expect(form.find('.deadline-input').text()).toContain('Будет показано: ежегодно, август – сентябрь')
    await form.findAll('.choice--months input[type="checkbox"]')[4]!.setValue(true)
    expect(opens()).toBeUndefined()
    expect(form.find('.deadline-input').text()).toContain('ежегодно, май и сентябрь')
  })

  it('keeps words it cannot read and says so on the field', async () => {
    await roadmapWith([])
    const { wrapper } = await open('/roadmap')
    await wrapper.findAll('button').find(b => b.text() === 'Добавить мероприятие')!.trigger('click')
    const words = wrapper.find('.deadline-input input')
    await words.setValue('когда рак на горе свистнет')
    await words.trigger('change')
    expect(wrapper.find('.deadline-input [role="alert"]').text()).toContain('«когда рак на горе свистнет» сохранён как есть')
    expect((wrapper.find('.deadline-input select').element as HTMLSelectElement).value).toBe('text')
  })
})
