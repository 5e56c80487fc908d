import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { db } from '../../../src/app/db/index.ts'
import { writeMeta } from '../../../src/app/db/meta.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { useSession } from '../../../src/app/stores/session.ts'
import { mountAt, settle } from '../mountPage.ts'

const templateId = uuidv7()

beforeEach(async () => {
  await db.delete()
  await db.open()
  await mutate(db, 'surveyTemplates', templateId, 'upsert', { name: 'Анкета наставника', audience: 'mentor', phase: 'exit', version: 1, items: [{ key: 'sat', kind: 'scale', text: 'Довольны?', required: true }], basedOn: '' })
  await writeMeta(db, 'session', { token: 't', user: { id: 'u', name: 'Куратор', role: 'curator', schoolId: 's', schoolName: 'Школа', personId: null } })
})
afterEach(() => {
  document.body.innerHTML = ''
})

async function open() {
  const { wrapper } = await mountAt('/surveys/campaigns/new', [], () => useSession().load())
  await settle()
  const select = (label: string) => wrapper.findAll('label').find(l => l.text().startsWith(label))!.element.htmlFor
  const field = (label: string) => wrapper.find<HTMLSelectElement>(`#${select(label)}`)
  return { field, wrapper }
}

describe('a new campaign from a template', () => {
  it('takes the template\'s audience and phase while the curator has not picked them', async () => {
    const { field } = await open()
    await field('Анкета').setValue(templateId)
    await settle()
    expect([field('Кого опрашиваем').element.value, field('Этап').element.value]).toEqual(['mentor', 'exit'])
  })

  it('keeps the audience and phase the curator picked before choosing the template', async () => {
    const { field } = await open()
    await field('Кого опрашиваем').setValue('curator')
    await field('Этап').setValue('mid')
    await field('Анкета').setValue(templateId)
    await settle()
    expect([field('Кого опрашиваем').element.value, field('Этап').element.value]).toEqual(['curator', 'mid'])
  })

  it('on a school with no questionnaire of its own, says where one is made instead of offering an empty list', async () => {
    expect((await open()).wrapper.find('[role="note"]').exists()).toBe(false)
    await db.surveyTemplates.clear()
    const { wrapper } = await open()
    const note = wrapper.get('[role="note"]')
    expect(note.text()).toContain('У школы ещё нет своих анкет')
    expect(note.get('a').attributes('href')).toBe('/surveys')
  })
})

describe('the mode of a small group', () => {
  it('advises a named survey where the programme\'s pairs have fewer than five of the audience (seed 004\'s four young teachers)', async () => {
    const program = uuidv7()
    await mutate(db, 'programs', program, 'upsert', { name: 'Педагог – педагог', form: 'педагог – педагог', startDate: '2023-09-01', endDate: '2024-11-30', goals: '', status: 'active', roleVariation: '' })
    for (const [i, mentees] of [['a', 'b'], ['c', 'd']].entries())
      await mutate(db, 'pairs', uuidv7(), 'upsert', { programId: program, mentorId: `m${i}`, menteeIds: mentees, startDate: '2023-09-04', plannedEndDate: '2024-06-30', status: 'completed', endReason: '' })
    const { field, wrapper } = await open()
    const modeHint = () => wrapper.get(`#${field('Режим').attributes('aria-describedby')!.split(' ')[0]!}`).text()
    await wrapper.get<HTMLInputElement>(`input[type="checkbox"][value="${program}"]`).setValue(true)
    await field('Кого опрашиваем').setValue('mentee')
    await settle()
    expect(modeHint()).toContain('В парах программы наставляемых: 4. Анонимные итоги показываются только от 5 ответов — для такой группы выберите именную анкету.')
    await field('Кого опрашиваем').setValue('mentor')
    await settle()
    expect(modeHint()).toContain('В парах программы наставников: 2.')
    await field('Режим').setValue('named')
    await settle()
    expect(modeHint()).not.toContain('от 5 ответов —')
    expect(modeHint()).toContain('Итоги анкетирования видны с первого ответа')
  })

  it('says a group of five to nine shows anonymous results only once five answer, and five at most (seed 004\'s five young teachers)', async () => {
    const program = uuidv7()
    await mutate(db, 'programs', program, 'upsert', { name: 'Педагог – педагог', form: 'педагог – педагог', startDate: '2023-09-01', endDate: '2024-11-30', goals: '', status: 'active', roleVariation: '' })
    await mutate(db, 'pairs', uuidv7(), 'upsert', { programId: program, mentorId: 'm', menteeIds: ['a', 'b', 'c', 'd', 'e'], startDate: '2023-09-04', plannedEndDate: '2024-06-30', status: 'active', endReason: '' })
    const { field, wrapper } = await open()
    const modeHint = () => wrapper.get(`#${field('Режим').attributes('aria-describedby')!.split(' ')[0]!}`).text()
    await wrapper.get<HTMLInputElement>(`input[type="checkbox"][value="${program}"]`).setValue(true)
    await field('Кого опрашиваем').setValue('mentee')
    await settle()
    expect(modeHint()).toContain('В парах программы наставляемых: 5. Анонимные ответы входят в итоги пятёрками: итоги появятся, когда ответят пятеро из 5')
    await field('Режим').setValue('named')
    await settle()
    expect(modeHint()).not.toContain('пятёрками')
  })
})

