import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../src/app/db/index.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { arrivesAt, mountAt, settle } from '../mountPage.ts'

beforeEach(async () => {
  await db.delete()
  await db.open()
})
afterEach(() => {
  document.body.innerHTML = ''
})

function field(wrapper: Awaited<ReturnType<typeof mountAt>>['wrapper'], label: string) {
  const labelEl = wrapper.findAll('label').find(l => l.text().replace(' *', '') === label)
  if (!labelEl)
    throw new Error(`no field labelled ${label}`)
  return wrapper.find(`#${CSS.escape(labelEl.attributes('for')!)}`)
}

describe('program form', () => {
  it('names the missing field and saves nothing', async () => {
    const { wrapper } = await mountAt('/programs/new')
    await wrapper.find('form').trigger('submit')
    await settle()
    const error = wrapper.find('.field--invalid')
    expect(error.find('label').text()).toContain('Название')
    expect(error.find('[role="alert"]').text()).toBe('Заполните это поле')
    expect(await db.programs.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
  })

  it('refuses an end before the start, keeping what was typed', async () => {
    const { wrapper } = await mountAt('/programs/new')
    await field(wrapper, 'Название').setValue('Работодатель – ученик')
    await field(wrapper, 'Начало').setValue('2026-09-01')
    await field(wrapper, 'Окончание').setValue('2026-08-01')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(wrapper.find('.field--invalid label').text()).toContain('Окончание')
    expect(wrapper.text()).toContain('Окончание раньше начала')
    expect((field(wrapper, 'Название').element as HTMLInputElement).value).toBe('Работодатель – ученик')
    expect(await db.programs.count()).toBe(0)
  })

  it('saves a valid program with its outbox entry and returns to the list', async () => {
    const { wrapper, router } = await mountAt('/programs/new')
    await field(wrapper, 'Название').setValue('  Педагог – молодой специалист  ')
    await field(wrapper, 'Начало').setValue('2026-09-01')
    await field(wrapper, 'Окончание').setValue('2027-05-31')
    await wrapper.find('form').trigger('submit')
    await settle()
    const [program] = await db.programs.toArray()
    expect(program).toMatchObject({ name: 'Педагог – молодой специалист', startDate: '2026-09-01', endDate: '2027-05-31', status: 'active', deleted: 0 })
    expect(await db.outbox.where('[entity+id]').equals(['programs', program!.id]).count()).toBe(1)
    await arrivesAt(router, '/programs')
  })

  it('edits an existing program, sending only a patch of its fields', async () => {
    await mutate(db, 'programs', 'p-1', 'upsert', { name: 'Старое название', form: 'ученик – ученик', startDate: '2026-09-01', endDate: '2027-05-31', goals: '', status: 'active' })
    const { wrapper } = await mountAt('/programs/p-1')
    await settle()
    expect((field(wrapper, 'Название').element as HTMLInputElement).value).toBe('Старое название')
    await field(wrapper, 'Название').setValue('Новое название')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(await db.programs.get('p-1')).toMatchObject({ name: 'Новое название', form: 'ученик – ученик' })
    expect(await db.outbox.count()).toBe(2)
  })

  it('adds a mentor or a mentee from the programme, whose card then follows its form', async () => {
    await mutate(db, 'programs', 'p-1', 'upsert', { name: 'Студент – ученик', form: 'студент – ученик', startDate: '2026-09-01', endDate: '2027-05-31', goals: '', status: 'active' })
    const { wrapper } = await mountAt('/programs/p-1')
    await settle()
    const links = wrapper.findAll('a').filter(a => a.text().startsWith('Добавить'))
    expect(links.map(a => [a.text(), a.attributes('href')])).toEqual([
      ['Добавить наставника', '/people/new?as=mentor&program=p-1'],
      ['Добавить наставляемого', '/people/new?as=mentee&program=p-1'],
    ])
  })

  it('offers the dates or the curator\'s overrides, saying the state they give', async () => {
    await mutate(db, 'programs', 'p-1', 'upsert', { name: 'Закрытая', form: 'ученик – ученик', startDate: '2020-09-01', endDate: '2099-05-31', goals: '', status: 'closed' })
    const { wrapper } = await mountAt('/programs/p-1')
    await settle()
    const state = () => wrapper.findAll('fieldset').find(f => f.find('legend').text() === 'Состояние')!
    const choices = state().findAll('label')
    expect(choices.map(c => c.text())).toEqual(['По датам', 'Приостановлена', 'Закрыта досрочно'])
    // The first release's «closed» before the end date is shown as what it means: closed early.
    expect((choices[2]!.find('input').element as HTMLInputElement).checked).toBe(true)
    expect(state().text()).toContain('Сейчас: Закрыта досрочно')
    await choices[1]!.find('input').setValue(true)
    expect(state().text()).toContain('Сейчас: Приостановлена')
    await choices[0]!.find('input').setValue(true)
    expect(state().text()).toContain('Сейчас: Идёт')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(await db.programs.get('p-1')).toMatchObject({ status: 'active' })
  })
  it('keeps the meeting kinds its roadmap plans, under the school\'s names', async () => {
    await mutate(db, 'programs', 'p-1', 'upsert', { name: 'Педагог – педагог', form: 'учитель – учитель', startDate: '2026-09-01', endDate: '2027-05-31', goals: '', status: 'active' })
    const { wrapper } = await mountAt('/programs/p-1')
    await settle()
    const kinds = () => wrapper.findAll('fieldset').find(f => f.find('legend').text() === 'Виды встреч')!
    const row = (kind: string) => kinds().findAll('.meeting-kinds__row').find(r => r.find('label').text() === kind)!
    // A programme from before the list: every kind, none renamed.
    expect(kinds().findAll('input[type="checkbox"]').map(box => (box.element as HTMLInputElement).checked)).toEqual(Array(7).fill(true))
    await row('пробная встреча').find('input[type="checkbox"]').setValue(false)
    await row('встреча-планирование').find('input[type="checkbox"]').setValue(false)
    expect((row('пробная встреча').find('input:not([type])').element as HTMLInputElement).disabled).toBe(true)
    await row('итоговая встреча').find('input:not([type])').setValue('  заключительная встреча ')
    await row('итоговая встреча').find('input:not([type])').trigger('change')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect((await db.programs.get('p-1'))?.meetingKinds).toEqual([
      { kind: 'intro', name: '' },
      { kind: 'work', name: '' },
      { kind: 'reflection', name: '' },
      { kind: 'final', name: 'заключительная встреча' },
      { kind: 'other', name: '' },
    ])
  })

  it('leaves the last kind ticked, and stores none when every kind is back under the methodology\'s name', async () => {
    await mutate(db, 'programs', 'p-1', 'upsert', { name: 'Ученик – ученик', form: 'ученик – ученик', startDate: '2026-09-01', endDate: '2027-05-31', goals: '', status: 'active', meetingKinds: [{ kind: 'work', name: 'занятие' }] })
    const { wrapper } = await mountAt('/programs/p-1')
    await settle()
    const boxes = () => wrapper.findAll('.meeting-kinds input[type="checkbox"]').map(box => box.element as HTMLInputElement)
    expect(boxes().map(box => box.checked)).toEqual([false, false, false, true, false, false, false])
    expect(boxes()[3]!.disabled).toBe(true)
    for (const box of wrapper.findAll('.meeting-kinds input[type="checkbox"]').filter(b => !(b.element as HTMLInputElement).checked))
      await box.setValue(true)
    const work = wrapper.findAll('.meeting-kinds input:not([type])')[3]!
    expect((work.element as HTMLInputElement).value).toBe('занятие')
    await work.setValue('')
    await work.trigger('change')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect((await db.programs.get('p-1'))?.meetingKinds).toEqual([])
  })

  describe('the meetings its roadmap names', () => {
    async function roadmapOf2024(titles: string[], startDate = '2024-08-01', endDate = '2025-06-30'): Promise<void> {
      const roadmapId = `r-${startDate}`
      await mutate(db, 'roadmaps', roadmapId, 'upsert', { title: 'План на учебный год', startDate, endDate, numbering: 'arabic', stages: [], approval: '' })
      for (const [i, title] of titles.entries())
        await mutate(db, 'roadmapEvents', `${roadmapId}-${i}`, 'create', { roadmapId, stageId: 's', programIds: [], title, deadline: { kind: 'text', text: 'в течение года' }, responsibleIds: [], responsible: '', sphere: '', plannedResult: '', status: 'planned', doneOn: '', issued: null, occurrences: [], position: i, number: '' })
    }
    const SEED_002 = [
      'Регулярные встречи наставника и наставляемого: – первая, организационная, встреча наставника и наставляемого (встреча-знакомство); – проведение групповой рефлексии; – заключительная встреча наставника и наставляемого',
      'Проведение для молодых специалистов тематических встреч педагогами-наставниками',
    ]

    it('start a new programme in its dates, under the school\'s words (seed 002), following them from this year\'s roadmap', async () => {
      await roadmapOf2024(SEED_002)
      const year = new Date().getFullYear()
      // A roadmap of several years overlapping the school year's: the programme shares more days with the latter.
      await roadmapOf2024(['встреча-знакомство; пробная встреча; встреча-планирование; итоговая встреча'], '2025-01-01', `${year + 1}-12-31`)
      const { wrapper, router } = await mountAt('/programs/new')
      await settle()
      expect(wrapper.findAll('.meeting-kinds input[type="checkbox"]').map(box => (box.element as HTMLInputElement).checked)).toEqual([true, true, true, false, false, true, true])
      await field(wrapper, 'Начало').setValue('2024-09-01')
      await field(wrapper, 'Окончание').setValue('2025-05-31')
      await settle()
      const boxes = wrapper.findAll('.meeting-kinds input[type="checkbox"]').map(box => (box.element as HTMLInputElement).checked)
      expect(boxes).toEqual([true, false, false, true, true, true, true])
      expect(wrapper.findAll('.meeting-kinds input:not([type])').map(i => (i.element as HTMLInputElement).value))
        .toEqual(['', '', '', 'регулярная встреча', 'групповая рефлексия', 'заключительная встреча', 'тематическая встреча'])
      expect(wrapper.find('.meeting-kinds__planned').text()).toBe('Отмечены встречи, которые называет дорожная карта на 01.08.2024 – 30.06.2025.')
      await field(wrapper, 'Название').setValue('Педагог – молодой специалист')
      await wrapper.find('form').trigger('submit')
      await settle()
      expect((await db.programs.toArray())[0]?.meetingKinds.map(k => k.name || k.kind)).toEqual(['intro', 'регулярная встреча', 'групповая рефлексия', 'заключительная встреча', 'тематическая встреча'])
      await arrivesAt(router, '/programs')
    })

    it('are a starting point of a new programme, not an edit: leaving it asks nothing', async () => {
      const year = new Date().getFullYear()
      await roadmapOf2024(SEED_002, `${year - 1}-01-01`, `${year + 1}-12-31`)
      const ask = vi.fn(() => false)
      vi.stubGlobal('confirm', ask)
      const { wrapper, router } = await mountAt('/programs/new')
      await settle()
      expect(wrapper.find('.meeting-kinds__planned').text()).toContain('Отмечены встречи')
      await router.push('/programs')
      await arrivesAt(router, '/programs')
      expect(ask).not.toHaveBeenCalled()
      vi.unstubAllGlobals()
    })

    it('are offered to a programme that holds others, in one click', async () => {
      await roadmapOf2024(SEED_002)
      await mutate(db, 'programs', 'p-1', 'upsert', { name: 'Педагог – педагог', form: 'учитель – учитель', startDate: '2024-09-01', endDate: '2025-05-31', goals: '', status: 'active' })
      const { wrapper } = await mountAt('/programs/p-1')
      await settle()
      const planned = wrapper.find('.meeting-kinds__planned')
      expect(planned.text()).toContain('Дорожная карта на 01.08.2024 – 30.06.2025 называет встречи: встреча-знакомство, регулярная встреча, групповая рефлексия, заключительная встреча, тематическая встреча.')
      await planned.find('button').trigger('click')
      expect(wrapper.find('.meeting-kinds__planned').text()).toContain('Отмечены встречи')
      await wrapper.find('form').trigger('submit')
      await settle()
      expect((await db.programs.get('p-1'))?.meetingKinds).toHaveLength(5)
    })

    it('are not offered where the roadmap of the dates lists none, or none covers them', async () => {
      await roadmapOf2024(['Проведение в форме рефлексии итогового совещания'])
      const { wrapper } = await mountAt('/programs/new')
      await field(wrapper, 'Начало').setValue('2024-09-01')
      await field(wrapper, 'Окончание').setValue('2025-05-31')
      await settle()
      expect(wrapper.find('.meeting-kinds__planned').exists()).toBe(false)
      await field(wrapper, 'Начало').setValue('2026-09-01')
      await field(wrapper, 'Окончание').setValue('2027-05-31')
      await db.roadmapEvents.clear()
      await roadmapOf2024(SEED_002)
      await settle()
      expect(wrapper.find('.meeting-kinds__planned').exists()).toBe(false)
      expect(wrapper.findAll('.meeting-kinds input[type="checkbox"]').every(box => (box.element as HTMLInputElement).checked)).toBe(true)
    })
  })
})
