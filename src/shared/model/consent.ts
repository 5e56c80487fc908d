import * as v from 'valibot'
import { CalendarDateField, crossCheck, documentNumber, IdField, OptionalCalendarDateField, optionalText } from './fields.ts'
import type { RecordFields, SyncRecord } from './record.ts'

export const CONSENT_SIGNERS = ['self', 'guardian'] as const

/**
 * `pdn`: согласие на обработку персональных данных (152-ФЗ), everyone's; `mentor_duties`: a staff mentor's
 * written consent to the extra duties and its дополнительное соглашение (ТК РФ ст. 351.8, from 01.03.2025).
 */
export const CONSENT_KINDS = ['pdn', 'mentor_duties'] as const
export type ConsentKind = typeof CONSENT_KINDS[number]

/**
 * A consent of a kind, signed by the person or (for a minor's `pdn`) a законный представитель. In force from
 * `validFrom` to `validUntil` ('' — no bound) until `withdrawnDate`; withdrawn, never deleted: the history matters.
 * For `mentor_duties` the validity is the agreement's period, and the agreement's number, date and pay basis are kept.
 */
export interface Consent extends SyncRecord {
  personId: string
  kind: ConsentKind
  signedBy: typeof CONSENT_SIGNERS[number]
  guardianName: string
  date: string
  documentRef: string
  validFrom: string
  validUntil: string
  withdrawnDate: string
  agreementNumber: string
  agreementDate: string
  payBasis: string
}

export const ConsentObject = v.object({
  personId: IdField,
  signedBy: v.picklist(CONSENT_SIGNERS),
  guardianName: optionalText(200),
  date: CalendarDateField,
  documentRef: optionalText(200),
  withdrawnDate: OptionalCalendarDateField,
  // Added with the kinds: optional with defaults, so a consent recorded before is a personal-data one, unbounded.
  kind: v.optional(v.picklist(CONSENT_KINDS), 'pdn'),
  validFrom: v.optional(OptionalCalendarDateField, ''),
  validUntil: v.optional(OptionalCalendarDateField, ''),
  // Kept without «№», as a partner's agreement number: the documents print the sign themselves.
  agreementNumber: v.optional(documentNumber(100), ''),
  agreementDate: v.optional(OptionalCalendarDateField, ''),
  payBasis: v.optional(optionalText(500), ''),
})

type Draft = v.InferOutput<typeof ConsentObject>
const duties = (c: Pick<Draft, 'kind'>) => c.kind === 'mentor_duties'
/** The agreement states its period and pay (ТК РФ ст. 351.8): a duties consent without them is not one. */
const agreementNeeds = (field: 'agreementNumber' | 'agreementDate' | 'validFrom' | 'validUntil' | 'payBasis') =>
  crossCheck<Draft, typeof field | 'kind'>(field, ['kind'], c => !duties(c) || c[field] !== '', 'required')

export const ConsentFields = v.pipe(
  ConsentObject,
  crossCheck('guardianName', ['signedBy'], c => c.signedBy === 'self' || c.guardianName.length > 0, 'required'),
  crossCheck('signedBy', ['kind'], c => !duties(c) || c.signedBy === 'self', 'duties_signed_by_self'),
  crossCheck('withdrawnDate', ['date'], c => c.withdrawnDate === '' || c.withdrawnDate >= c.date, 'withdrawn_before_signed'),
  crossCheck('validUntil', ['validFrom'], c => c.validFrom === '' || c.validUntil === '' || c.validUntil >= c.validFrom, 'end_before_start'),
  agreementNeeds('agreementNumber'),
  agreementNeeds('agreementDate'),
  agreementNeeds('validFrom'),
  agreementNeeds('validUntil'),
  agreementNeeds('payBasis'),
) satisfies v.GenericSchema<unknown, RecordFields<Consent>>

/**
 * The form's check on the device's own day (`today`): a consent dated after it is not signed yet, and would already
 * allow a pair. The server does not apply it: a consent signed today in Vladivostok is dated tomorrow in Moscow.
 */
export const consentFieldsOn = (today: string) => v.pipe(ConsentFields, crossCheck('date', [], c => c.date <= today, 'future_signed'))
