import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { localCalendarDate, schoolYearOf } from '#shared/dates'
import { uuidv7 } from '#shared/ids'
import { db } from '../../../src/app/db/index.ts'
import { writeMeta } from '../../../src/app/db/meta.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { useSession } from '../../../src/app/stores/session.ts'
import { arrivesAt, mountAt, settle } from '../mountPage.ts'

const ids = { program: uuidv7(), math: uuidv7(), music: uuidv7(), noConsentMentor: uuidv7(), noAgreement: uuidv7(), kolya: uuidv7(), masha: uuidv7() }

/** With `consent`, the personal-data one, and a teacher mentor's written consent to the duties unless `duties` is false. */
async function person(id: string, name: string, fields: Record<string, unknown>, consent = true, duties = true) {
  await mutate(db, 'people', id, 'upsert', { name, category: 'student', classGroup: '', birthDate: '', ovz: 0, gifted: 0, competencies: [], requests: [], isMentor: 0, isMentee: 0, notes: '', partnerId: '', ...fields })
  if (consent)
    // A pupil's card here has no birth date: a parent signs for them.
    await mutate(db, 'consents', uuidv7(), 'upsert', { personId: id, ...fields.category === 'teacher' ? { signedBy: 'self', guardianName: '' } : { signedBy: 'guardian', guardianName: 'Родитель' }, date: '2026-09-01', documentRef: '', withdrawnDate: '' })
  if (consent && duties && fields.category === 'teacher' && fields.isMentor)
    await mutate(db, 'consents', uuidv7(), 'upsert', { personId: id, kind: 'mentor_duties', signedBy: 'self', guardianName: '', date: '2026-09-01', documentRef: '', withdrawnDate: '', validFrom: '2026-09-01', validUntil: '2099-05-31', agreementNumber: 'ДС-1', agreementDate: '2026-09-01', payBasis: 'доплата' })
}

beforeEach(async () => {
  await db.delete()
  await db.open()
  await mutate(db, 'programs', ids.program, 'upsert', { name: 'Ученик – ученик', form: 'ученик – ученик', startDate: '2026-09-01', endDate: '2027-05-31', goals: '', status: 'active', roleVariation: '' })
  await person(ids.math, 'Алгебраистов Иван', { category: 'teacher', isMentor: 1, competencies: ['математика'] })
  await person(ids.music, 'Вокалова Анна', { category: 'teacher', isMentor: 1, competencies: ['вокал'] })
  await person(ids.noConsentMentor, 'Безсогласиев Пётр', { category: 'teacher', isMentor: 1, competencies: ['математика'] }, false)
  await person(ids.noAgreement, 'Бездоговоров Семён', { category: 'teacher', isMentor: 1, competencies: ['математика'] }, true, false)
  await person(ids.kolya, 'Петров Николай', { isMentee: 1, requests: ['математика'] })
  await person(ids.masha, 'Сидорова Маша', { isMentee: 1 }, false)
})
afterEach(() => {
  document.body.innerHTML = ''
})

/** Kolya paired with the maths teacher in the programme, saved: the pair the form stored. */
async function savedPair(wrapper: Awaited<ReturnType<typeof mountAt>>['wrapper'], router: Awaited<ReturnType<typeof mountAt>>['router']) {
  await wrapper.findAll('select')[0]!.setValue(ids.program)
  await wrapper.find(`input[value="${ids.kolya}"]`).setValue(true)
  await wrapper.find(`option[value="${ids.math}"]`).setValue()
  await wrapper.find('form').trigger('submit')
  await settle()
  await arrivesAt(router, '/pairs')
  const [pair] = await db.pairs.toArray()
  return pair
}

