import type { Component } from 'vue'
import type { ImportCheck } from './check.ts'
import type { FieldColumns, Mapping, NameField } from './mapping.ts'
import type { Sheet } from './parse.ts'

export const IMPORT_KINDS = ['people', 'consents'] as const
export type ImportKind = typeof IMPORT_KINDS[number]

/**
 * What one import loads (people, consents): its columns, its check, its writer. The page, the steps and the
 * flow are the same for all; each target says only what differs. `O` is what the curator sets beside the
 * columns (the people's default category and role), edited by the `defaults` component through `v-model:options`.
 * Methods, not function fields: a target of people or of consents is then one of `AnyTarget`.
 */
export interface ImportTarget<F extends string, R, O> {
  kind: ImportKind
  columns: FieldColumns<F | NameField>
  /** The columns of the preview table, and how a good row shows in them. */
  preview: readonly F[]
  show(record: R): Partial<Record<F, string>>
  options(): O
  /** Options that depend on the records on the device (the programmes' forms): taken once read, unless changed by then. */
  suggestedOptions?(options: O): Promise<O>
  defaults?: Component
  /** The header's mapping mended by what the columns' cells hold, where a header misleads (see peopleImport). */
  byCells?(sheet: Sheet, mapping: Mapping<F | NameField>): Mapping<F | NameField>
  /** Whether the mapping has the columns a row cannot do without (the words say which: `import.<kind>.needColumns`). */
  ready(mapping: Mapping<F | NameField>): boolean
  check(sheet: Sheet, mapping: Mapping<F | NameField>, options: O, today: string): Promise<ImportCheck<R>>
  write(records: R[], onProgress: (done: number) => void): Promise<void>
  /** Whether a repeat may be ticked to import it anyway (a namesake born the same day), or is only skipped. */
  tickRepeats: boolean
}

/** Any target: the page and the flow never look inside a record or the options. */
export type AnyTarget = ImportTarget<string, unknown, unknown>
