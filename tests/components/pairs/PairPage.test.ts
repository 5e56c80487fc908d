import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { PairStanding } from '#shared/model/consentRules'
import type { Role } from '#shared/roles'
import { uuidv7 } from '#shared/ids'
import { db } from '../../../src/app/db/index.ts'
import { writeMeta } from '../../../src/app/db/meta.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { useSession } from '../../../src/app/stores/session.ts'
import { mountAt, settle } from '../mountPage.ts'

const ids = { pair: uuidv7(), mentor: uuidv7(), mentee: uuidv7(), intro: uuidv7(), trial: uuidv7() }

async function open(role: Role) {
  await writeMeta(db, 'session', { token: 't', user: { id: uuidv7(), name: 'Кто-то', role, schoolId: uuidv7(), schoolName: 'Школа', personId: role === 'mentor' ? ids.mentor : null } })
  const { wrapper } = await mountAt(`/my/pairs/${ids.pair}`, [], () => useSession().load())
  await settle()
  return wrapper
}

beforeEach(async () => {
  await db.delete()
  await db.open()
  await mutate(db, 'people', ids.mentee, 'upsert', { name: 'Петров Николай', classGroup: '7А', requests: [] })
  await mutate(db, 'pairs', ids.pair, 'upsert', { mentorId: ids.mentor, menteeIds: [ids.mentee], status: 'active', startDate: '2026-09-01', plannedEndDate: '2027-05-31' })
  await mutate(db, 'planItems', ids.intro, 'upsert', { pairId: ids.pair, title: 'Встреча-знакомство', status: 'planned', position: 0, dueDate: '2026-09-08', result: '' })
  await mutate(db, 'planItems', ids.trial, 'upsert', { pairId: ids.pair, title: 'Пробная встреча', status: 'in_progress', position: 1, dueDate: '2026-09-22', result: '' })
  await db.outbox.clear()
})
afterEach(() => {
  document.body.innerHTML = ''
})