describe('pair form', () => {
  it('suggests mentors whose competencies meet the mentee\'s requests, leaving out those without consent', async () => {
    const { wrapper } = await mountAt(`/pairs/new?mentee=${ids.kolya}`)
    await settle()
    const names = wrapper.findAll('.suggestions .card__title').map(n => n.text())
    expect(names).toEqual(['Алгебраистов Иван', 'Вокалова Анна'])
    expect(wrapper.find('.suggestions').text()).toContain('совпадает с запросами: математика')
    await wrapper.find('button[aria-label="Выбрать: Алгебраистов Иван"]').trigger('click')
    const mentor = wrapper.find('select#' + CSS.escape(wrapper.findAll('label').find(l => l.text().startsWith('Наставник'))!.attributes('for')!))
    expect((mentor.element as HTMLSelectElement).value).toBe(ids.math)
    // The suggestions are gone with the button pressed: the keyboard's focus is on the mentor chosen.
    await vi.waitFor(() => expect(document.activeElement).toBe(mentor.element))
  })

  it('will not pair anyone without a consent in force, and creates the plan for a pair it saves', async () => {
    const { wrapper, router } = await mountAt('/pairs/new')
    await settle()
    const mentorOption = wrapper.find(`option[value="${ids.noConsentMentor}"]`)
    expect(mentorOption.attributes('disabled')).toBeDefined()
    expect(mentorOption.text()).toContain('нет согласия')
    // A teacher's personal-data consent alone is not enough: the written consent to the duties is missing.
    expect(wrapper.find(`option[value="${ids.noAgreement}"]`).attributes('disabled')).toBeDefined()
    expect(wrapper.find(`input[value="${ids.masha}"]`).attributes('disabled')).toBeDefined()

    const pair = await savedPair(wrapper, router)
    expect(pair).toMatchObject({ mentorId: ids.math, menteeIds: [ids.kolya], programId: ids.program })
    const plan = await db.planItems.where('pairId').equals(pair!.id).toArray()
    expect(plan.map(p => p.title)[0]).toBe('Встреча-знакомство')
    expect(plan).toHaveLength(9)
  })

  it('starts the plan with the programme\'s own meetings: no step of a kind it leaves out, each in its words', async () => {
    await mutate(db, 'programs', ids.program, 'upsert', { meetingKinds: [{ kind: 'intro', name: 'первая, организационная встреча' }, { kind: 'work', name: '' }, { kind: 'final', name: '' }] })
    const { wrapper, router } = await mountAt('/pairs/new')
    await settle()
    const pair = await savedPair(wrapper, router)
    const plan = await db.planItems.where('pairId').equals(pair!.id).sortBy('position')
    expect(plan.map(p => p.title)).toEqual([
      'Первая, организационная встреча',
      ...['первое', 'второе', 'третье', 'четвёртое'].map(nth => `Совместная работа по плану: ${nth} мероприятие`),
      'Итоговая встреча',
    ])
  })

  it('enters a pair that has already ended with whoever was in it: only a running pair needs consents in force today', async () => {
    const { wrapper, router } = await mountAt('/pairs/new')
    await settle()
    const status = wrapper.findAll('select').find(s => s.findAll('option').some(o => o.attributes('value') === 'completed'))!
    expect(wrapper.find(`option[value="${ids.noConsentMentor}"]`).attributes('disabled')).toBeDefined()
    await status.setValue('completed')
    expect(wrapper.find(`option[value="${ids.noConsentMentor}"]`).attributes('disabled')).toBeUndefined()
    expect(wrapper.find(`option[value="${ids.noConsentMentor}"]`).text()).toContain('нет согласия')
    expect(wrapper.find(`input[value="${ids.masha}"]`).attributes('disabled')).toBeUndefined()
    await wrapper.findAll('select')[0]!.setValue(ids.program)
    await wrapper.find(`input[value="${ids.masha}"]`).setValue(true)
    await wrapper.find(`option[value="${ids.noConsentMentor}"]`).setValue()
    const [start, end] = wrapper.findAll('input[type="date"]')
    await start!.setValue('2026-05-04')
    expect(wrapper.find('.banner--warn').exists()).toBe(false)
    await start!.setValue('2024-09-04')
    await end!.setValue('2025-06-30')
    // Not one day within the programme's: said, not refused (a programme extended later, a pair of another).
    expect(wrapper.find('.banner--warn').text()).toContain('Сроки пары не совпадают со сроками программы «Ученик – ученик» (1 сентября 2026 г. – 31 мая 2027 г.) ни одним днём.')
    await wrapper.find('form').trigger('submit')
    await settle()
    await arrivesAt(router, '/pairs')
    expect(await db.pairs.toArray()).toMatchObject([{ mentorId: ids.noConsentMentor, menteeIds: [ids.masha], status: 'completed', startDate: '2024-09-04' }])
  })

  it('refuses a pair running today whose mentor has no consent in force, named on the mentor\'s field', async () => {
    const { wrapper } = await mountAt('/pairs/new')
    await settle()
    const status = wrapper.findAll('select').find(s => s.findAll('option').some(o => o.attributes('value') === 'completed'))!
    await status.setValue('completed')
    await wrapper.findAll('select')[0]!.setValue(ids.program)
    await wrapper.find(`input[value="${ids.kolya}"]`).setValue(true)
    await wrapper.find(`option[value="${ids.noConsentMentor}"]`).setValue()
    await status.setValue('active')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(wrapper.get('.field--invalid').text()).toContain('Наставник')
    expect(await db.pairs.count()).toBe(0)
  })

  it('says who is «нет согласия», which consent each lacks, and leads to the card where it is written', async () => {
    const { wrapper } = await mountAt('/pairs/new')
    await settle()
    const hints = wrapper.findAll('details.pairing-consents')
    expect(hints.map(h => h.find('summary').text())).toEqual(['Нет согласия у 1 участника: какого и что сделать', 'Нет согласия у 2 участников: каких и что сделать'])
    expect(hints[0]!.text()).toContain('Сидорова Маша: согласие на обработку персональных данных')
    const lines = hints[1]!.findAll('li').map(li => li.text().replace(/\s+/g, ' '))
    expect(lines).toEqual([
      'Бездоговоров Семён: согласие на наставничество (ТК РФ ст. 351.8)',
      'Безсогласиев Пётр: согласие на обработку персональных данных, согласие на наставничество (ТК РФ ст. 351.8)',
    ])
    expect(hints[1]!.findAll('a').map(a => a.attributes('href'))).toEqual([`/people/${ids.noAgreement}#consents-title`, `/people/${ids.noConsentMentor}#consents-title`])
  })

  it('ticks a plan item done from the pair\'s page, the item\'s state following', async () => {
    await writeMeta(db, 'session', { token: 't', user: { id: uuidv7(), name: 'Куратор', role: 'curator', schoolId: uuidv7(), schoolName: 'Школа', personId: null } })
    const pairId = uuidv7()
    const itemId = uuidv7()
    await mutate(db, 'pairs', pairId, 'upsert', { programId: ids.program, mentorId: ids.math, menteeIds: [ids.kolya], status: 'active', startDate: '2026-09-01', plannedEndDate: '2027-05-31', endReason: '' })
    await mutate(db, 'planItems', itemId, 'upsert', { pairId, title: 'Пробная встреча', status: 'planned', position: 0, dueDate: '2026-09-22', result: '' })
    const { wrapper } = await mountAt(`/pairs/${pairId}`, [], () => useSession().load())
    await settle()
    await wrapper.find('input[aria-label="Выполнен пункт «Пробная встреча»"]').setValue(true)
    await settle()
    expect(await db.planItems.get(itemId)).toMatchObject({ status: 'done' })
    expect((wrapper.find('select[aria-label="Состояние пункта «Пробная встреча»"]').element as HTMLSelectElement).value).toBe('done')
    expect(wrapper.text()).toContain('Выполнено 1 из 1')
    // Nine «Удалить» in a row tell a screen reader nothing: each names its item, as ↑ and ↓ do.
    expect(wrapper.find('button[aria-label="Удалить: Пробная встреча"]').text()).toBe('Удалить')
  })

  it('warns before a pair changes hands while the mentor\'s phone has not synced for days, and says what becomes of its meetings', async () => {
    await writeMeta(db, 'session', { token: 't', user: { id: uuidv7(), name: 'Куратор', role: 'curator', schoolId: uuidv7(), schoolName: 'Школа', personId: null } })
    const pairId = uuidv7()
    await mutate(db, 'pairs', pairId, 'upsert', { programId: ids.program, mentorId: ids.math, menteeIds: [ids.kolya], status: 'active', startDate: '2026-09-01', plannedEndDate: '2027-05-31', endReason: '' })
    const device = (lastSyncAt: string | null) => ({ id: uuidv7(), name: 'Телефон', createdAt: '2026-09-01T08:00:00.000Z', lastSeenAt: '2026-09-01T08:00:00.000Z', lastSyncAt, revokedAt: null })
    let lastSyncAt: string | null = new Date(Date.now() - 3 * 86_400_000).toISOString()
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      if (url === '/api/users')
        return Response.json([{ id: uuidv7(), name: 'Алгебраистов Иван', role: 'mentor', personId: ids.math, login: null, devices: [device(lastSyncAt)] }])
      throw new TypeError('Failed to fetch')
    }))
    const { wrapper } = await mountAt(`/pairs/${pairId}`, [], () => useSession().load())
    await settle()
    const mentor = wrapper.find('select#' + CSS.escape(wrapper.findAll('label').find(l => l.text().startsWith('Наставник'))!.attributes('for')!))
    expect(wrapper.text()).not.toContain('синхронизировался')
    await mentor.setValue(ids.music)
    await vi.waitFor(() => expect(wrapper.text()).toContain('последний раз синхронизировался 3 дня назад'))
    expect(wrapper.text()).toContain('Встречи, записанные до передачи, сервер примет и после неё')

    // A phone that synced an hour ago has nothing waiting: no warning.
    lastSyncAt = new Date(Date.now() - 3_600_000).toISOString()
    await mentor.setValue(ids.math)
    await settle()
    await mentor.setValue(ids.music)
    await settle()
    expect(wrapper.text()).not.toContain('синхронизировался')
    vi.unstubAllGlobals()
  })

  it('marks each missing choice of a new pair at the send, and unmarks each as soon as it is made', async () => {
    const { wrapper } = await mountAt('/pairs/new')
    await settle()
    const select = (label: string) => wrapper.find(`#${CSS.escape(wrapper.findAll('label').find(l => l.text().startsWith(label))!.attributes('for')!)}`)
    const mentees = () => wrapper.find('fieldset')
    const invalid = () => ({ program: select('Программа').attributes('aria-invalid'), mentees: mentees().attributes('aria-invalid'), mentor: select('Наставник').attributes('aria-invalid') })
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(invalid()).toEqual({ program: 'true', mentees: 'true', mentor: 'true' })
    expect(wrapper.findAll('.field__error').map(e => e.text())).toEqual(['Выберите из списка', 'Заполните это поле', 'Выберите из списка'])
    expect(mentees().attributes('aria-describedby')).toBe(mentees().find('.field__error').attributes('id'))

    await select('Программа').setValue(ids.program)
    expect(invalid()).toEqual({ program: 'false', mentees: 'true', mentor: 'true' })
    await wrapper.find(`input[value="${ids.kolya}"]`).setValue(true)
    expect(invalid()).toEqual({ program: 'false', mentees: 'false', mentor: 'true' })
    expect(wrapper.findAll('.field__error').map(e => e.text())).toEqual(['Выберите из списка'])
    expect(await db.pairs.count()).toBe(0)
  })

  it('narrows a long list of mentees by name or class, keeping the ticked ones in sight', async () => {
    for (let n = 1; n <= 11; n++)
      await person(uuidv7(), `Ученикова ${n}`, { isMentee: 1, classGroup: n === 5 ? '7Б' : '8А' })
    const { wrapper } = await mountAt('/pairs/new')
    await settle()
    const shown = () => wrapper.findAll('.mentee-picker label:has(input[type="checkbox"])').map(l => l.text().replace(/\s+/g, ' '))
    expect(shown()).toHaveLength(13)
    const search = wrapper.find('input[type="search"]')
    expect(search.attributes('placeholder')).toBe('Найти наставляемого: ФИО или класс')
    // A tick leaves its row where it is: the row under the keyboard's focus does not jump to the top.
    const last = shown().at(-1)
    await wrapper.findAll('.mentee-picker input[type="checkbox"]').at(-1)!.setValue(true)
    expect(shown().at(-1)).toBe(last)
    await wrapper.findAll('.mentee-picker input[type="checkbox"]').at(-1)!.setValue(false)
    await search.setValue('7б')
    expect(shown()).toEqual(['Ученикова 5, 7Б'])
    await search.setValue('петров')
    const kolya = wrapper.find(`input[value="${ids.kolya}"]`)
    ;(kolya.element as HTMLInputElement).focus()
    await kolya.setValue(true)
    // A tick leaves its row where it is, under the keyboard's focus.
    expect(document.activeElement).toBe(kolya.element)
    // Another search: the ticked mentee stays first, matched or not.
    await search.setValue('ёжиков')
    expect(shown()).toEqual(['Петров Николай'])
    expect(wrapper.text()).toContain('Никого не нашлось')
    await search.setValue('ученикова 1')
    expect(shown()).toEqual(['Петров Николай', 'Ученикова 1, 8А', 'Ученикова 10, 8А', 'Ученикова 11, 8А'])
  })

  it('runs a new pair to the end of the school year\'s lessons until a programme is chosen, then to the programme\'s end (seed 002)', async () => {
    await mutate(db, 'programs', ids.program, 'upsert', { endDate: '2027-06-20' })
    const { wrapper } = await mountAt('/pairs/new')
    await settle()
    const end = () => (wrapper.findAll('input[type="date"]')[1]!.element as HTMLInputElement).value
    expect(end()).toBe(`${schoolYearOf(localCalendarDate()) + 1}-05-31`)
    await wrapper.findAll('select')[0]!.setValue(ids.program)
    await settle()
    expect(end()).toBe('2027-06-20')
  })

  it('offers no card whose personal data was erased, on either side (seed 001 saw «Участник удалён» among mentors)', async () => {
    await person(uuidv7(), 'Участник удалён', { category: 'teacher', isMentor: 1, isMentee: 1, erased: 1 }, false)
    const { wrapper } = await mountAt('/pairs/new')
    await settle()
    expect(wrapper.findAll('option').map(o => o.text())).not.toContainEqual(expect.stringContaining('Участник удалён'))
    expect(wrapper.findAll('.mentee-picker label').map(l => l.text())).not.toContainEqual(expect.stringContaining('Участник удалён'))
    expect(wrapper.findAll('option').map(o => o.text())).toContainEqual(expect.stringContaining('Алгебраистов Иван'))
  })

  it('puts first, under the form\'s words, whom the programme\'s form pairs: its young specialists among mentees, its teachers among mentors', async () => {
    const program = uuidv7()
    await mutate(db, 'programs', program, 'upsert', { name: 'Адаптация', form: 'педагог – молодой специалист', startDate: '2026-09-01', endDate: '2027-05-31', goals: '', status: 'active', roleVariation: '' })
    await person(uuidv7(), 'Яковлева Юлия', { category: 'young_specialist', isMentee: 1 })
    await person(uuidv7(), 'Юнов Артём', { category: 'young_specialist', isMentor: 1 })
    const { wrapper } = await mountAt('/pairs/new')
    await settle()
    const picker = () => wrapper.findAll('.mentee-picker__heading, .mentee-picker label:has(input[type="checkbox"])').map(n => n.text().replace(/\s+/g, ' '))
    const groups = () => wrapper.findAll('optgroup').map(g => [g.attributes('label'), ...g.findAll('option').map(o => o.text())])
    // No programme chosen yet: the registry's order, no groups.
    expect(picker()[0]).toBe('Петров Николай')
    expect(groups()).toEqual([])
    await wrapper.findAll('select')[0]!.setValue(program)
    await settle()
    expect(picker()).toEqual([
      'По форме программы «педагог – молодой специалист»',
      'Яковлева Юлия',
      'Остальные наставляемые',
      'Петров Николай',
      'Сидорова Машанет согласия',
    ])
    // Each tick is described by its group's words, for a screen reader going tick by tick.
    const tick = wrapper.find('.mentee-picker input[type="checkbox"]')
    expect(wrapper.find(`#${tick.attributes('aria-describedby')!}`).text()).toBe('По форме программы «педагог – молодой специалист»')
    expect(groups()).toEqual([
      ['По форме программы «педагог – молодой специалист»', 'Алгебраистов Иван', 'Бездоговоров Семён (нет согласия)', 'Безсогласиев Пётр (нет согласия)', 'Вокалова Анна'],
      ['Остальные наставники', 'Юнов Артём (нет согласия)'],
    ])
    // Seed 004's «педагог – педагог»: a young specialist is a педагог being mentored, not among «остальные».
    await mutate(db, 'programs', program, 'upsert', { form: 'педагог – педагог' })
    await settle()
    expect(picker().slice(0, 3)).toEqual(['По форме программы «педагог – педагог»', 'Яковлева Юлия', 'Остальные наставляемые'])
  })
})
