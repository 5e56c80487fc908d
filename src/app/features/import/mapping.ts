import { searchable } from '#shared/search'

/** Field → index of the file's column. */
export type Mapping<F extends string = string> = Partial<Record<F, number>>

/** What an import's columns may feed, in the order the curator picks from, and the header names that mean each. */
export interface FieldColumns<F extends string> {
  fields: readonly F[]
  synonyms: Record<F, readonly string[]>
}

/** The fields that name a person: a ФИО column, or surname, first name and patronymic apart. */
export type NameField = 'name' | 'lastName' | 'firstName' | 'middleName'

/** Lower case, ё → е, punctuation to spaces: «Д.р.» and «д р», «Фамилия, имя, отчество» and «фамилия имя отчество» meet. */
export function normalizeHeader(text: string): string {
  return searchable(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

function score(header: string, synonyms: readonly string[]): number {
  const words = ` ${header} `
  let best = 0
  for (const synonym of synonyms) {
    if (header === synonym)
      return 3
    // Whole words only: «имя» must not match inside «наименование».
    if (words.includes(` ${synonym} `))
      best = Math.max(best, synonym.length > 3 ? 2 : 1)
  }
  return best
}

/** Pre-fills the mapping from the header row; every field and every column is used at most once. */
export function guessMapping<F extends string>(header: readonly string[], { fields, synonyms }: FieldColumns<F>): Mapping<F> {
  const candidates: Array<{ field: F, column: number, score: number }> = []
  header.forEach((title, column) => {
    const normal = normalizeHeader(title)
    if (!normal)
      return
    for (const field of fields) {
      const s = score(normal, synonyms[field])
      if (s > 0)
        candidates.push({ field, column, score: s })
    }
  })
  candidates.sort((a, b) => b.score - a.score || a.column - b.column)
  const mapping: Mapping<F> = {}
  const taken = new Set<number>()
  for (const { field, column } of candidates) {
    if (mapping[field] !== undefined || taken.has(column))
      continue
    mapping[field] = column
    taken.add(column)
  }
  return mapping
}

/** A name comes from the ФИО column, or else from surname and first name together. */
export function hasName(mapping: Mapping<NameField>): boolean {
  return mapping.name !== undefined || (mapping.lastName !== undefined && mapping.firstName !== undefined)
}

const mapped = <F extends string>(mapping: Mapping<F>) => Object.entries(mapping) as Array<[F, number]>

/** Points a field at a column (or at none), freeing the field that column held before. */
export function assign<F extends string>(mapping: Mapping<F>, column: number, field: F | undefined): Mapping<F> {
  const next: Mapping<F> = {}
  for (const [f, at] of mapped(mapping)) {
    if (at !== column && f !== field)
      next[f] = at
  }
  if (field)
    next[field] = column
  return next
}

/** Which field a column feeds, if any. */
export function fieldOf<F extends string>(mapping: Mapping<F>, column: number): F | undefined {
  return mapped(mapping).find(([, at]) => at === column)?.[0]
}
