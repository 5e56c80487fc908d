import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { localCalendarDate } from '#shared/dates'
import type { PairStanding } from '#shared/model/consentRules'
import { uuidv7 } from '#shared/ids'
import { db } from '../../../src/app/db/index.ts'
import { writeMeta } from '../../../src/app/db/meta.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { useSession } from '../../../src/app/stores/session.ts'
import { mountAt, settle } from '../mountPage.ts'

// A save goes through IndexedDB and a navigation: on a loaded machine it takes longer than waitFor's default second.
const SAVED = { timeout: 10_000 }

const pairId = uuidv7()
const menteeId = uuidv7()
const planItemId = uuidv7()
const newMeeting = `/my/pairs/${pairId}/meetings/new`

beforeEach(async () => {
  await db.delete()
  await db.open()
  await mutate(db, 'people', menteeId, 'upsert', { name: 'Петров Николай', classGroup: '7А', requests: ['математика'] })
  await mutate(db, 'pairs', pairId, 'upsert', { mentorId: uuidv7(), menteeIds: [menteeId], status: 'active', startDate: '2026-09-01' })
  await mutate(db, 'planItems', planItemId, 'upsert', { pairId, title: 'Пробная встреча', status: 'planned', position: 0, dueDate: '', result: '' })
})
afterEach(() => {
  document.body.innerHTML = ''
})

type Wrapper = Awaited<ReturnType<typeof mountAt>>['wrapper']

function control(wrapper: Wrapper, label: string) {
  const labelEl = wrapper.findAll('label').find(l => l.text().replace(' *', '').trim() === label)
  if (!labelEl)
    throw new Error(`no field labelled ${label}`)
  return wrapper.find(`#${CSS.escape(labelEl.attributes('for')!)}`)
}

function errorOf(wrapper: Wrapper, label: string): string {
  return wrapper.findAll('.field').find(f => f.find('label').text().replace(' *', '').trim() === label)?.find('[role="alert"]').text() ?? ''
}

async function open(path = newMeeting) {
  const mounted = await mountAt(path)
  await settle()
  return mounted
}

