import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { db } from '../../../src/app/db/index.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { arrivesAt, mountAt, settle } from '../mountPage.ts'

const ids = { program: uuidv7(), partner: uuidv7(), other: uuidv7() }
const labelled = (wrapper: Awaited<ReturnType<typeof mountAt>>['wrapper'], label: string) => {
  const found = wrapper.findAll('label').find(l => l.text().replace(' *', '').trim() === label)
  if (!found)
    throw new Error(`no field «${label}»`)
  return wrapper.find(`#${CSS.escape(found.attributes('for')!)}`)
}
const box = (wrapper: Awaited<ReturnType<typeof mountAt>>['wrapper'], label: string) =>
  wrapper.findAll('fieldset.choice label').find(l => l.text() === label)!.find('input').element as HTMLInputElement
const labels = (wrapper: Awaited<ReturnType<typeof mountAt>>['wrapper']) => wrapper.findAll('form label').map(l => l.text().replace(' *', '').trim())

beforeEach(async () => {
  await db.delete()
  await db.open()
  await mutate(db, 'programs', ids.program, 'upsert', { name: 'Студенты – ученикам', form: 'студент – ученик', startDate: '2026-09-01', endDate: '2027-05-31', goals: '', status: 'active', roleVariation: '' })
  await mutate(db, 'partners', ids.partner, 'upsert', { name: 'ООО «ТехноСофт»', agreementNumber: '12/Н', agreementDate: '', contact: '', notes: '' })
  await mutate(db, 'partners', ids.other, 'upsert', { name: 'АО «Хлебозавод»', agreementNumber: '', agreementDate: '', contact: '', notes: '' })
})
afterEach(() => {
  document.body.innerHTML = ''
})

