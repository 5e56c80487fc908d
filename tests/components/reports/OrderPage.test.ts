import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Pair } from '#shared/model/pair'
import type { Person } from '#shared/model/person'
import { db } from '../../../src/app/db/index.ts'
import { writeMeta } from '../../../src/app/db/meta.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { useSession } from '../../../src/app/stores/session.ts'
import { mountAt, settle } from '../mountPage.ts'

const PROGRAM = '01900000-0000-7000-8000-0000000000a1'
const person = (id: string, name: string, category: Person['category']) =>
  mutate(db, 'people', id, 'upsert', { name, category, classGroup: '', birthDate: '', ovz: 0, gifted: 0, competencies: [], requests: [], isMentor: 0, isMentee: 0, notes: '', partnerId: '' })
const pair = (id: string, mentorId: string, menteeId: string, startDate: string, status: Pair['status']) =>
  mutate(db, 'pairs', id, 'upsert', { programId: PROGRAM, mentorId, menteeIds: [menteeId], startDate, plannedEndDate: `${Number(startDate.slice(0, 4)) + 1}-05-31`, status, endReason: '' })

beforeEach(async () => {
  await db.delete()
  await db.open()
  await writeMeta(db, 'session', { token: 't', user: { id: 'u', name: 'Прокашева Татьяна Александровна', role: 'curator', schoolId: 's', schoolName: 'КОГОБУ СШ пгт Кумены', personId: null } })
  await mutate(db, 'programs', PROGRAM, 'upsert', { name: 'Ученик – ученик', form: 'ученик – ученик', startDate: '2020-09-01', endDate: '2027-05-31', goals: '', status: 'active', roleVariation: '', curators: 'Прокашева Т.А.', meetingKinds: [] })
  await person('01900000-0000-7000-8000-0000000000b1', 'Зыкин Иван Иванович', 'student')
  await person('01900000-0000-7000-8000-0000000000b2', 'Петухова Анна Сергеевна', 'student')
  await person('01900000-0000-7000-8000-0000000000b3', 'Ситников Артём Игоревич', 'student')
  await pair('01900000-0000-7000-8000-0000000000c1', '01900000-0000-7000-8000-0000000000b1', '01900000-0000-7000-8000-0000000000b2', '2020-10-01', 'completed')
  await pair('01900000-0000-7000-8000-0000000000c2', '01900000-0000-7000-8000-0000000000b3', '01900000-0000-7000-8000-0000000000b2', '2026-12-07', 'active')
})
afterEach(() => {
  document.body.innerHTML = ''
})

describe('the order assigning pairs, opened', () => {
  it('assigns the pairs running now, and those begun in a school year chosen, pupils not signing it', async () => {
    const { wrapper } = await mountAt(`/reports/order?program=${PROGRAM}`, [], () => useSession().load())
    await settle()
    const sheet = () => wrapper.find('.document').text()
    expect(sheet()).toContain('Закрепить за Ситниковым Артёмом Игоревичем')
    const pick = wrapper.findAll('select').find(s => s.findAll('option').some(o => o.text() === 'начатые в 2020/2021 учебном году'))!
    expect(pick.findAll('option').map(o => o.text())).toEqual(['действующие (если их нет — завершённые)', 'начатые в 2026/2027 учебном году', 'начатые в 2020/2021 учебном году'])
    await pick.setValue('2020')
    await settle()
    expect(sheet()).toContain('Закрепить за Зыкиным Иваном Ивановичем Петухову Анну Сергеевну')
    expect(sheet()).not.toContain('Ситников')
    expect(sheet()).toMatch(/на период с 1\sоктября 2020\sг\. по 31\sмая 2021\sг\./)
    // The curator signs that she has read it, initials first as every signature (the card's «Прокашева Т.А.»);
    // the pupils it pairs do not.
    expect(sheet()).toMatch(/С приказом ознакомлена:\s*_+\sТ\.\sА\.\sПрокашева/)
    expect(sheet()).not.toMatch(/_+\sИ\.\sИ\.\sЗыкин/)
  })
})

describe('the programme an order opens on', () => {
  it('is the first running one with pairs, not one with none (seed 001\'s walk opened on an empty «Ученик – ученик»)', async () => {
    // «А…» sorts first among the running programmes, and has no pair.
    await mutate(db, 'programs', '01900000-0000-7000-8000-0000000000a2', 'upsert', { name: 'А-программа без пар', form: 'ученик – ученик', startDate: '2020-09-01', endDate: '2027-05-31', goals: '', status: 'active', roleVariation: '', curators: '', meetingKinds: [] })
    const { wrapper, router } = await mountAt('/reports/order', [], () => useSession().load())
    await settle()
    expect(router.currentRoute.value.query.program).toBe(PROGRAM)
    expect(wrapper.find('.document').text()).toContain('Закрепить за Ситниковым Артёмом Игоревичем')
  })
})