describe('meeting form', () => {
  it('starts as the next meeting of the sequence, dated today', async () => {
    const { wrapper } = await open()
    expect((control(wrapper, 'Вид встречи').element as HTMLSelectElement).value).toBe('intro')
    expect((control(wrapper, 'Дата').element as HTMLInputElement).value).toBe(localCalendarDate())
    wrapper.unmount()

    await mutate(db, 'meetings', uuidv7(), 'upsert', { pairId, date: '2026-10-01', kind: 'intro', durationMin: 40, format: 'in_person', attendeeIds: [], topic: '', notes: '', planItemIds: [], nextDate: '' })
    const again = await open()
    expect((control(again.wrapper, 'Вид встречи').element as HTMLSelectElement).value).toBe('trial')
  })

  it('names each bad field and saves nothing, keeping what was typed', async () => {
    const { wrapper } = await open()
    await control(wrapper, 'Длительность, мин').setValue('0')
    await control(wrapper, 'Тема').setValue('Олимпиадные задачи')
    await control(wrapper, 'Заметки').setValue('х'.repeat(20_000))
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(errorOf(wrapper, 'Длительность, мин')).toBe('От 5 до 600 минут')
    expect(await db.meetings.count()).toBe(0)
    expect((control(wrapper, 'Тема').element as HTMLInputElement).value).toBe('Олимпиадные задачи')

    await control(wrapper, 'Длительность, мин').setValue('1000')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(errorOf(wrapper, 'Длительность, мин')).toBe('От 5 до 600 минут')

    await control(wrapper, 'Длительность, мин').setValue('45')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(errorOf(wrapper, 'Заметки')).toBe('Слишком длинный текст')

    await control(wrapper, 'Заметки').setValue('Разобрали три задачи')
    await control(wrapper, 'Дата').setValue('2099-01-01')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(errorOf(wrapper, 'Дата')).toBe('Дата в будущем: встреча ещё не прошла')
    expect(await db.meetings.count()).toBe(0)
  })

  it('says a date after today at the same send as an emptied length, not one send later', async () => {
    const { wrapper } = await open()
    await control(wrapper, 'Длительность, мин').setValue('')
    await control(wrapper, 'Дата').setValue('2099-01-01')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(errorOf(wrapper, 'Длительность, мин')).not.toBe('')
    expect(errorOf(wrapper, 'Дата')).toBe('Дата в будущем: встреча ещё не прошла')
    expect(await db.meetings.count()).toBe(0)
  })

  it('takes no new meeting for a pair the server marked suspended for a lost consent', async () => {
    const standing: PairStanding = { suspended: 1 }
    await db.pairs.put({ ...(await db.pairs.get(pairId))!, ...standing })
    const { wrapper } = await open()
    await control(wrapper, 'Тема').setValue('Олимпиадные задачи')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(errorOf(wrapper, 'Дата')).toBe('В этот день пара приостановлена: нет нужного согласия участника. Новую встречу не записать, пока согласие не оформлено')
    expect(await db.meetings.count()).toBe(0)
  })

  it('puts back a draft left by a closed form, and forgets it once saved', async () => {
    const first = await open()
    await control(first.wrapper, 'Тема').setValue('Черновик темы')
    await new Promise(resolve => setTimeout(resolve, 300))
    first.wrapper.unmount()
    expect((await db.drafts.toArray()).map(d => d.value.topic)).toEqual(['Черновик темы'])

    const { wrapper, router } = await open()
    expect((control(wrapper, 'Тема').element as HTMLInputElement).value).toBe('Черновик темы')
    expect(wrapper.text()).toContain('Восстановлен черновик')
    await wrapper.find('form').trigger('submit')
    await settle()
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe(`/my/pairs/${pairId}`), SAVED)
    expect((await db.meetings.toArray()).map(m => m.topic)).toEqual(['Черновик темы'])
    expect(await db.drafts.count()).toBe(0)
  })

  it('goes back to the suggested start on «Удалить черновик»: the next kind, every mentee present', async () => {
    await mutate(db, 'meetings', uuidv7(), 'upsert', { pairId, date: '2026-10-01', kind: 'intro', durationMin: 40, format: 'in_person', attendeeIds: [], topic: '', notes: '', planItemIds: [], nextDate: '' })
    const first = await open()
    await control(first.wrapper, 'Вид встречи').setValue('final')
    await control(first.wrapper, 'Тема').setValue('Черновик темы')
    await new Promise(resolve => setTimeout(resolve, 300))
    first.wrapper.unmount()

    const { wrapper, router } = await open()
    expect((control(wrapper, 'Вид встречи').element as HTMLSelectElement).value).toBe('final')
    await wrapper.findAll('button').find(b => b.text() === 'Удалить черновик')!.trigger('click')
    await settle()
    expect((control(wrapper, 'Вид встречи').element as HTMLSelectElement).value).toBe('trial')
    expect((control(wrapper, 'Тема').element as HTMLInputElement).value).toBe('')
    await wrapper.find('form').trigger('submit')
    await settle()
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe(`/my/pairs/${pairId}`), SAVED)
    const saved = (await db.meetings.toArray()).find(m => m.date !== '2026-10-01')
    expect([saved?.kind, saved?.attendeeIds]).toEqual(['trial', [menteeId]])
  })

  it('offers the kinds the pair\'s programme plans, named as its school names them, and suggests the next of them', async () => {
    const programId = uuidv7()
    await mutate(db, 'programs', programId, 'upsert', { name: 'Педагог – педагог', meetingKinds: [{ kind: 'intro', name: 'первая, организационная встреча' }, { kind: 'work', name: '' }, { kind: 'final', name: 'заключительная встреча' }] })
    await mutate(db, 'pairs', pairId, 'upsert', { programId })
    await mutate(db, 'meetings', uuidv7(), 'upsert', { pairId, date: '2026-10-01', kind: 'intro', durationMin: 40, format: 'in_person', attendeeIds: [], topic: '', notes: '', planItemIds: [], nextDate: '' })
    const { wrapper } = await open()
    const kind = control(wrapper, 'Вид встречи')
    expect(kind.findAll('option').map(o => [o.attributes('value'), o.text()])).toEqual([
      ['intro', 'первая, организационная встреча'],
      ['work', 'рабочая встреча'],
      ['final', 'заключительная встреча'],
    ])
    // The methodology's next step, the trial meeting, is not this programme's: the next it plans is.
    expect((kind.element as HTMLSelectElement).value).toBe('work')
  })

  it('keeps a kind chosen before the pair had loaded: the suggested next kind fills only an untouched field', async () => {
    await mutate(db, 'meetings', uuidv7(), 'upsert', { pairId, date: '2026-10-01', kind: 'intro', durationMin: 40, format: 'in_person', attendeeIds: [], topic: '', notes: '', planItemIds: [], nextDate: '' })
    const { wrapper } = await mountAt(newMeeting)
    await control(wrapper, 'Вид встречи').setValue('final')
    await settle()
    expect((control(wrapper, 'Вид встречи').element as HTMLSelectElement).value).toBe('final')
    await new Promise(resolve => setTimeout(resolve, 100))
    // The mentees still come in as present: that field was not touched.
    expect((await db.drafts.toArray()).map(d => [d.value.kind, d.value.attendeeIds])).toEqual([['final', [menteeId]]])
  })

  it('marks a plan item it was held for «выполнено» by its tick, back by untouching it, and on to the state chosen', async () => {
    const { wrapper } = await open()
    const tick = wrapper.find(`input[type="checkbox"][value="${planItemId}"]`)
    const state = () => wrapper.find<HTMLSelectElement>('select[aria-label="Состояние пункта «Пробная встреча»"]')
    await tick.setValue(true)
    expect(state().element.value).toBe('done')
    await tick.setValue(false)
    await tick.setValue(true)
    await state().setValue('cancelled')
    await tick.setValue(false)
    await tick.setValue(true)
    expect(state().element.value).toBe('done')
    // Work that takes more meetings stays under way, as the mentor says.
    await state().setValue('in_progress')
    await wrapper.find('form').trigger('submit')
    await settle()
    await vi.waitFor(async () => expect((await db.planItems.get(planItemId))?.status).toBe('in_progress'), SAVED)
    expect((await db.meetings.toArray())[0]?.planItemIds).toEqual([planItemId])
  })
})