describe('person form', () => {
  it('shows a teacher the staff fields, not ticked as a mentee, and saves position, subject, стаж and category', async () => {
    const { wrapper, router } = await mountAt('/people/new')
    await settle()
    expect(labels(wrapper)).toContain('Класс или группа')
    await labelled(wrapper, 'Категория').setValue('teacher')
    expect(labels(wrapper)).not.toContain('Класс или группа')
    expect(labels(wrapper)).toEqual(expect.arrayContaining(['Должность', 'Предмет или направление', 'Педагогический стаж, лет', 'Общий стаж, лет', 'Квалификационная категория', 'Методическое объединение']))
    expect([box(wrapper, 'Наставник').checked, box(wrapper, 'Наставляемый').checked]).toEqual([true, false])
    // A screen reader hears the roles as roles, and ОВЗ and giftedness under a group of their own.
    const groups = wrapper.findAll('fieldset.choice').map(f => [f.get('legend').text(), f.findAll('label').map(l => l.text())])
    expect(groups).toEqual([['Роли', ['Наставник', 'Наставляемый']], ['Особые образовательные потребности', ['ОВЗ', 'Одарённый']]])

    await labelled(wrapper, 'ФИО').setValue('Яковлева Ольга Петровна')
    await labelled(wrapper, 'Должность').setValue('учитель математики')
    await labelled(wrapper, 'Предмет или направление').setValue('математика')
    await labelled(wrapper, 'Педагогический стаж, лет').setValue('25')
    await labelled(wrapper, 'Общий стаж, лет').setValue('20')
    await labelled(wrapper, 'Квалификационная категория').setValue('highest')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(wrapper.text()).toContain('Педагогический стаж не может быть больше общего')
    expect(await db.people.count()).toBe(0)

    await labelled(wrapper, 'Общий стаж, лет').setValue('30')
    await wrapper.find('form').trigger('submit')
    await settle()
    await arrivesAt(router, '/people')
    expect(await db.people.toArray()).toMatchObject([{ name: 'Яковлева Ольга Петровна', category: 'teacher', isMentor: 1, isMentee: 0, position: 'учитель математики', subject: 'математика', teachingYears: 25, totalYears: 30, qualification: 'highest' }])
  })

  it('says a namesake is already in the base, with a link to the card, and still saves another person (seed 001\'s coordinator entered twice)', async () => {
    const first = uuidv7()
    await mutate(db, 'people', first, 'upsert', { name: 'Снитко Елена Анатольевна', category: 'teacher', position: 'педагог-психолог' })
    const { wrapper, router } = await mountAt('/people/new')
    await settle()
    await labelled(wrapper, 'ФИО').setValue('снитко  Елена анатольевна')
    await settle()
    const banner = wrapper.find('.banner--warn')
    expect(banner.text()).toContain('В базе уже есть участник с таким ФИО: Снитко Елена Анатольевна, педагог-психолог.')
    expect(banner.find('a').attributes('href')).toBe(`/people/${first}`)
    await labelled(wrapper, 'ФИО').setValue('Снитко Елена Андреевна')
    await settle()
    expect(wrapper.find('.banner--warn').exists()).toBe(false)
    await labelled(wrapper, 'ФИО').setValue('Снитко Елена Анатольевна')
    await wrapper.find('form').trigger('submit')
    await settle()
    await arrivesAt(router, '/people')
    expect(await db.people.count()).toBe(2)
  })

  it('leaves a young specialist unticked, and keeps a role the curator ticked when the category changes', async () => {
    const { wrapper } = await mountAt('/people/new')
    await settle()
    expect([box(wrapper, 'Наставник').checked, box(wrapper, 'Наставляемый').checked]).toEqual([false, true])
    const noRole = () => wrapper.find('#person-no-role')
    expect(noRole().exists()).toBe(false)
    await labelled(wrapper, 'Категория').setValue('young_specialist')
    expect([box(wrapper, 'Наставник').checked, box(wrapper, 'Наставляемый').checked]).toEqual([false, false])
    // Neither ticked: the card says that no pair will offer the person, tied to the roles for a screen reader.
    expect(noRole().text()).toContain('при составлении пар человека не предложат')
    expect(noRole().element.closest('fieldset')!.getAttribute('aria-describedby')).toBe('person-no-role')
    await wrapper.findAll('fieldset.choice input')[1]!.setValue(true)
    expect(noRole().exists()).toBe(false)
    await labelled(wrapper, 'Категория').setValue('teacher')
    expect([box(wrapper, 'Наставник').checked, box(wrapper, 'Наставляемый').checked]).toEqual([false, true])
  })

  it('gives a pupil the role the programme gives pupils, and shows class and birth date with the age', async () => {
    const { wrapper } = await mountAt(`/people/new?as=mentor&program=${ids.program}`)
    await settle()
    // From the mentors' base a new card is a teacher; in «студент – ученик» a pupil is mentored, a college student mentors.
    await labelled(wrapper, 'Категория').setValue('student')
    expect([box(wrapper, 'Наставник').checked, box(wrapper, 'Наставляемый').checked]).toEqual([false, true])
    await labelled(wrapper, 'Категория').setValue('college_student')
    expect([box(wrapper, 'Наставник').checked, box(wrapper, 'Наставляемый').checked]).toEqual([true, false])
    expect(labels(wrapper)).not.toContain('Должность')
    await labelled(wrapper, 'Дата рождения').setValue('2010-01-15')
    expect(wrapper.text()).toMatch(/\d+ (год|года|лет)/)
  })

  it('starts a педагог in a school whose programmes are all for teachers, a young specialist from a programme for them', async () => {
    await mutate(db, 'programs', ids.program, 'upsert', { form: 'педагог – педагог' })
    const category = (wrapper: Awaited<ReturnType<typeof mountAt>>['wrapper']) => (labelled(wrapper, 'Категория').element as HTMLSelectElement).value
    const teachers = await mountAt('/people/new')
    await settle()
    expect(category(teachers.wrapper)).toBe('teacher')
    expect(labels(teachers.wrapper)).toContain('Должность')
    expect([box(teachers.wrapper, 'Наставник').checked, box(teachers.wrapper, 'Наставляемый').checked]).toEqual([true, false])
    teachers.wrapper.unmount()

    const other = uuidv7()
    await mutate(db, 'programs', other, 'upsert', { name: 'Молодые', form: 'педагог – молодой специалист', startDate: '2026-09-01', endDate: '2027-05-31', goals: '', status: 'active', roleVariation: '' })
    const young = await mountAt(`/people/new?as=mentee&program=${other}`)
    await settle()
    expect(category(young.wrapper)).toBe('young_specialist')
    young.wrapper.unmount()
    // From the people's list, a young specialist is a mentee where the school's forms agree he is.
    const listed = await mountAt('/people/new')
    await settle()
    await labelled(listed.wrapper, 'Категория').setValue('young_specialist')
    expect([box(listed.wrapper, 'Наставник').checked, box(listed.wrapper, 'Наставляемый').checked]).toEqual([false, true])
    listed.wrapper.unmount()
    // A school of both forms still adds a педагог; one with a pupils' programme too, a pupil.
    const both = await mountAt('/people/new')
    await settle()
    expect(category(both.wrapper)).toBe('teacher')
    both.wrapper.unmount()
    await mutate(db, 'programs', uuidv7(), 'upsert', { name: 'Ученики', form: 'учитель – ученик', startDate: '2026-09-01', endDate: '2027-05-31', goals: '', status: 'active', roleVariation: '' })
    const pupils = await mountAt('/people/new')
    await settle()
    expect(category(pupils.wrapper)).toBe('student')
  })

  it('opens from a partner with the partner chosen, and will not save a partner\'s employee without one', async () => {
    const { wrapper } = await mountAt(`/people/new?as=mentor&partner=${ids.partner}`)
    await settle()
    expect((labelled(wrapper, 'Категория').element as HTMLSelectElement).value).toBe('partner_employee')
    expect((labelled(wrapper, 'Организация-партнёр').element as HTMLSelectElement).value).toBe(ids.partner)
    expect(labels(wrapper)).not.toContain('Квалификационная категория')
    await labelled(wrapper, 'ФИО').setValue('Инженеров Пётр')
    await labelled(wrapper, 'Организация-партнёр').setValue('')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(wrapper.text()).toContain('Выберите организацию, от которой наставник')
    expect(await db.people.count()).toBe(0)
  })

  it('will not save a birth date after today, and saves the card once it is mended', async () => {
    const { wrapper } = await mountAt('/people/new')
    await settle()
    await labelled(wrapper, 'Категория').setValue('student')
    await labelled(wrapper, 'ФИО').setValue('Будущев Пётр')
    const nextYear = `${new Date().getFullYear() + 1}-05-10`
    await labelled(wrapper, 'Дата рождения').setValue(nextYear)
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(wrapper.text()).toContain('Дата рождения в будущем')
    expect(await db.people.count()).toBe(0)
    await labelled(wrapper, 'Дата рождения').setValue('2012-05-10')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(await db.people.toArray()).toMatchObject([{ name: 'Будущев Пётр', birthDate: '2012-05-10' }])
  })

  it('marks every wrong field at the send, and unmarks one as soon as it is mended while the other stays', async () => {
    const { wrapper } = await mountAt('/people/new')
    await settle()
    await labelled(wrapper, 'Категория').setValue('teacher')
    await labelled(wrapper, 'Общий стаж, лет').setValue('71')
    await wrapper.find('form').trigger('submit')
    await settle()
    const invalid = () => ['ФИО', 'Общий стаж, лет'].map(label => labelled(wrapper, label).attributes('aria-invalid'))
    expect(invalid()).toEqual(['true', 'true'])
    expect(wrapper.findAll('.field__error').map(e => e.text())).toEqual(['Заполните это поле', 'Стаж — целое число лет от 0 до 70'])

    await labelled(wrapper, 'Общий стаж, лет').setValue('30')
    expect(invalid()).toEqual(['true', 'false'])
    expect(wrapper.findAll('.field__error').map(e => e.text())).toEqual(['Заполните это поле'])
    expect(await db.people.count()).toBe(0)
  })
})

