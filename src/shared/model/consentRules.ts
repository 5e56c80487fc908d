import type { Consent, ConsentKind } from './consent.ts'
import type { Pair } from './pair.ts'
import type { Person } from './person.ts'
import { isSchoolStaff } from './staff.ts'

/**
 * Who must have signed what, on a given day: the one set of rules the consent form, the pairing form, the
 * server's push, the pairs' suspension marks, the missing-consents list and the mentor's phone all apply.
 */

/** From 14 a pupil may sign their own consent; under 18 a parent's is still asked for. */
const SELF_SIGN_AGE = 14
const ADULT_AGE = 18

/** Fields of records stored before the kinds existed may be absent: they read as an unbounded `pdn`. */
export type ConsentFacts = Pick<Consent, 'personId' | 'signedBy' | 'date' | 'withdrawnDate'>
  & Partial<Pick<Consent, 'kind' | 'validFrom' | 'validUntil' | 'deleted'>>
export type PersonFacts = Pick<Person, 'id' | 'category' | 'birthDate'>
type PairFacts = Pick<Pair, 'status' | 'mentorId' | 'menteeIds'>
export type MemberField = 'mentorId' | 'menteeIds'

/** Full years on `date`, or null when the birth date is unknown. */
export function ageOn(birthDate: string, date: string): number | null {
  if (!birthDate || !date)
    return null
  const [by = 0, bm = 0, bd = 0] = birthDate.split('-').map(Number)
  const [y = 0, m = 0, d = 0] = date.split('-').map(Number)
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0)
}

const isMinorOn = (birthDate: string, date: string) => (ageOn(birthDate, date) ?? ADULT_AGE) < ADULT_AGE

/** A pupil whose birth date is not on the card may be a child: their own signature cannot be judged. */
const ageUnknownPupil = (person: Pick<PersonFacts, 'category' | 'birthDate'>) => person.category === 'student' && !person.birthDate

/** Whose signature a new personal-data consent starts with: a parent's for a minor and for a pupil of unknown age. */
export const guardianSignsFirst = (person: Pick<PersonFacts, 'category' | 'birthDate'>, date: string) =>
  isMinorOn(person.birthDate, date) || ageUnknownPupil(person)

/**
 * Who may sign a personal-data consent, by the age on the day it was signed: under 14 only a законный
 * представитель (`problem`, refused); 14–17 the pupil too, but a parent's is asked for (`warning`). A pupil
 * with no birth date on the card signs only through a представитель until the date is entered.
 */
export function signerRule(consent: Pick<ConsentFacts, 'kind' | 'signedBy' | 'date'>, person: Pick<PersonFacts, 'category' | 'birthDate'>): { problem?: 'consent_self_under_14' | 'consent_self_age_unknown', warning?: 'guardian_wanted' } {
  if ((consent.kind ?? 'pdn') !== 'pdn' || consent.signedBy !== 'self')
    return {}
  const age = ageOn(person.birthDate, consent.date)
  if (age === null)
    return ageUnknownPupil(person) ? { problem: 'consent_self_age_unknown' } : {}
  if (age < SELF_SIGN_AGE)
    return { problem: 'consent_self_under_14' }
  return age < ADULT_AGE ? { warning: 'guardian_wanted' } : {}
}

/**
 * Not withdrawn, and `today` inside its validity. The signing date is not compared with `today`: a consent
 * signed today in Vladivostok is dated tomorrow for a server in Moscow.
 */
export function inForceOn(consent: ConsentFacts, today: string): boolean {
  const { validFrom = '', validUntil = '' } = consent
  return !consent.deleted && consent.withdrawnDate === '' && (validFrom === '' || validFrom <= today) && (validUntil === '' || today <= validUntil)
}

/** A person's consents, by person: built once per screen or batch. */
export type ConsentBook = ReadonlyMap<string, readonly ConsentFacts[]>

export function consentBook(consents: readonly ConsentFacts[]): ConsentBook {
  const book = new Map<string, ConsentFacts[]>()
  for (const c of consents.filter(c => !c.deleted))
    book.set(c.personId, [...book.get(c.personId) ?? [], c])
  return book
}

/**
 * The day ТК РФ ст. 351.8 came into force: mentoring before it asked no written consent (seeds 001, 003 in 2021).
 * Here, not beside the consent's schema: the phone's first screen reads these rules without valibot.
 */
export const MENTOR_DUTIES_FROM = '2025-03-01'

/**
 * Everyone needs a personal-data consent; a mentor on the school's staff also the written consent to the duties,
 * from the day the law asks it (`today` on or after `MENTOR_DUTIES_FROM`).
 */
export function neededKinds(person: Pick<PersonFacts, 'category'>, field: MemberField, today: string): ConsentKind[] {
  return field === 'mentorId' && isSchoolStaff(person.category) && today >= MENTOR_DUTIES_FROM ? ['pdn', 'mentor_duties'] : ['pdn']
}