describe('the plan item a new meeting is for', () => {
  const introId = uuidv7()
  beforeEach(async () => {
    await mutate(db, 'planItems', introId, 'upsert', { pairId, title: 'Встреча-знакомство', status: 'planned', position: 0, dueDate: '', result: '' })
    await mutate(db, 'planItems', planItemId, 'upsert', { position: 1 })
  })
  const ticked = (wrapper: Wrapper) => wrapper.findAll<HTMLInputElement>('.plan-touch input[type="checkbox"]').filter(box => box.element.checked).map(box => box.element.value)

  it('is ticked «выполнено» by the meeting\'s kind, and follows another kind chosen (seed 001\'s mentor left the list)', async () => {
    const { wrapper } = await open()
    expect(ticked(wrapper)).toEqual([introId])
    expect(wrapper.find<HTMLSelectElement>('select[aria-label="Состояние пункта «Встреча-знакомство»"]').element.value).toBe('done')
    await control(wrapper, 'Вид встречи').setValue('trial')
    await settle()
    expect(ticked(wrapper)).toEqual([planItemId])
    await wrapper.find('form').trigger('submit')
    await settle()
    await vi.waitFor(async () => expect((await db.planItems.get(planItemId))?.status).toBe('done'), SAVED)
    expect((await db.planItems.get(introId))?.status).toBe('planned')
    expect((await db.meetings.toArray())[0]?.planItemIds).toEqual([planItemId])
  })

  it('stays as the mentor left the list: an item unticked is not ticked again by another kind', async () => {
    const { wrapper } = await open()
    await wrapper.find(`input[type="checkbox"][value="${introId}"]`).setValue(false)
    await control(wrapper, 'Вид встречи').setValue('trial')
    await settle()
    expect(ticked(wrapper)).toEqual([])
  })

  it('is none where the plan holds no open item of the kind', async () => {
    await mutate(db, 'planItems', introId, 'upsert', { status: 'done' })
    const { wrapper } = await open()
    expect(ticked(wrapper)).toEqual([])
  })
})

