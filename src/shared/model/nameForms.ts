import * as v from 'valibot'
import { optionalText } from './fields.ts'

/** The cases a document declines a person's name into; the nominative is the name as written. */
export const DECLINED_CASES = ['genitive', 'dative', 'accusative', 'instrumental', 'prepositional'] as const
export type DeclinedCase = typeof DECLINED_CASES[number]

/**
 * A person's name in the cases where the curator corrected the rules (a name lvovich cannot decline: «Гусейнов
 * Эльчин Вагиф оглы»), kept with the name so that one correction serves every document. `of` is the name they
 * decline: once the name changes (on another device too) the forms no longer apply, and the rules decline it.
 */
export type NameForms = { of: string } & Partial<Record<DeclinedCase, string>>

const NAME_MAX = 200
const form = v.optional(optionalText(NAME_MAX))

export const NameFormsField = v.object({
  of: optionalText(NAME_MAX),
  genitive: form,
  dative: form,
  accusative: form,
  instrumental: form,
  prepositional: form,
}) satisfies v.GenericSchema<unknown, NameForms>

/** A name as the forms are kept for it: trimmed, one space between words. */
export const spacedName = (name: string) => name.trim().replace(/\s+/g, ' ')

/** The form the curator wrote for `name` in `nameCase`; '' where they wrote none, or wrote it for another name. */
export function correctedForm(forms: NameForms | undefined, name: string, nameCase: DeclinedCase): string {
  return forms && spacedName(forms.of) === spacedName(name) ? (forms[nameCase] ?? '').trim() : ''
}