/** Until when the person's consents of a kind cover them: null — not in force today; '' — with no end; else the last day. */
export function coveredUntil(book: ConsentBook, person: PersonFacts, kind: ConsentKind, today: string): string | null {
  let last: string | null = null
  for (const c of book.get(person.id) ?? []) {
    if ((c.kind ?? 'pdn') !== kind || !inForceOn(c, today) || signerRule(c, person).problem)
      continue
    const until = c.validUntil ?? ''
    if (until === '')
      return ''
    if (last === null || until > last)
      last = until
  }
  return last
}

/** A 14–17-year-old whose only consent in force is their own: accepted, and a parent's is asked for. */
export function guardianWanted(book: ConsentBook, person: PersonFacts, today: string): boolean {
  const pdn = (book.get(person.id) ?? []).filter(c => (c.kind ?? 'pdn') === 'pdn' && inForceOn(c, today))
  return isMinorOn(person.birthDate, today) && pdn.some(c => c.signedBy === 'self') && !pdn.some(c => c.signedBy === 'guardian')
}

/** The consents the person lacks today for this place in a pair: what «нет согласия» means for them. */
export const missingKinds = (book: ConsentBook, person: PersonFacts, field: MemberField, today: string): ConsentKind[] =>
  neededKinds(person, field, today).filter(kind => coveredUntil(book, person, kind, today) === null)

/** Whether the person may take this place in a running pair today. */
export const readyAs = (book: ConsentBook, person: PersonFacts, field: MemberField, today: string) =>
  missingKinds(book, person, field, today).length === 0

export interface ConsentGap { personId: string, kind: ConsentKind, field: MemberField }

/** What a pair's members lack today (`gaps`), and the last day all they need stays in force ('' — no end). */
export interface PairConsents { gaps: ConsentGap[], until: string }

/**
 * A card the device does not hold is taken as an adult's off the staff (a graduate's): it needs the
 * personal-data consent only, whoever signed it (a pupil of unknown age would want a parent's).
 */
const unknownPerson = (id: string): PersonFacts => ({ id, category: 'graduate', birthDate: '' })

export function pairConsents(pair: PairFacts, people: ReadonlyMap<string, PersonFacts>, book: ConsentBook, today: string): PairConsents {
  const members: Array<[string, MemberField]> = [[pair.mentorId, 'mentorId'], ...(pair.menteeIds ?? []).map(id => [id, 'menteeIds'] as [string, MemberField])]
  const gaps: ConsentGap[] = []
  let until = ''
  for (const [personId, field] of members) {
    const person = people.get(personId) ?? unknownPerson(personId)
    for (const kind of neededKinds(person, field, today)) {
      const covered = coveredUntil(book, person, kind, today)
      if (covered === null)
        gaps.push({ personId, kind, field })
      else if (covered !== '' && (until === '' || covered < until))
        until = covered
    }
  }
  return { gaps, until }
}

/**
 * «приостановлена: нет согласия»: a running pair a member of which has lost a needed consent (withdrawn, or
 * its validity over). Derived, never stored; such a pair can still be ended.
 */
export const isSuspended = (pair: Pick<Pair, 'status'>, consents: PairConsents) => pair.status === 'active' && consents.gaps.length > 0

/**
 * No consent, no pairing: the first member joining a running pair (all of them when it starts running) who
 * lacks a needed consent, or null. Members it already had are not asked again — they suspend the pair rather
 * than make it unsaveable — and an ended pair is never refused, so the curator can always close it.
 */
export function pairingGap(pair: PairFacts, before: PairFacts | undefined, people: ReadonlyMap<string, PersonFacts>, book: ConsentBook, today: string): ConsentGap | null {
  if (pair.status !== 'active')
    return null
  const running = before?.status === 'active' ? before : undefined
  const joins = (gap: ConsentGap) => !running || (gap.field === 'mentorId' ? running.mentorId !== gap.personId : !(running.menteeIds ?? []).includes(gap.personId))
  return pairConsents(pair, people, book, today).gaps.find(joins) ?? null
}

/**
 * What a mentor's phone is told of its pair's consents (it holds none of them, DESIGN: minimum on each device):
 * the server adds these to the pair on the phone. `consentsUntil` lets the phone see a validity run out offline.
 */
export interface PairStanding { suspended?: 1, consentsUntil?: string }

export function pairStanding(pair: Pick<Pair, 'status'>, consents: PairConsents): PairStanding {
  return { ...(isSuspended(pair, consents) ? { suspended: 1 as const } : {}), ...(consents.until ? { consentsUntil: consents.until } : {}) }
}

/** The phone's side of the same rule: the server's mark, or a validity that has run out since. */
export const suspendedOnPhone = (pair: Pick<Pair, 'status'> & PairStanding, today: string) =>
  pair.status === 'active' && (pair.suspended === 1 || (pair.consentsUntil !== undefined && today > pair.consentsUntil))
