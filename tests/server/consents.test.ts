import { describe, expect, it } from 'vitest'
import { addDays, localCalendarDate } from '#shared/dates'
import { uuidv7 } from '#shared/ids'
import { addMember, byId, consent, dutiesConsent, pairFields, personFields, programFields, upsert, useSchoolServer } from './helpers/school.ts'
import { BACKENDS } from './helpers/server.ts'

/** The server judges ages by its own calendar: birth dates are set from today. */
const today = localCalendarDate()
const bornYearsAgo = (years: number) => `${Number(today.slice(0, 4)) - years}${today.slice(4, 10) === '-02-29' ? '-02-28' : today.slice(4)}`

describe.each(BACKENDS)('consent rules on %s', (backend) => {
  const ctx = useSchoolServer(backend)
  const outcome = (results: ReadonlyArray<{ status: string, field?: string, problem?: string }>) => results.map(r => r.status === 'applied' ? 'applied' : `${r.field}: ${r.problem}`)

  it('lets only a законный представитель sign for a pupil under 14, and a pupil of 14–17 sign too', async () => {
    const { curator } = ctx.school
    const [child, teen] = [uuidv7(), uuidv7()]
    const pushed = await curator.push(
      upsert('people', child, personFields('Ким Анна', { category: 'student', birthDate: bornYearsAgo(11), isMentee: 1 })),
      upsert('people', teen, personFields('Лис Борис', { category: 'student', birthDate: bornYearsAgo(15), isMentee: 1 })),
      consent(child, { date: today }),
      consent(child, { date: today, signedBy: 'guardian', guardianName: '' }),
      consent(child, { date: today, signedBy: 'guardian', guardianName: 'Ким Сергей Петрович' }),
      consent(teen, { date: today }),
      // Signed at 13 years and a day: still the child's own signature under 14, whatever their age now.
      consent(teen, { date: addDays(bornYearsAgo(2), -1) }),
    )
    expect(outcome(pushed.results.slice(2))).toEqual(['signedBy: consent_self_under_14', 'guardianName: required', 'applied', 'applied', 'signedBy: consent_self_under_14'])
  })

  it('takes a pupil with no birth date on the card for a child: only a законный представитель signs', async () => {
    const { curator } = ctx.school
    const [pupil, teacher] = [uuidv7(), uuidv7()]
    const pushed = await curator.push(
      upsert('people', pupil, personFields('Носов Глеб', { category: 'student', birthDate: '', isMentee: 1 })),
      upsert('people', teacher, personFields('Лосева Нина', { category: 'teacher', birthDate: '', isMentor: 1 })),
      consent(pupil, { date: today }),
      consent(pupil, { date: today, signedBy: 'guardian', guardianName: 'Носова Юлия' }),
      consent(teacher, { date: today }),
    )
    expect(outcome(pushed.results.slice(2))).toEqual(['signedBy: consent_self_age_unknown', 'applied', 'applied'])
  })

  it('keeps a staff mentor\'s consent to the duties with its agreement, signed by the employee', async () => {
    const { curator } = ctx.school
    const teacher = uuidv7()
    const pushed = await curator.push(
      upsert('people', teacher, personFields('Белова Ольга', { isMentor: 1 })),
      dutiesConsent(teacher, { agreementNumber: '', payBasis: '' }),
      dutiesConsent(teacher, { signedBy: 'guardian', guardianName: 'Кто-то' }),
      dutiesConsent(teacher, { validFrom: '2025-09-01', validUntil: '2025-05-31' }),
      dutiesConsent(teacher),
    )
    expect(outcome(pushed.results.slice(1))).toEqual(['agreementNumber: required', 'signedBy: duties_signed_by_self', 'validUntil: end_before_start', 'applied'])
  })

  it('asks a staff mentor for the duties consent in force, a pupil mentor for the personal-data one only', async () => {
    const { curator } = ctx.school
    const [program, teacher, pupilMentor, mentee] = [uuidv7(), uuidv7(), uuidv7(), uuidv7()]
    const [expired, running, pupilPair] = [uuidv7(), uuidv7(), uuidv7()]
    const pushed = await curator.push(
      upsert('programs', program, programFields()),
      upsert('people', teacher, personFields('Соколов Игорь', { isMentor: 1 })),
      upsert('people', pupilMentor, personFields('Котов Артём', { category: 'student', birthDate: bornYearsAgo(16), isMentor: 1 })),
      upsert('people', mentee, personFields('Орлов Павел', { category: 'student', birthDate: bornYearsAgo(12), isMentee: 1 })),
      consent(teacher),
      consent(pupilMentor, { signedBy: 'guardian', guardianName: 'Котова Ирина' }),
      consent(mentee, { signedBy: 'guardian', guardianName: 'Орлова Анна' }),
      dutiesConsent(teacher, { validFrom: '2024-09-01', validUntil: addDays(today, -1) }),
      upsert('pairs', expired, pairFields(program, teacher, [mentee])),
      dutiesConsent(teacher, { validFrom: addDays(today, 1), validUntil: addDays(today, 300) }),
      upsert('pairs', expired, pairFields(program, teacher, [mentee])),
      upsert('pairs', pupilPair, pairFields(program, pupilMentor, [mentee])),
      dutiesConsent(teacher, { validFrom: addDays(today, -10), validUntil: addDays(today, 300) }),
      upsert('pairs', running, pairFields(program, teacher, [mentee])),
    )
    expect(outcome(pushed.results.slice(7))).toEqual([
      'applied', 'mentorId: no_duties_consent', // out of its period: not in force
      'applied', 'mentorId: no_duties_consent', // not yet in force
      'applied', // a pupil mentor signs no labour agreement
      'applied', 'applied',
    ])
  })

  it('takes a pair entered after it ended, its consents over since, and refuses the same pair as running', async () => {
    const { curator } = ctx.school
    const [program, teacher, mentee, past, running] = [uuidv7(), uuidv7(), uuidv7(), uuidv7(), uuidv7()]
    const schoolYear = { validFrom: '2024-09-04', validUntil: '2025-06-30' }
    const pushed = await curator.push(
      upsert('programs', program, programFields()),
      upsert('people', teacher, personFields('Бальбердина Ольга', { isMentor: 1 })),
      upsert('people', mentee, personFields('Орлов Павел', { category: 'young_specialist', isMentee: 1 })),
      consent(teacher, schoolYear),
      consent(mentee, schoolYear),
      dutiesConsent(teacher, schoolYear),
      upsert('pairs', past, { ...pairFields(program, teacher, [mentee]), startDate: '2024-09-04', plannedEndDate: '2025-06-30', status: 'completed' }),
      upsert('pairs', running, pairFields(program, teacher, [mentee])),
    )
    expect(outcome(pushed.results.slice(6))).toEqual(['applied', 'mentorId: no_consent_mentor'])
  })

  it('asks a partner\'s employee, who has no labour contract with the school, for no duties consent', async () => {
    const { curator } = ctx.school
    const [program, partnerMentor, mentee, pair] = [uuidv7(), uuidv7(), uuidv7(), uuidv7()]
    const pushed = await curator.push(
      upsert('programs', program, programFields()),
      upsert('people', partnerMentor, personFields('Грачёв Олег', { category: 'partner_employee', isMentor: 1 })),
      upsert('people', mentee, personFields('Орлова Ася', { category: 'student', birthDate: bornYearsAgo(12), isMentee: 1 })),
      consent(partnerMentor),
      consent(mentee, { signedBy: 'guardian', guardianName: 'Орлова Анна' }),
      upsert('pairs', pair, pairFields(program, partnerMentor, [mentee])),
    )
    expect(outcome(pushed.results)).toEqual(['applied', 'applied', 'applied', 'applied', 'applied', 'applied'])
  })

  it('suspends a running pair whose mentee\'s consent is withdrawn, on the phone too, and still lets it be edited and ended', async () => {
    const { school, server } = ctx
    const mentor = await addMember(server.app, school, 'Зуева Ирина Павловна')
    const [program, mentee, newcomer, pair] = [uuidv7(), uuidv7(), uuidv7(), uuidv7()]
    const signed = consent(mentee, { signedBy: 'guardian', guardianName: 'Ким Сергей Петрович' })
    await school.curator.push(
      upsert('programs', program, programFields()),
      upsert('people', mentee, personFields('Ким Даниил', { category: 'student', birthDate: bornYearsAgo(12), isMentee: 1 })),
      upsert('people', newcomer, personFields('Лис Борис', { category: 'student', birthDate: bornYearsAgo(12), isMentee: 1 })),
      signed,
      upsert('pairs', pair, { ...pairFields(program, mentor.personId, [mentee]), plannedEndDate: '2099-05-31' }),
    )
    const first = await mentor.client.pullAll()
    // The phone is told until when the consents last (the duties agreement's end), nothing of the consents themselves.
    expect(byId(first.changes).get(pair)?.fields).toMatchObject({ status: 'active', consentsUntil: '2099-05-31' })
    expect(byId(first.changes).get(pair)?.fields).not.toHaveProperty('suspended')
    expect(first.changes.filter(c => c.entity === 'consents')).toEqual([])

    await school.curator.push(upsert('consents', signed.id, { withdrawnDate: today }))
    const after = await mentor.client.pullAll(first.cursor)
    expect(after.reset).toBe(true)
    expect(byId(after.changes).get(pair)?.fields).toMatchObject({ status: 'active', suspended: 1 })
    expect(after.changes.filter(c => c.entity === 'consents')).toEqual([])
    expect(JSON.stringify(after.changes)).not.toContain(bornYearsAgo(12))

    const edits = await school.curator.push(
      upsert('pairs', pair, { plannedEndDate: '2099-04-30' }),
      upsert('pairs', pair, { menteeIds: [mentee, newcomer] }),
      upsert('pairs', pair, { status: 'dissolved', endReason: 'Родители отозвали согласие' }),
    )
    expect(outcome(edits.results)).toEqual(['applied', 'menteeIds: no_consent_mentee', 'applied'])
    const ended = await mentor.client.pullAll(after.cursor)
    expect(byId(ended.changes).get(pair)?.fields).toMatchObject({ status: 'dissolved' })
    expect(byId(ended.changes).get(pair)?.fields).not.toHaveProperty('suspended')
  })
})