describe('a person\'s name in its cases, on the card', () => {
  const written = 'Гусейнов Эльчин Вагиф оглы'
  const cases = (wrapper: Awaited<ReturnType<typeof mountAt>>['wrapper']) => wrapper.find('details.name-cases')

  it('shows the rules\' forms, opens for a name they cannot decline, and keeps the forms typed with the name they decline', async () => {
    const id = uuidv7()
    await mutate(db, 'people', id, 'create', { name: 'Петрова Анна Игоревна', category: 'teacher', classGroup: '', birthDate: '', ovz: 0, gifted: 0, competencies: [], requests: [], isMentor: 1, isMentee: 0, notes: '' })
    const { wrapper, router } = await mountAt(`/people/${id}`)
    await settle()
    expect((labelled(wrapper, 'Творительный: кем?').element as HTMLInputElement).placeholder).toBe('Петровой Анной Игоревной')
    expect(cases(wrapper).attributes('open')).toBeUndefined()

    await labelled(wrapper, 'ФИО').setValue(written)
    await settle()
    expect(cases(wrapper).attributes('open')).toBeDefined()
    expect(cases(wrapper).text()).toContain('Правила не смогли просклонять это ФИО')
    await labelled(wrapper, 'Творительный: кем?').setValue('Гусейновым Эльчином Вагифом оглы')
    await settle()
    // Still open under the hand that types, no longer flagged.
    expect(cases(wrapper).attributes('open')).toBeDefined()
    expect(cases(wrapper).text()).not.toContain('Правила не смогли просклонять')
    await wrapper.find('form').trigger('submit')
    await settle()
    await arrivesAt(router, '/people')
    expect((await db.people.get(id))?.nameForms).toEqual({ of: written, instrumental: 'Гусейновым Эльчином Вагифом оглы' })
  })

  it('shows forms kept for an earlier name as empty, the rules declining the new one', async () => {
    const id = uuidv7()
    await mutate(db, 'people', id, 'create', { name: 'Петрова Анна Игоревна', category: 'teacher', classGroup: '', birthDate: '', ovz: 0, gifted: 0, competencies: [], requests: [], isMentor: 1, isMentee: 0, notes: '', nameForms: { of: 'Гусейнова Анна Игоревна', genitive: 'Гусейновой Анны Игоревны' } })
    const { wrapper } = await mountAt(`/people/${id}`)
    await settle()
    const genitive = labelled(wrapper, 'Родительный: кого?').element as HTMLInputElement
    expect([genitive.value, genitive.placeholder]).toEqual(['', 'Петровой Анны Игоревны'])
  })

  it('marks a form too long on its own field, opened', async () => {
    const id = uuidv7()
    await mutate(db, 'people', id, 'create', { name: 'Петрова Анна Игоревна', category: 'teacher', classGroup: '', birthDate: '', ovz: 0, gifted: 0, competencies: [], requests: [], isMentor: 1, isMentee: 0, notes: '' })
    const { wrapper } = await mountAt(`/people/${id}`)
    await settle()
    await labelled(wrapper, 'Дательный: кому?').setValue('я'.repeat(201))
    wrapper.find('details.name-cases').element.removeAttribute('open')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(labelled(wrapper, 'Дательный: кому?').attributes('aria-invalid')).toBe('true')
    expect(cases(wrapper).attributes('open')).toBeDefined()
    expect((await db.people.get(id))?.nameForms).toBeUndefined()
  })
})
