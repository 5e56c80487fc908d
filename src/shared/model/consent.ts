import * as v from 'valibot'
import { CalendarDateField, IdField, OptionalCalendarDateField, optionalText } from './fields.ts'
import type { RecordFields, SyncRecord } from './record.ts'

export const CONSENT_SIGNERS = ['self', 'guardian'] as const

/**
 * согласие на обработку персональных данных (152-ФЗ). For a minor it is signed by a законный
 * представитель. Active while `withdrawnDate` is empty; no active consent, no pairing.
 */
export interface Consent extends SyncRecord {
  personId: string
  signedBy: typeof CONSENT_SIGNERS[number]
  guardianName: string
  date: string
  documentRef: string
  withdrawnDate: string
}

export const ConsentObject = v.object({
  personId: IdField,
  signedBy: v.picklist(CONSENT_SIGNERS),
  guardianName: optionalText(200),
  date: CalendarDateField,
  documentRef: optionalText(200),
  withdrawnDate: OptionalCalendarDateField,
})

export const ConsentFields = v.pipe(
  ConsentObject,
  v.forward(v.check(c => c.signedBy === 'self' || c.guardianName.length > 0, 'required'), ['guardianName']),
  v.forward(v.check(c => c.withdrawnDate === '' || c.withdrawnDate >= c.date, 'withdrawn_before_signed'), ['withdrawnDate']),
) satisfies v.GenericSchema<unknown, RecordFields<Consent>>

/** The people with a consent in force: the one rule the pairing form and the server both apply. */
export function consentedPeople(consents: ReadonlyArray<Pick<Consent, 'personId' | 'withdrawnDate' | 'deleted'>>): Set<string> {
  return new Set(consents.filter(c => !c.deleted && c.withdrawnDate === '').map(c => c.personId))
}

/**
 * No consent, no pairing: who of a running pair has no consent in force, or null. A pair that has ended may
 * be saved without (a consent withdrawn later must not stop the curator from closing the pair).
 */
export function pairLacksConsent(pair: { status: string, mentorId: string, menteeIds: readonly string[] }, inForce: ReadonlySet<string>): 'mentorId' | 'menteeIds' | null {
  if (pair.status !== 'active')
    return null
  if (!inForce.has(pair.mentorId))
    return 'mentorId'
  return pair.menteeIds.every(id => inForce.has(id)) ? null : 'menteeIds'
}