describe('the mentor\'s pair page', () => {
  it('titles the pair with its mentee\'s name in the instrumental the sentence needs', async () => {
    expect((await open('mentor')).find('h1').text()).toBe('Пара с Петровым Николаем')
  })

  it('titles a group as one, by its mentees\' short names, each listed in full below', async () => {
    const second = uuidv7()
    await mutate(db, 'people', second, 'upsert', { name: 'Петрова Мария Алексеевна' })
    await mutate(db, 'pairs', ids.pair, 'upsert', { menteeIds: [ids.mentee, second] })
    const wrapper = await open('mentor')
    expect(wrapper.find('h1').text()).toBe('Группа: Петров\u00A0Н., Петрова\u00A0М.\u00A0А.')
    expect(wrapper.findAll('.card__title').map(c => c.text())).toEqual(['Петров Николай, 7А', 'Петрова Мария Алексеевна'])
  })

  it('says on a group\'s meeting who was not there', async () => {
    const second = uuidv7()
    await mutate(db, 'people', second, 'upsert', { name: 'Петрова Мария Алексеевна' })
    await mutate(db, 'pairs', ids.pair, 'upsert', { menteeIds: [ids.mentee, second] })
    await mutate(db, 'meetings', uuidv7(), 'upsert', { pairId: ids.pair, date: '2026-09-10', kind: 'intro', durationMin: 40, format: 'in_person', attendeeIds: [ids.mentee], topic: '', notes: '', planItemIds: [], nextDate: '', mentorId: ids.mentor, enteredBy: '' })
    const wrapper = await open('mentor')
    expect(wrapper.find('.timeline').text()).toContain('Не было: Петрова Мария Алексеевна')
  })

  it('offers no «Записать встречу» while the pair is suspended for a lost consent, and says why', async () => {
    expect((await open('mentor')).find('a[href$="/meetings/new"]').text()).toBe('Записать встречу')
    document.body.innerHTML = ''
    // The server's mark on the phone's copy (the overlay), as a pull writes it.
    const standing: PairStanding = { suspended: 1 }
    await db.pairs.put({ ...(await db.pairs.get(ids.pair))!, ...standing })
    const wrapper = await open('mentor')
    expect(wrapper.find('[role="status"]').text()).toContain('Встречи не проводятся, пока куратор не оформит согласие.')
    expect(wrapper.find('a[href$="/meetings/new"]').exists()).toBe(false)
  })

  it('ticks a plan item done and back, each tick saved on the device for the server', async () => {
    const wrapper = await open('mentor')
    const tick = wrapper.find('input[aria-label="Выполнен пункт «Встреча-знакомство»"]')
    expect(tick.attributes('type')).toBe('checkbox')
    expect((tick.element as HTMLInputElement).checked).toBe(false)
    expect(wrapper.text()).toContain('Выполнено 0 из 2')

    await tick.setValue(true)
    await settle()
    expect(await db.planItems.get(ids.intro)).toMatchObject({ status: 'done' })
    expect(await db.outbox.toArray()).toMatchObject([{ entity: 'planItems', id: ids.intro, op: 'upsert', fields: { status: 'done' } }])
    expect(wrapper.text()).toContain('Выполнено 1 из 2')
    expect(wrapper.find('.plan__item--done').text()).toContain('выполнено')

    await wrapper.find('input[aria-label="Выполнен пункт «Встреча-знакомство»"]').setValue(false)
    await settle()
    expect(await db.planItems.get(ids.intro)).toMatchObject({ status: 'planned' })
    expect(wrapper.text()).toContain('Выполнено 0 из 2')
  })

  it('marks a meeting the curator entered, and names the mentor who held one before the pair came to this mentor', async () => {
    const before = uuidv7()
    await mutate(db, 'people', before, 'upsert', { name: 'Соколов Игорь Петрович' })
    const meeting = { date: '2026-10-01', kind: 'work' as const, durationMin: 45, format: 'in_person' as const, attendeeIds: [], notes: '', planItemIds: [], nextDate: '' }
    await mutate(db, 'meetings', uuidv7(), 'upsert', { ...meeting, pairId: ids.pair, topic: 'С бумаги', mentorId: ids.mentor, enteredBy: 'Шиловская Я. А.' })
    await mutate(db, 'meetings', uuidv7(), 'upsert', { ...meeting, pairId: ids.pair, date: '2026-09-10', topic: 'До передачи', mentorId: before, enteredBy: '' })
    await mutate(db, 'meetings', uuidv7(), 'upsert', { ...meeting, pairId: ids.pair, date: '2026-09-05', topic: 'Своя', mentorId: ids.mentor, enteredBy: '' })
    const wrapper = await open('mentor')
    const cards = wrapper.findAll('.timeline .card').map(card => card.findAll('.card__meta').map(meta => meta.text()))
    expect(cards).toEqual([
      ['С бумаги · 45 мин · очно', 'внесено куратором: Шиловская Я. А.'],
      ['До передачи · 45 мин · очно', 'провёл(а) Соколов Игорь Петрович'],
      ['Своя · 45 мин · очно'],
    ])
  })

  it('lets the mentor shape the plan: an item renamed, dated and added, each saved on the device for the server (seed 000\'s «цели и задачи на конкретные периоды»)', async () => {
    const wrapper = await open('mentor')
    const edit = wrapper.findAll('button').find(b => b.text() === 'Изменить план')!
    await edit.trigger('click')
    await settle()
    expect(edit.attributes('aria-pressed')).toBe('true')
    // The editor loads when asked for.
    await vi.waitFor(() => wrapper.get('input[aria-label="Пункт плана"]'))
    await wrapper.get('input[aria-label="Пункт плана"]').setValue('Знакомство и цели на четверть')
    await wrapper.get('input[aria-label="Срок пункта «Пробная встреча»"]').setValue('2026-09-29')
    await wrapper.get('input[aria-label="Новый пункт плана"]').setValue('Подготовка к олимпиаде')
    await wrapper.get('form.plan-add').trigger('submit')
    await settle()
    expect(await db.planItems.get(ids.intro)).toMatchObject({ title: 'Знакомство и цели на четверть' })
    expect(await db.planItems.get(ids.trial)).toMatchObject({ dueDate: '2026-09-29' })
    expect((await db.planItems.where('pairId').equals(ids.pair).toArray()).map(i => i.title)).toContain('Подготовка к олимпиаде')
    expect((await db.outbox.toArray()).map(e => e.entity)).toEqual(['planItems', 'planItems', 'planItems'])
    await edit.trigger('click')
    await settle()
    expect(wrapper.text()).toContain('Выполнено 0 из 3')
  })

  it('lets an observer read the plan without ticking or shaping it', async () => {
    const wrapper = await open('observer')
    expect(wrapper.text()).toContain('Встреча-знакомство')
    expect(wrapper.find('input[type="checkbox"]').exists()).toBe(false)
    expect(wrapper.text()).not.toContain('Изменить план')
  })
})