describe('a paper meeting entered by the curator, for a group', () => {
  const groupId = uuidv7()
  const mentorId = uuidv7()
  const [fox, hedgehog] = [uuidv7(), uuidv7()]
  const curatorForm = `/pairs/${groupId}/meetings/new`

  beforeEach(async () => {
    await mutate(db, 'people', fox, 'upsert', { name: 'Лиса Алиса' })
    await mutate(db, 'people', hedgehog, 'upsert', { name: 'Ёж Ёжиков' })
    await mutate(db, 'people', mentorId, 'upsert', { name: 'Сова Мудрая' })
    await mutate(db, 'pairs', groupId, 'upsert', { mentorId, menteeIds: [fox, hedgehog], status: 'active', startDate: '2025-09-01', plannedEndDate: '2026-05-31' })
    // Everyone's consent, signed by a parent: a pair lacking one is suspended and takes no new meeting.
    for (const personId of [mentorId, fox, hedgehog])
      await mutate(db, 'consents', uuidv7(), 'upsert', { personId, signedBy: 'guardian', guardianName: 'Родитель', date: '2025-08-30', documentRef: '', withdrawnDate: '' })
    await writeMeta(db, 'session', { token: 't', user: { id: 'u', name: 'Шиловская Я. А.', role: 'curator', schoolId: 's', schoolName: 'Школа', personId: null } })
  })
  const asCurator = async (path = curatorForm) => {
    const mounted = await mountAt(path, [], () => useSession().load())
    await settle()
    return mounted
  }
  const submit = async (wrapper: Wrapper) => {
    await wrapper.find('form').trigger('submit')
    await settle()
  }
  const attendance = (wrapper: Wrapper) => wrapper.find('fieldset[aria-invalid]')

  it('refuses a group meeting with nobody ticked and a date outside the pair\'s period, on the fields, saving nothing', async () => {
    const { wrapper } = await asCurator()
    expect(wrapper.find('h1').text()).toBe('Внести встречу')
    expect(wrapper.text()).toContain('Пара работает с 1 сентября 2025 г. по 31 мая 2026 г.')
    await control(wrapper, 'Дата').setValue('2025-08-31')
    await submit(wrapper)
    expect(errorOf(wrapper, 'Дата')).toBe('Раньше начала работы пары: если пара работала и раньше, исправьте дату её начала в карточке пары')

    await control(wrapper, 'Дата').setValue('2026-06-01')
    await submit(wrapper)
    expect(errorOf(wrapper, 'Дата')).toBe('Позже планового окончания пары: сначала продлите пару')

    await control(wrapper, 'Дата').setValue('2026-03-12')
    for (const box of wrapper.findAll('fieldset input[type="checkbox"]').filter(b => [fox, hedgehog].includes((b.element as HTMLInputElement).value)))
      await box.setValue(false)
    await submit(wrapper)
    expect(attendance(wrapper).attributes('aria-invalid')).toBe('true')
    expect(attendance(wrapper).find('[role="alert"]').text()).toBe('Отметьте хотя бы одного присутствовавшего')
    expect(await db.meetings.count()).toBe(0)
  })

  it('records it held by the pair\'s mentor and entered by the curator, back on the curator\'s pair page; a reassignment leaves it so', async () => {
    const { wrapper, router } = await asCurator()
    // Whose meeting it is, before anything is typed: a pair chosen wrongly from the journal's list shows here.
    expect(wrapper.find('.meeting-form__pair').text()).toBe('Пара: Сова Мудрая — Лиса Алиса, Ёж Ёжиков')
    expect(wrapper.text()).toContain('будет отмечено «внесено куратором: Шиловская Я. А.»')
    await control(wrapper, 'Дата').setValue('2026-03-12')
    await control(wrapper, 'Тема').setValue('Из бумажного журнала')
    await wrapper.find(`fieldset input[type="checkbox"][value="${hedgehog}"]`).setValue(false)
    await submit(wrapper)
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe(`/pairs/${groupId}`), SAVED)
    const [saved] = await db.meetings.toArray()
    expect(saved).toMatchObject({ pairId: groupId, date: '2026-03-12', attendeeIds: [fox], mentorId, enteredBy: 'Шиловская Я. А.' })

    await mutate(db, 'pairs', groupId, 'upsert', { mentorId: uuidv7() })
    // Opened from the journal as it was read (a month chosen): saved, it goes back there and says so.
    const edit = await asCurator(`/meetings/${saved!.id}?back=${encodeURIComponent('/meetings?month=2026-03')}`)
    expect(edit.wrapper.text()).toContain('внесено куратором: Шиловская Я. А.')
    await control(edit.wrapper, 'Длительность, мин').setValue('90')
    await submit(edit.wrapper)
    await vi.waitFor(async () => expect((await db.meetings.get(saved!.id))?.durationMin).toBe(90), SAVED)
    expect(await db.meetings.get(saved!.id)).toMatchObject({ mentorId, enteredBy: 'Шиловская Я. А.' })
    await vi.waitFor(() => expect(edit.router.currentRoute.value.path).toBe('/meetings'), SAVED)
    expect(edit.router.currentRoute.value.query.month).toBe('2026-03')
    await vi.waitFor(() => expect(edit.wrapper.find('.banner--ok').text()).toBe('Встреча сохранена на устройстве'), SAVED)

    // An address of another site is no way back: the pair's page is.
    const elsewhere = await asCurator(`/meetings/${saved!.id}?back=${encodeURIComponent('//evil.example/x')}`)
    await elsewhere.wrapper.findAll('a, button').find(b => b.text() === 'Отмена')!.trigger('click')
    await vi.waitFor(() => expect(elsewhere.router.currentRoute.value.path).toBe(`/pairs/${groupId}`), SAVED)
  })
})
