import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { uuidv7 } from '#shared/ids'
import type { Pair } from '#shared/model/pair'
import { db } from '../../../src/app/db/index.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import SuspendedPairsSection from '../../../src/app/features/monitoring/SuspendedPairsSection.vue'
import { routes } from '../../../src/app/router.ts'
import { settle } from '../mountPage.ts'

const [teacher, pupilMentor, kolya, ilya, nina] = [uuidv7(), uuidv7(), uuidv7(), uuidv7(), uuidv7()]
const [noDuties, withdrawn, fine, ended] = [uuidv7(), uuidv7(), uuidv7(), uuidv7()]
const NAMES = new Map([[teacher, 'Иванова Ольга'], [pupilMentor, 'Котов Артём'], [kolya, 'Петров Коля'], [ilya, 'Фёдоров Илья'], [nina, 'Орлова Нина']])

async function consent(personId: string, more: Record<string, unknown> = {}): Promise<string> {
  const id = uuidv7()
  await mutate(db, 'consents', id, 'upsert', { personId, kind: 'pdn', signedBy: 'guardian', guardianName: 'Родитель', date: '2025-08-30', documentRef: '', withdrawnDate: '', ...more })
  return id
}

beforeEach(async () => {
  await db.delete()
  await db.open()
  await mutate(db, 'people', teacher, 'upsert', { name: NAMES.get(teacher), category: 'teacher', birthDate: '', isMentor: 1 })
  for (const id of [pupilMentor, kolya, ilya, nina])
    await mutate(db, 'people', id, 'upsert', { name: NAMES.get(id), category: 'student', birthDate: '2012-05-05' })
  await consent(teacher, { signedBy: 'self', guardianName: '' })
  for (const id of [pupilMentor, kolya, nina])
    await consent(id)
  const ilyaConsent = await consent(ilya)
  await mutate(db, 'consents', ilyaConsent, 'upsert', { withdrawnDate: '2025-10-01' })
  const pair = (mentorId: string, menteeIds: string[], status: Pair['status'] = 'active') => ({ programId: uuidv7(), mentorId, menteeIds, status, startDate: '2025-09-01', plannedEndDate: '2099-05-31' })
  await mutate(db, 'pairs', noDuties, 'upsert', pair(teacher, [kolya]))
  await mutate(db, 'pairs', withdrawn, 'upsert', pair(pupilMentor, [ilya, nina]))
  await mutate(db, 'pairs', fine, 'upsert', pair(pupilMentor, [kolya]))
  await mutate(db, 'pairs', ended, 'upsert', pair(pupilMentor, [ilya], 'completed'))
})
afterEach(() => {
  document.body.innerHTML = ''
})

async function mountSection() {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push('/monitoring')
  const wrapper = mount(SuspendedPairsSection, { props: { names: NAMES }, global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
  await settle()
  return wrapper
}

describe('monitoring\'s suspended pairs', () => {
  it('counts the running pairs a member of which lacks a needed consent, each a link naming who lacks which', async () => {
    const wrapper = await mountSection()
    expect(wrapper.find('h2').text()).toBe('Пары, приостановленные без согласия (2)')
    const cards = wrapper.findAll('li a.card')
    expect(cards.map(c => [c.attributes('href'), c.find('.card__title').text()])).toEqual(expect.arrayContaining([
      [`/pairs/${noDuties}`, 'Иванова Ольга — Петров Коля'],
      [`/pairs/${withdrawn}`, 'Котов Артём — Фёдоров Илья, Орлова Нина'],
    ]))
    expect(cards).toHaveLength(2)
    const meta = (pairId: string) => cards.find(c => c.attributes('href') === `/pairs/${pairId}`)!.find('.card__meta').text()
    expect(meta(noDuties)).toBe('Приостановлена: нет согласия нет: Иванова Ольга (согласие на наставничество (ТК РФ ст. 351.8))')
    expect(meta(withdrawn)).toContain('нет: Фёдоров Илья (согласие на обработку персональных данных)')
    expect(wrapper.find('a[href="/consents"]').text()).toBe('Все недостающие согласия')
  })

  it('says all is in force when no running pair lacks a consent', async () => {
    await consent(ilya)
    await consent(teacher, { kind: 'mentor_duties', signedBy: 'self', guardianName: '', validFrom: '2025-09-01', validUntil: '2099-05-31', agreementNumber: 'ДС-1', agreementDate: '2025-08-30', payBasis: 'доплата' })
    const wrapper = await mountSection()
    expect(wrapper.find('h2').text()).toBe('Пары, приостановленные без согласия (0)')
    expect(wrapper.text()).toContain('Согласия всех участников действующих пар в силе.')
    expect(wrapper.findAll('li')).toHaveLength(0)
  })
})
