import { localCalendarDate } from '#shared/dates'
import { type ConsentBook, consentBook, coveredUntil, type PairConsents, pairConsents, type PersonFacts } from '#shared/model/consentRules'
import type { Pair } from '#shared/model/pair'
import { db } from '../db/index.ts'
import { useLiveQuery } from '../db/live.ts'

/** The school's consents by person, and the people they are judged by (age, category): what every rule reads. */
export interface ConsentState {
  book: ConsentBook
  people: ReadonlyMap<string, PersonFacts>
  today: string
}

async function consentState(): Promise<ConsentState> {
  const [consents, people] = await Promise.all([db.consents.where('deleted').equals(0).toArray(), db.people.where('deleted').equals(0).toArray()])
  return { book: consentBook(consents), people: new Map(people.map(p => [p.id, p])), today: localCalendarDate() }
}

export function useConsentState() {
  return useLiveQuery(consentState)
}

/** Everyone with a personal-data consent in force: the registry's «без согласия» filter and mark. */
export function useConsentedIds() {
  return useLiveQuery(async () => {
    const { book, people, today } = await consentState()
    return new Set([...people.values()].filter(p => coveredUntil(book, p, 'pdn', today) !== null).map(p => p.id))
  })
}

/** Each pair's consents as they stand today (gaps, and until when they last), by pair id. */
export function usePairConsents() {
  return useLiveQuery(async () => {
    const [{ book, people, today }, pairs] = await Promise.all([consentState(), db.pairs.where('deleted').equals(0).toArray()])
    return new Map<string, PairConsents & { pair: Pair }>(pairs.map(pair => [pair.id, { pair, ...pairConsents(pair, people, book, today) }]))
  })
}

export function useConsentsOf(personId: () => string) {
  return useLiveQuery(async () => (await db.consents.where('personId').equals(personId()).filter(c => !c.deleted).toArray())
    .sort((a, b) => b.date.localeCompare(a.date)), personId)
}