describe('one survey of several programmes', () => {
  it('makes a campaign for each programme ticked, with the same questionnaire, audience and dates (seed 001\'s yearly survey of its four)', async () => {
    const programs = [uuidv7(), uuidv7(), uuidv7()]
    for (const [i, id] of programs.entries())
      await mutate(db, 'programs', id, 'upsert', { name: `Программа ${i + 1}`, form: 'ученик – ученик', startDate: '2026-09-01', endDate: '2027-05-31', goals: '', status: 'active', roleVariation: '' })
    for (const [i, mentees] of [['a', 'b', 'c'], ['d', 'e', 'f', 'g', 'h', 'i']].entries())
      await mutate(db, 'pairs', uuidv7(), 'upsert', { programId: programs[i], mentorId: `m${i}`, menteeIds: mentees, startDate: '2026-09-04', plannedEndDate: '2027-05-31', status: 'active', endReason: '' })
    const { field, wrapper } = await open()
    await field('Анкета').setValue(templateId)
    await settle()
    await field('Кого опрашиваем').setValue('mentee')
    for (const id of [programs[0]!, programs[1]!])
      await wrapper.get<HTMLInputElement>(`input[type="checkbox"][value="${id}"]`).setValue(true)
    await settle()
    const modeHint = () => wrapper.get(`#${field('Режим').attributes('aria-describedby')!.split(' ')[0]!}`).text()
    // The programme of three is named with its count; the one of six is not.
    expect(modeHint()).toContain('Наставляемых меньше пяти в программах: «Программа 1» — 3.')
    expect(wrapper.find('fieldset [role="status"]').exists()).toBe(false)
    await wrapper.get<HTMLInputElement>(`input[type="checkbox"][value="${programs[2]}"]`).setValue(true)
    await settle()
    expect(wrapper.get('fieldset [role="status"]').text()).toBe('Нет пар к окончанию анкетирования, отвечать некому: «Программа 3».')
    await wrapper.get<HTMLInputElement>(`input[type="checkbox"][value="${programs[2]}"]`).setValue(false)
    const save = wrapper.get('button[type="submit"]')
    expect(save.text()).toBe('Создать 2 анкетирования')
    await wrapper.get('form').trigger('submit')
    await settle()
    const made = await db.surveyCampaigns.toArray()
    expect(made.map(c => c.programId).sort()).toEqual([programs[0], programs[1]].sort())
    expect(new Set(made.map(c => JSON.stringify([c.templateId, c.audience, c.phase, c.mode, c.opensOn, c.closesOn])))).toHaveLength(1)
    expect(await db.outbox.where('entity').equals('surveyCampaigns').count()).toBe(2)
  })

  it('makes all the programmes\' campaigns in one write: a full disk at the second leaves none, and sending again makes each once', async () => {
    const programs = [uuidv7(), uuidv7()]
    for (const [i, id] of programs.entries())
      await mutate(db, 'programs', id, 'upsert', { name: `Программа ${i + 1}`, form: 'ученик – ученик', startDate: '2026-09-01', endDate: '2027-05-31', goals: '', status: 'active', roleVariation: '' })
    const full = (_key: unknown, campaign: { programId: string }) => {
      if (campaign.programId === programs[1])
        throw new DOMException('disk full', 'QuotaExceededError')
    }
    db.surveyCampaigns.hook('creating', full)
    const { field, wrapper } = await open()
    await field('Анкета').setValue(templateId)
    for (const id of programs)
      await wrapper.get<HTMLInputElement>(`input[type="checkbox"][value="${id}"]`).setValue(true)
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(wrapper.get('[role="alert"]').text()).toBe('Память устройства заполнена: это изменение не сохранено. Введённое осталось в форме.')
    expect([await db.surveyCampaigns.count(), await db.outbox.where('entity').equals('surveyCampaigns').count()]).toEqual([0, 0])
    db.surveyCampaigns.hook('creating').unsubscribe(full)
    await wrapper.get('form').trigger('submit')
    await settle()
    expect((await db.surveyCampaigns.toArray()).map(c => c.programId).sort()).toEqual([...programs].sort())
    expect(await db.outbox.where('entity').equals('surveyCampaigns').count()).toBe(2)
  })

  it('says a programme is to be ticked, and makes none, when none is', async () => {
    const { field, wrapper } = await open()
    await field('Анкета').setValue(templateId)
    await settle()
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(wrapper.get('#campaign-programs-error').text()).toBe('Отметьте хотя бы одну программу')
    expect(await db.surveyCampaigns.count()).toBe(0)
  })
})
