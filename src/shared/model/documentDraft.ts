import * as v from 'valibot'
import { OptionalCalendarDateField, optionalText } from './fields.ts'
import type { RecordFields, SyncRecord } from './record.ts'
import { SCHOOL_REQUISITES_ID } from './schoolRequisites.ts'

/** The documents a curator edits before printing. */
export const DOCUMENT_KINDS = ['order', 'spravka', 'agreement', 'journal', 'plan', 'appointment'] as const
export type DocumentKind = typeof DOCUMENT_KINDS[number]

/** A paragraph the curator rewrote, with the text the data gave when they did (to tell them when it changes). */
export interface EditedText {
  text: string
  base: string
}

/**
 * A document as the curator left it: its number and date, the paragraphs they rewrote (by the block's key) and
 * the name forms they corrected (by `personId:case`). Everything else is built from the data at each opening,
 * so the data parts follow the records while the edits stay.
 */
export interface DocumentDraft extends SyncRecord {
  kind: DocumentKind
  /** The programme, the pair or '' for the whole school, as the kind says. */
  subjectId: string
  year: number
  number: string
  date: string
  texts: Record<string, EditedText>
  names: Record<string, string>
}

const KEY = v.pipe(v.string(), v.maxLength(100, 'too_long'))
const Text = optionalText(20_000)

export const DocumentDraftObject = v.object({
  kind: v.picklist(DOCUMENT_KINDS),
  subjectId: v.optional(v.pipe(v.string(), v.maxLength(40, 'too_long')), ''),
  year: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2200)), 0),
  number: v.optional(optionalText(50), ''),
  date: v.optional(OptionalCalendarDateField, ''),
  texts: v.optional(v.pipe(v.record(KEY, v.object({ text: Text, base: Text })), v.check(r => Object.keys(r).length <= 100, 'too_many')), {}),
  names: v.optional(v.pipe(v.record(KEY, optionalText(300)), v.check(r => Object.keys(r).length <= 500, 'too_many')), {}),
})

export const DocumentDraftFields = DocumentDraftObject satisfies v.GenericSchema<unknown, RecordFields<DocumentDraft>>

/**
 * One draft per kind, subject and year, so its id is made from them: two devices editing the same приказ
 * offline edit one record. Like the справка's note: the subject's last 32 bits XORed with the kind and year.
 */
export function documentDraftId(kind: DocumentKind, subjectId: string, year: number): string {
  const subject = subjectId || SCHOOL_REQUISITES_ID
  const tail = (Number.parseInt(subject.slice(-8), 16) ^ ((DOCUMENT_KINDS.indexOf(kind) + 1) << 24) ^ year) >>> 0
  return `${subject.slice(0, -8)}${tail.toString(16).padStart(8, '0')}`
}
