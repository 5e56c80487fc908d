import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { ConsentFields } from '#shared/model/consent'
import { ageOn, consentBook, type ConsentFacts, guardianWanted, pairConsents, pairingGap, pairStanding, type PersonFacts, signerRule, suspendedOnPhone } from '#shared/model/consentRules'

const TODAY = '2026-11-23'
const person = (id: string, category: PersonFacts['category'], birthDate = ''): PersonFacts => ({ id, category, birthDate })
const pupil = (birthDate: string) => ({ category: 'student' as const, birthDate })
const pdn = (personId: string, more: Partial<ConsentFacts> = {}): ConsentFacts => ({ personId, signedBy: 'self', date: '2026-09-01', withdrawnDate: '', ...more })

describe('who may sign a personal-data consent', () => {
  it('counts full years on the day', () => {
    expect([ageOn('2012-11-23', TODAY), ageOn('2012-11-24', TODAY), ageOn('', TODAY)]).toEqual([14, 13, null])
  })

  it('refuses a pupil under 14 signing alone, warns from 14 to 17, and asks nothing of an adult or a guardian', () => {
    expect(signerRule({ signedBy: 'self', date: TODAY }, pupil('2015-03-01'))).toEqual({ problem: 'consent_self_under_14' })
    expect(signerRule({ signedBy: 'self', date: TODAY }, pupil('2011-03-01'))).toEqual({ warning: 'guardian_wanted' })
    expect(signerRule({ signedBy: 'guardian', date: TODAY }, pupil('2015-03-01'))).toEqual({})
    expect(signerRule({ signedBy: 'self', date: TODAY }, pupil('1990-03-01'))).toEqual({})
    // The duties consent is the employee's own, whatever the age rule of the other kind.
    expect(signerRule({ kind: 'mentor_duties', signedBy: 'self', date: TODAY }, pupil('2015-03-01'))).toEqual({})
  })

  it('takes a pupil with no birth date on the card for a child, and asks nothing more of an adult category', () => {
    expect(signerRule({ signedBy: 'self', date: TODAY }, pupil(''))).toEqual({ problem: 'consent_self_age_unknown' })
    expect(signerRule({ signedBy: 'guardian', date: TODAY }, pupil(''))).toEqual({})
    expect(signerRule({ signedBy: 'self', date: TODAY }, { category: 'teacher', birthDate: '' })).toEqual({})
  })

  it('keeps an old record as an unbounded personal-data consent and asks the duties consent for its agreement', () => {
    const old = { personId: '0190a4c2-0000-7000-8000-000000000001', signedBy: 'self', guardianName: '', date: '2024-09-01', documentRef: '', withdrawnDate: '' }
    expect(v.parse(ConsentFields, old)).toMatchObject({ kind: 'pdn', validFrom: '', validUntil: '' })
    // Its number is kept without «№», as a partner agreement's: the documents print the sign.
    expect(v.parse(ConsentFields, { ...old, kind: 'mentor_duties', agreementNumber: ' № ДС-12', agreementDate: '2024-08-30', validFrom: '2024-09-01', validUntil: '2025-05-31', payBasis: 'доплата' }).agreementNumber).toBe('ДС-12')
    const duties = v.safeParse(ConsentFields, { ...old, kind: 'mentor_duties', signedBy: 'guardian', guardianName: 'Иванова' })
    expect(duties.issues?.map(i => [v.getDotPath(i), i.message])).toEqual([
      ['signedBy', 'duties_signed_by_self'],
      ['agreementNumber', 'required'],
      ['agreementDate', 'required'],
      ['validFrom', 'required'],
      ['validUntil', 'required'],
      ['payBasis', 'required'],
    ])
  })
})

