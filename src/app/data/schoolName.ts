import type { DeclinedName } from './names.ts'
import type { Requisites } from './requisites.ts'

/** The school as a sentence of a document names it: the short name the requisites give, else the full one. */
export const schoolNameOf = (requisites: Pick<Requisites, 'shortName' | 'fullName'>): string =>
  requisites.shortName || requisites.fullName

/** A name that begins with its kind abbreviated (МБОУ СОШ № 7, ГАПОУ «…»): «в МБОУ СОШ № 7» declines nothing. */
const ABBREVIATED = /^[А-ЯЁ]{2,}(?=[\s«"]|$)/u

/** Where the words of the organisation's kind end: its own name in quotes, a number, a dedication. */
const KIND_ENDS = /\s*(?:[«"№(]|имени\b|им\.)/u

/** The cases a school is named in after the nominative: «в школе», «директор школы». */
export type SchoolCase = 'prepositional' | 'genitive'

type Rules = ReadonlyArray<readonly [RegExp, string]>

/** The adjectives that make up a school's kind (муниципальное, средняя, городской), in each case. */
const ADJECTIVES: Record<SchoolCase, Rules> = {
  prepositional: [[/ое$/u, 'ом'], [/ее$/u, 'ем'], [/ая$/u, 'ой'], [/яя$/u, 'ей'], [/([кгх])ий$/u, '$1ом'], [/ий$/u, 'ем'], [/[ыо]й$/u, 'ом']],
  genitive: [[/ое$/u, 'ого'], [/ее$/u, 'его'], [/ая$/u, 'ой'], [/яя$/u, 'ей'], [/([кгх])ий$/u, '$1ого'], [/ий$/u, 'его'], [/[ыо]й$/u, 'ого']],
}

/** … and the nouns: учреждение, гимназия, лицей, школа, центр, колледж, интернат. */
const NOUNS: Record<SchoolCase, Rules> = {
  prepositional: [[/ие$/u, 'ии'], [/ия$/u, 'ии'], [/ей$/u, 'ее'], [/[ая]$/u, 'е'], [/([бвгджзклмнпрстфхцчшщ])$/u, '$1е']],
  genitive: [[/ие$/u, 'ия'], [/ия$/u, 'ии'], [/ей$/u, 'ея'], [/([кгхжшщч])а$/u, '$1и'], [/а$/u, 'ы'], [/я$/u, 'и'], [/([бвгджзклмнпрстфхцчшщ])$/u, '$1а']],
}

function declined(word: string, rules: Rules): string | undefined {
  const rule = rules.find(([ending]) => ending.test(word))
  return rule && word.replace(rule[0], rule[1])
}

/** A noun of the kind, each part of «школа-интернат» declined; «Демо-школа» keeps its first part. */
function declinedNoun(word: string, rules: Rules): string | undefined {
  const parts = word.split('-')
  const last = declined(parts.at(-1)!, rules)
  return last && [...parts.slice(0, -1).map(part => declined(part, rules) ?? part), last].join('-')
}

/**
 * The school in a case: «в Муниципальном бюджетном общеобразовательном учреждении «Средняя общеобразовательная
 * школа № 7»», «директор Гимназии № 2», «в МБОУ СОШ № 7». The words of its kind are declined up to the first noun;
 * its own name, in quotes or after it, stays as written. A word the rules do not know leaves it as written, unsure,
 * for the curator to correct.
 */
export function declineSchool(name: string, schoolCase: SchoolCase): DeclinedName {
  const written = name.trim().replace(/\s+/g, ' ')
  if (!written || ABBREVIATED.test(written))
    return { text: written, unsure: false }
  const end = written.search(KIND_ENDS)
  const kind = end < 0 ? written : written.slice(0, end)
  const words = kind.split(' ').filter(Boolean)
  const out: string[] = []
  for (const [i, word] of words.entries()) {
    const lower = word.toLowerCase()
    const adjective = ADJECTIVES[schoolCase].some(([ending]) => ending.test(lower)) && i < words.length - 1
    const next = adjective ? declined(word, ADJECTIVES[schoolCase]) : declinedNoun(word, NOUNS[schoolCase])
    if (!next)
      return { text: written, unsure: true }
    out.push(next)
    if (!adjective)
      return { text: [...out, ...words.slice(i + 1)].join(' ') + written.slice(kind.length), unsure: false }
  }
  return { text: written, unsure: true }
}
