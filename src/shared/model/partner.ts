import * as v from 'valibot'
import { documentNumber, OptionalCalendarDateField, optionalText, requiredText } from './fields.ts'
import type { RecordFields, SyncRecord } from './record.ts'

/** организация-партнёр: provides mentors under an agreement (работодатель–ученик, работодатель–студент). */
export interface Partner extends SyncRecord {
  name: string
  agreementNumber: string
  agreementDate: string
  contact: string
  notes: string
}

export const PartnerObject = v.object({
  name: v.pipe(requiredText(300), v.minLength(2, 'required')),
  agreementNumber: documentNumber(100),
  agreementDate: OptionalCalendarDateField,
  contact: optionalText(300),
  notes: optionalText(5000),
})

export const PartnerFields = PartnerObject satisfies v.GenericSchema<unknown, RecordFields<Partner>>