describe('what a pair needs', () => {
  const people = new Map([
    person('teacher', 'teacher', '1980-01-01'),
    person('pupil11', 'student', '2015-05-05'),
    person('pupil15', 'student', '2011-05-05'),
    person('senior', 'student', '2008-05-05'),
    person('partner', 'partner_employee', '1980-05-05'),
    person('young', 'young_specialist', '2000-05-05'),
  ].map(p => [p.id, p]))
  const duties = (more: Partial<ConsentFacts> = {}) => pdn('teacher', { kind: 'mentor_duties', validFrom: '2026-09-01', validUntil: '2027-05-31', ...more })

  it('asks a staff mentor for both kinds and a pupil for a consent a guardian signed under 14', () => {
    const book = consentBook([pdn('teacher'), pdn('pupil11'), pdn('pupil15')])
    const consents = pairConsents({ status: 'active', mentorId: 'teacher', menteeIds: ['pupil11', 'pupil15'] }, people, book, TODAY)
    expect(consents.gaps).toEqual([{ personId: 'teacher', kind: 'mentor_duties', field: 'mentorId' }, { personId: 'pupil11', kind: 'pdn', field: 'menteeIds' }])
    // A pupil mentor gives no duties consent: the labour code is about employees.
    expect(pairConsents({ status: 'active', mentorId: 'senior', menteeIds: ['pupil15'] }, people, consentBook([pdn('senior'), pdn('pupil15')]), TODAY).gaps).toEqual([])
    // Nor a partner's employee, who has no labour contract with the school; a young specialist on its staff does.
    expect(pairConsents({ status: 'active', mentorId: 'partner', menteeIds: ['senior'] }, people, consentBook([pdn('partner'), pdn('senior')]), TODAY).gaps).toEqual([])
    expect(pairConsents({ status: 'active', mentorId: 'young', menteeIds: ['senior'] }, people, consentBook([pdn('young'), pdn('senior')]), TODAY).gaps).toEqual([{ personId: 'young', kind: 'mentor_duties', field: 'mentorId' }])
    expect(guardianWanted(book, people.get('pupil15')!, TODAY)).toBe(true)
    expect(guardianWanted(consentBook([pdn('pupil15'), pdn('pupil15', { signedBy: 'guardian' })]), people.get('pupil15')!, TODAY)).toBe(false)
  })

  it('asks no duties consent before ТК РФ ст. 351.8 came into force on 1 March 2025 (seed 001\'s teachers paired in 2021)', () => {
    const book = consentBook([pdn('teacher'), pdn('senior')])
    const pair = { status: 'active' as const, mentorId: 'teacher', menteeIds: ['senior'] }
    expect(pairConsents(pair, people, book, '2021-12-01').gaps).toEqual([])
    expect(pairConsents(pair, people, book, '2025-02-28').gaps).toEqual([])
    expect(pairConsents(pair, people, book, '2025-03-01').gaps).toEqual([{ personId: 'teacher', kind: 'mentor_duties', field: 'mentorId' }])
  })

  it('counts a consent only inside its validity and until withdrawn, and says until when the pair is covered', () => {
    const book = consentBook([pdn('teacher'), duties(), pdn('pupil15', { signedBy: 'guardian', validUntil: '2027-01-31' })])
    const pair = { status: 'active' as const, mentorId: 'teacher', menteeIds: ['pupil15'] }
    expect(pairConsents(pair, people, book, TODAY)).toEqual({ gaps: [], until: '2027-01-31' })
    expect(pairConsents(pair, people, book, '2027-02-01').gaps).toEqual([{ personId: 'pupil15', kind: 'pdn', field: 'menteeIds' }])
    expect(pairConsents(pair, people, book, '2026-08-31').gaps).toEqual([{ personId: 'teacher', kind: 'mentor_duties', field: 'mentorId' }])
    const withdrawn = consentBook([pdn('teacher'), duties({ withdrawnDate: '2026-11-01' }), pdn('pupil15', { signedBy: 'guardian' })])
    expect(pairStanding(pair, pairConsents(pair, people, withdrawn, TODAY))).toEqual({ suspended: 1 })
    expect(pairStanding({ ...pair, status: 'completed' }, pairConsents(pair, people, withdrawn, TODAY))).toEqual({})
  })

  it('gates only who joins a running pair, never a pair being ended, and lets the phone see a validity run out', () => {
    const book = consentBook([pdn('teacher'), pdn('pupil15', { signedBy: 'guardian' })])
    const running = { status: 'active' as const, mentorId: 'teacher', menteeIds: ['pupil15'] }
    expect(pairingGap(running, undefined, people, book, TODAY)).toEqual({ personId: 'teacher', kind: 'mentor_duties', field: 'mentorId' })
    expect(pairingGap(running, running, people, book, TODAY)).toBeNull()
    expect(pairingGap({ ...running, menteeIds: ['pupil15', 'pupil11'] }, running, people, book, TODAY)).toEqual({ personId: 'pupil11', kind: 'pdn', field: 'menteeIds' })
    expect(pairingGap({ ...running, status: 'dissolved' }, undefined, people, book, TODAY)).toBeNull()
    expect(pairingGap(running, { ...running, status: 'completed' }, people, book, TODAY)).not.toBeNull()
    expect([suspendedOnPhone({ status: 'active', consentsUntil: '2026-11-22' }, TODAY), suspendedOnPhone({ status: 'active', consentsUntil: TODAY }, TODAY), suspendedOnPhone({ status: 'completed', suspended: 1 }, TODAY)]).toEqual([true, false, false])
  })
})
