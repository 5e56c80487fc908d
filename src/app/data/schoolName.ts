import type { DeclinedName } from './names.ts'
import type { Requisites } from './requisites.ts'

/** The school as a sentence of a document names it: the short name the requisites give, else the full one. */
export const schoolNameOf = (requisites: Pick<Requisites, 'shortName' | 'fullName'>): string =>
  requisites.shortName || requisites.fullName

/** A name that begins with its kind abbreviated (МБОУ СОШ № 7, ГАПОУ «…»): «в МБОУ СОШ № 7» declines nothing. */
const ABBREVIATED = /^[А-ЯЁ]{2,}(?=[\s«"]|$)/u

/** Where the words of the organisation's kind end: its own name in quotes, a number, a dedication. */
const KIND_ENDS = /\s*(?:[«"№]|имени(?=\s|$)|им\.)/u

/** The cases a school is named in after the nominative: «в школе», «директор школы». */
export type SchoolCase = 'prepositional' | 'genitive'

type Rules = ReadonlyArray<readonly [RegExp, string]>

/** The adjectives that make up a school's kind (муниципальное, средняя, третья, городской), in each case. */
const ADJECTIVES: Record<SchoolCase, Rules> = {
  prepositional: [[/ое$/u, 'ом'], [/ее$/u, 'ем'], [/ья$/u, 'ьей'], [/ая$/u, 'ой'], [/яя$/u, 'ей'], [/([кгх])ий$/u, '$1ом'], [/ий$/u, 'ем'], [/[ыо]й$/u, 'ом']],
  genitive: [[/ое$/u, 'ого'], [/ее$/u, 'его'], [/ья$/u, 'ьей'], [/ая$/u, 'ой'], [/яя$/u, 'ей'], [/([кгх])ий$/u, '$1ого'], [/ий$/u, 'его'], [/[ыо]й$/u, 'ого']],
}

/**
 * The nouns a school's kind is named by, in each case: only these are declined. Another word in their place
 * («мастерская», «Бизнес-») leaves the name as written, for the curator to correct.
 */
const NOUNS: Readonly<Record<string, Readonly<Record<SchoolCase, string>>>> = {
  школа: { prepositional: 'школе', genitive: 'школы' },
  гимназия: { prepositional: 'гимназии', genitive: 'гимназии' },
  прогимназия: { prepositional: 'прогимназии', genitive: 'прогимназии' },
  лицей: { prepositional: 'лицее', genitive: 'лицея' },
  учреждение: { prepositional: 'учреждении', genitive: 'учреждения' },
  организация: { prepositional: 'организации', genitive: 'организации' },
  центр: { prepositional: 'центре', genitive: 'центра' },
  колледж: { prepositional: 'колледже', genitive: 'колледжа' },
  техникум: { prepositional: 'техникуме', genitive: 'техникума' },
  училище: { prepositional: 'училище', genitive: 'училища' },
  интернат: { prepositional: 'интернате', genitive: 'интерната' },
  корпус: { prepositional: 'корпусе', genitive: 'корпуса' },
  комплекс: { prepositional: 'комплексе', genitive: 'комплекса' },
  академия: { prepositional: 'академии', genitive: 'академии' },
  сад: { prepositional: 'саду', genitive: 'сада' },
  дворец: { prepositional: 'дворце', genitive: 'дворца' },
  дом: { prepositional: 'доме', genitive: 'дома' },
  студия: { prepositional: 'студии', genitive: 'студии' },
}

/** A word as written with its case kept: «Школа» → «Школе». */
const likeWritten = (written: string, form: string) => written[0] === written[0]!.toUpperCase() ? form[0]!.toUpperCase() + form.slice(1) : form

/** A known noun of the kind in a case; in «школа-интернат» each part, a first part that is none («Демо-школа») as it is. */
function declinedNoun(word: string, schoolCase: SchoolCase): string | undefined {
  const parts = word.split('-')
  const forms = parts.map(part => NOUNS[part.toLowerCase()]?.[schoolCase])
  if (!forms.at(-1))
    return undefined
  return parts.map((part, i) => (forms[i] ? likeWritten(part, forms[i]) : part)).join('-')
}

/** An adjective of the kind in a case, brackets kept: «(коррекционная)» → «(коррекционной)». */
function declinedAdjective(word: string, schoolCase: SchoolCase): string | undefined {
  // «Школа-детский (сад)»: a noun joined to the next part is no adjective.
  if (word.split('-').slice(0, -1).some(part => NOUNS[part.toLowerCase()]))
    return undefined
  const [, open = '', core = '', close = ''] = /^(\(?)(.*?)(\)?)$/u.exec(word) ?? []
  const rule = ADJECTIVES[schoolCase].find(([ending]) => ending.test(core.toLowerCase()))
  return rule && `${open}${core.replace(rule[0], rule[1])}${close}`
}

/**
 * The school in a case: «в Муниципальном бюджетном общеобразовательном учреждении «Средняя общеобразовательная
 * школа № 7»», «директор Гимназии № 2», «в Детском саду № 5», «в МБОУ СОШ № 7». The adjectives of its kind are
 * declined up to its noun, one of those the rules know; its own name, in quotes or after it, stays as written. Any
 * other word there, or a second part after a dash («школа – детский сад»), leaves it as written and unsure, for the
 * curator to correct.
 */
export function declineSchool(name: string, schoolCase: SchoolCase): DeclinedName {
  const written = name.trim().replace(/\s+/g, ' ')
  if (!written || ABBREVIATED.test(written))
    return { text: written, unsure: false }
  const end = written.search(KIND_ENDS)
  const kind = end < 0 ? written : written.slice(0, end)
  const words = kind.split(' ').filter(Boolean)
  const unsure = { text: written, unsure: true }
  const out: string[] = []
  for (const [i, word] of words.entries()) {
    const noun = declinedNoun(word, schoolCase)
    if (noun) {
      const rest = words.slice(i + 1)
      return rest.some(w => /^[–—-]$/u.test(w)) ? unsure : { text: [...out, noun, ...rest].join(' ') + written.slice(kind.length), unsure: false }
    }
    const adjective = declinedAdjective(word, schoolCase)
    if (!adjective)
      return unsure
    out.push(adjective)
  }
  return unsure
}

const CORRECTED: Record<SchoolCase, 'namePrepositional' | 'nameGenitive'> = { prepositional: 'namePrepositional', genitive: 'nameGenitive' }

/** What of the requisites names the school: its names, and its forms in the cases where the curator corrected them. */
export type SchoolNames = Pick<Requisites, 'shortName' | 'fullName' | 'namePrepositional' | 'nameGenitive'>

/** The school in a case as its documents print it: the form the curator wrote in the requisites, else the rules'. */
export function schoolInCase(requisites: SchoolNames, schoolCase: SchoolCase): DeclinedName {
  const corrected = requisites[CORRECTED[schoolCase]].trim()
  return corrected ? { text: corrected, unsure: false } : declineSchool(schoolNameOf(requisites), schoolCase)
}
