import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { localCalendarDate } from '#shared/dates'
import { uuidv7 } from '#shared/ids'
import { db } from '../../../src/app/db/index.ts'
import { writeMeta } from '../../../src/app/db/meta.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { useSession } from '../../../src/app/stores/session.ts'
import { mountAt, settle } from '../mountPage.ts'

const ids = { child: uuidv7(), classmate: uuidv7(), other: uuidv7(), teacher: uuidv7(), consented: uuidv7(), outside: uuidv7() }

async function person(id: string, name: string, more: Record<string, unknown>) {
  await mutate(db, 'people', id, 'upsert', { name, category: 'student', birthDate: '2015-03-01', classGroup: '', isMentor: 0, isMentee: 1, erased: 0, ...more })
}

beforeEach(async () => {
  await db.delete()
  await db.open()
  await person(ids.child, 'Борисов Глеб', { classGroup: '5А' })
  await person(ids.classmate, 'Алексеева Нина', { classGroup: '5А' })
  await person(ids.other, 'Ершова Мила', { classGroup: '10Б' })
  await person(ids.teacher, 'Антонова Вера', { category: 'teacher', birthDate: '1980-01-01', isMentor: 1, isMentee: 0 })
  await person(ids.consented, 'Дроздов Иван', { classGroup: '5А' })
  await person(ids.outside, 'Гусев Павел', { classGroup: '5А', isMentee: 0 })
  await mutate(db, 'consents', uuidv7(), 'upsert', { personId: ids.consented, kind: 'pdn', signedBy: 'guardian', guardianName: 'Дроздова Анна', date: '2025-08-30', documentRef: '', withdrawnDate: '' })
  await writeMeta(db, 'session', { token: 't', user: { id: 'u', name: 'Куратор', role: 'curator', schoolId: 's', schoolName: 'Школа', personId: null } })
})
afterEach(() => {
  document.body.innerHTML = ''
})

async function open() {
  const { wrapper } = await mountAt('/consents/received', [], () => useSession().load())
  await settle()
  const row = (name: string) => wrapper.findAll('tbody tr').find(tr => tr.text().includes(name))!
  const names = () => wrapper.findAll('tbody tr').map(tr => tr.findAll('td').slice(0, 2).at(-1)!.text())
  return { wrapper, row, names }
}

describe('a stack of paper consents', () => {
  it('lists the people of the bases without a personal-data consent by class, and narrows to one class', async () => {
    const { wrapper, names } = await open()
    // The teacher's own signature; no one with a consent in force, no one outside the bases.
    expect(names()).toEqual(['Антонова Вера', 'Алексеева Нина', 'Борисов Глеб', 'Ершова Мила'])
    expect(wrapper.findAll('tbody tr').map(tr => tr.findAll('td')[3]!.text())).toEqual(['сам участник', 'законный представитель', 'законный представитель', 'законный представитель'])
    await wrapper.get('select').setValue('5А')
    expect(names()).toEqual(['Алексеева Нина', 'Борисов Глеб'])
  })

  it('asks the parent\'s name on each minor\'s row ticked, then writes every consent at once and lists the rest', async () => {
    const { wrapper, row, names } = await open()
    await wrapper.get('select').setValue('5А')
    await wrapper.get('thead input[type="checkbox"]').setValue(true)
    const save = wrapper.get('button[type="submit"]')
    expect(save.text()).toBe('Записать 2 согласия')
    const guardian = row('Борисов').get('input:not([type])')
    expect(row('Борисов').get('.select-box').text()).toContain('Борисов Глеб')
    expect(guardian.attributes('aria-label')).toBe('ФИО законного представителя: Борисов Глеб')
    await guardian.setValue('Борисова Ольга Петровна')
    await wrapper.get('form').trigger('submit')
    await settle()
    // Nina's parent is not named: nothing is written, and the error is on her row's field.
    const missing = row('Алексеева').get('input:not([type])')
    expect(wrapper.get(`#${missing.attributes('aria-describedby')!}`).text()).toBe('Заполните это поле')
    expect(await db.consents.count()).toBe(1)
    await missing.setValue('Алексеев Пётр')
    await wrapper.get(`#${wrapper.findAll('label').find(l => l.text() === 'Документ')!.element.htmlFor}`).setValue('Бланки с собрания 5 «А»')
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(wrapper.get('[role="status"]').text()).toBe('Записано 2 согласия.')
    const made = (await db.consents.toArray()).filter(c => c.personId !== ids.consented)
    expect(made.map(c => [c.personId, c.signedBy, c.guardianName, c.date, c.documentRef, c.kind]).sort()).toEqual([
      [ids.classmate, 'guardian', 'Алексеев Пётр', localCalendarDate(), 'Бланки с собрания 5 «А»', 'pdn'],
      [ids.child, 'guardian', 'Борисова Ольга Петровна', localCalendarDate(), 'Бланки с собрания 5 «А»', 'pdn'],
    ].sort())
    expect(await db.outbox.where('entity').equals('consents').count()).toBe(3)
    expect(names()).toEqual(['В классе 5А согласия записаны у всех.'])
    await wrapper.get('select').setValue('')
    expect(names()).toEqual(['Антонова Вера', 'Ершова Мила'])
  })

  it('refuses a signing date after today', async () => {
    const { wrapper, row } = await open()
    await row('Антонова').get('input[type="checkbox"]').setValue(true)
    const date = wrapper.get<HTMLInputElement>('input[type="date"]')
    await date.setValue('2999-01-01')
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(wrapper.get(`#${date.attributes('aria-describedby')!}`).text()).toBe('Дата подписания в будущем: согласие ещё не подписано')
    expect(await db.consents.count()).toBe(1)
  })
})
