import type { DOMWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { db } from '../../../src/app/db/index.ts'
import { writeMeta } from '../../../src/app/db/meta.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { useSession } from '../../../src/app/stores/session.ts'
import { mountAt, settle } from '../mountPage.ts'

const ids = { teacher: uuidv7(), newcomer: uuidv7(), pupilMentor: uuidv7(), withdrawn: uuidv7(), nobody: uuidv7(), partner: uuidv7(), pair: uuidv7() }

async function person(id: string, name: string, more: Record<string, unknown>) {
  await mutate(db, 'people', id, 'upsert', { name, category: 'student', birthDate: '2010-01-01', isMentor: 0, isMentee: 0, erased: 0, ...more })
}
async function pdn(personId: string, more: Record<string, unknown> = {}) {
  const id = uuidv7()
  await mutate(db, 'consents', id, 'upsert', { personId, kind: 'pdn', signedBy: 'guardian', guardianName: 'Родитель', date: '2025-08-30', documentRef: '', withdrawnDate: '', ...more })
  return id
}

beforeEach(async () => {
  await db.delete()
  await db.open()
  await person(ids.teacher, 'Антонова Вера', { category: 'teacher', birthDate: '1980-01-01', isMentor: 1 })
  await person(ids.newcomer, 'Борисов Глеб', { isMentee: 1 })
  await person(ids.pupilMentor, 'Котов Артём', { isMentor: 1 })
  await person(ids.withdrawn, 'Фёдоров Илья', { isMentee: 1 })
  await person(ids.nobody, 'Гусев Павел', {})
  await person(ids.partner, 'Грачёв Олег', { category: 'partner_employee', birthDate: '1985-01-01', isMentor: 1 })
  await pdn(ids.teacher, { signedBy: 'self', guardianName: '' })
  await pdn(ids.pupilMentor)
  await pdn(ids.partner, { signedBy: 'self', guardianName: '' })
  await pdn(ids.withdrawn, { withdrawnDate: '2025-10-01' })
  await mutate(db, 'pairs', ids.pair, 'upsert', { programId: uuidv7(), mentorId: ids.pupilMentor, menteeIds: [ids.withdrawn], status: 'active', startDate: '2025-09-01', plannedEndDate: '2099-05-31' })
  await writeMeta(db, 'session', { token: 't', user: { id: 'u', name: 'Куратор', role: 'curator', schoolId: 's', schoolName: 'Школа', personId: null } })
})
afterEach(() => {
  document.body.innerHTML = ''
})

const rows = (table: DOMWrapper<Element>) => table.findAll('tbody tr').map(tr => tr.findAll('td').slice(0, 2).map(td => td.text()))

describe('the missing consents', () => {
  it('lists a running pair\'s gaps, then the people of the bases who lack a consent their pairing will ask, each once', async () => {
    const { wrapper } = await mountAt('/consents', [], () => useSession().load())
    await settle()
    const [pairs, bases] = wrapper.findAll('table')
    expect(rows(pairs!)).toEqual([['Фёдоров Илья, наставляемый', 'согласие на обработку персональных данных']])
    expect(wrapper.findAll('h2').map(h => h.text())).toContain('Участники баз без согласий')
    // The teacher lacks the ТК 351.8 consent; the partner's employee is asked none; who is in no base is not listed.
    expect(rows(bases!)).toEqual([
      ['Антонова Вера, наставник', 'согласие на наставничество (ТК РФ ст. 351.8)'],
      ['Борисов Глеб, наставляемый', 'согласие на обработку персональных данных'],
    ])
    expect(bases!.find('a').attributes('href')).toBe(`/people/${ids.teacher}#consents-title`)
  })
})
