import * as v from 'valibot'
import { optionalText } from './fields.ts'
import { type NameForms, NameFormsField } from './nameForms.ts'
import type { RecordFields, SyncRecord } from './record.ts'

/**
 * The school's requisites as its documents print them: typed once, used by every приказ, справка and
 * соглашение. One record per school, under a fixed id, so two devices editing offline edit the same record.
 */
export interface SchoolRequisites extends SyncRecord {
  fullName: string
  shortName: string
  address: string
  city: string
  directorName: string
  directorPosition: string
  curatorName: string
  curatorPosition: string
  /**
   * The school's name as the documents decline it («в …», «директор …»), where the curator corrected the rules; empty:
   * declined by the rules. Kept with the requisites, so one correction serves every document.
   */
  namePrepositional: string
  nameGenitive: string
  /** The director's and the curator's names in the cases where the curator corrected the rules (`NameForms`). */
  directorNameForms?: NameForms
  curatorNameForms?: NameForms
}

export const SCHOOL_REQUISITES_ID = '00000000-0000-7000-8000-000000000001'

export const SchoolRequisitesObject = v.object({
  fullName: v.optional(optionalText(500), ''),
  shortName: v.optional(optionalText(200), ''),
  address: v.optional(optionalText(500), ''),
  city: v.optional(optionalText(100), ''),
  directorName: v.optional(optionalText(200), ''),
  directorPosition: v.optional(optionalText(200), ''),
  curatorName: v.optional(optionalText(200), ''),
  curatorPosition: v.optional(optionalText(200), ''),
  namePrepositional: v.optional(optionalText(500), ''),
  nameGenitive: v.optional(optionalText(500), ''),
  directorNameForms: v.optional(NameFormsField),
  curatorNameForms: v.optional(NameFormsField),
})

export const SchoolRequisitesFields = SchoolRequisitesObject satisfies v.GenericSchema<unknown, RecordFields<SchoolRequisites>>
