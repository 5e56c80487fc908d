import type { FieldColumns } from '../mapping.ts'
import { PERSON_COLUMNS } from '../peopleFields.ts'

/**
 * What a column of a consents file can hold: whose consent (the name, and the birth date that tells namesakes
 * apart), then the Consent's own fields.
 */
const CONSENT_FIELDS = [
  'name', 'lastName', 'firstName', 'middleName', 'birthDate', 'kind', 'signedBy', 'guardianName', 'date', 'documentRef',
  'validFrom', 'validUntil', 'agreementNumber', 'agreementDate', 'payBasis',
] as const
export type ConsentField = typeof CONSENT_FIELDS[number]

const person = PERSON_COLUMNS.synonyms

/** Header names a school's consent register uses, normalised («№ документа» reads «документа»: «№» is no letter). */
const SYNONYMS: Record<ConsentField, readonly string[]> = {
  name: [...person.name, 'фио участника', 'фио обучающегося', 'фио работника', 'участник'],
  lastName: person.lastName,
  firstName: person.firstName,
  middleName: person.middleName,
  birthDate: person.birthDate,
  kind: ['вид согласия', 'вид', 'согласие', 'тип согласия', 'согласие на', 'kind'],
  signedBy: ['кто подписал', 'подписал', 'подписант', 'кем подписано', 'signed by'],
  guardianName: ['фио представителя', 'фио законного представителя', 'законный представитель', 'представитель', 'фио родителя', 'родитель', 'guardian'],
  date: ['дата', 'дата подписания', 'дата согласия', 'дата подписи', 'date'],
  documentRef: ['номер документа', 'документа', 'номер', 'номер согласия', 'документ', 'реквизиты', 'место хранения', 'document'],
  validFrom: ['срок действия с', 'действует с', 'срок с', 'с', 'начало', 'начало действия', 'период с', 'срок наставничества с', 'valid from'],
  validUntil: ['срок действия по', 'срок действия до', 'действует по', 'действует до', 'срок по', 'срок до', 'по', 'до', 'окончание', 'период по', 'срок наставничества по', 'valid until'],
  agreementNumber: ['номер соглашения', 'соглашения', 'соглашение', 'номер дополнительного соглашения', 'дополнительное соглашение', 'допсоглашение', 'номер допсоглашения', 'agreement'],
  agreementDate: ['дата соглашения', 'дата дополнительного соглашения', 'дата допсоглашения', 'agreement date'],
  payBasis: ['оплата', 'основание оплаты', 'доплата', 'условия оплаты', 'оплата труда', 'pay', 'pay basis'],
}

export const CONSENT_COLUMNS: FieldColumns<ConsentField> = { fields: CONSENT_FIELDS, synonyms: SYNONYMS }
