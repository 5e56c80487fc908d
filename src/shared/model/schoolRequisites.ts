import * as v from 'valibot'
import { optionalText } from './fields.ts'
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
})

export const SchoolRequisitesFields = SchoolRequisitesObject satisfies v.GenericSchema<unknown, RecordFields<SchoolRequisites>>
