import { getFirstnameGender, getGender, getLastnameGender, incline } from 'lvovich'
import { correctedForm, type DeclinedCase, type NameForms, spacedName } from '#shared/model/nameForms'
import { locale } from '../i18n/index.ts'

/** The cases a document's sentence may need a person's name in. */
export type NameCase = 'nominative' | DeclinedCase

export interface DeclinedName {
  text: string
  /** The library could not be trusted with it (a foreign name, «оглы», no gender): left as written. */
  unsure: boolean
}

const NAME_WORD = /^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*$/
const PATRONYMIC = /(?:вич|ич|вна|чна|ична)$/

interface Parts { last: string, first: string, middle: string, order: 'lastFirst' | 'firstLast' }

/**
 * The registry holds one line per person, typed either way: «Шиловская Яна Андреевна» or «Яна Андреевна
 * Шиловская». The patronymic tells which word is the surname; two words are read in the official order.
 */
function partsOf(words: readonly string[]): Parts | undefined {
  const [a, b, c] = words
  if (!a || !b || words.length > 3)
    return undefined
  if (c)
    return PATRONYMIC.test(b) ? { first: a, middle: b, last: c, order: 'firstLast' } : { last: a, first: b, middle: c, order: 'lastFirst' }
  return { last: a, first: b, middle: '', order: 'lastFirst' }
}

/** The person's gender as both the first name and the whole name say it; null when they disagree or cannot tell. */
function genderOfParts(parts: Parts | undefined): 'male' | 'female' | null {
  // The first name must say the gender itself: a surname alone would decline «Кравец Любовь» as a man.
  const gender = parts && getFirstnameGender(parts.first) === getGender(parts) ? getGender(parts) : null
  return gender === 'male' || gender === 'female' ? gender : null
}

const readParts = (name: string) => {
  const words = name.trim().split(/\s+/)
  return words.every(w => NAME_WORD.test(w)) ? partsOf(words) : undefined
}

const SURNAME = '[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*'
const INITIALS = '[А-ЯЁ]\\.(?: ?[А-ЯЁ]\\.)?'
/** «Прокашева Т.А.» or «Т. А. Прокашева»: a surname with initials, as a programme's card often names its curator. */
const WITH_INITIALS = new RegExp(`^(?:(${SURNAME}) (${INITIALS})|(${INITIALS}) ?(${SURNAME}))$`, 'u')

/**
 * A surname with initials in a case: only where its ending tells the gender («Прокашева» a woman's, «Зыкин» a
 * man's); «Кравец Л.» could be either, and stays as written.
 */
function declineWithInitials(written: string, nameCase: DeclinedCase): DeclinedName | undefined {
  const match = WITH_INITIALS.exec(written)
  if (!match)
    return undefined
  const last = match[1] ?? match[4]!
  const gender = getLastnameGender(last)
  if (gender !== 'male' && gender !== 'female')
    return { text: written, unsure: true }
  const declined = incline({ last, gender }, nameCase).last ?? last
  return { text: match[1] ? `${declined} ${match[2]}` : `${match[3]} ${declined}`, unsure: false }
}

/** «действующего» or «действующей»: the gender a document's words agree with, when the name tells it («Прокашева Т.А.» too). */
export function genderOf(name: string): 'male' | 'female' | null {
  const parts = readParts(name)
  if (parts)
    return genderOfParts(parts)
  const last = WITH_INITIALS.exec(spacedName(name))
  const gender = last ? getLastnameGender(last[1] ?? last[4]!) : null
  return gender === 'male' || gender === 'female' ? gender : null
}

/** A person's full name in the case the sentence needs, through lvovich; what it cannot handle stays as written. */
export function declineName(name: string, nameCase: NameCase): DeclinedName {
  const written = spacedName(name)
  if (nameCase === 'nominative')
    return { text: written, unsure: false }
  const initialled = declineWithInitials(written, nameCase)
  if (initialled)
    return initialled
  const parts = readParts(written)
  const gender = genderOfParts(parts)
  if (!parts || !gender)
    return { text: written, unsure: true }
  const d = incline({ ...parts, gender }, nameCase)
  const [last, first, middle] = [d.last ?? parts.last, d.first ?? parts.first, parts.middle && (d.middle ?? parts.middle)]
  const ordered = parts.order === 'lastFirst' ? [last, first, middle] : [first, middle, last]
  return { text: ordered.filter(Boolean).join(' '), unsure: false }
}

/** A name declined as its card (or the requisites) corrects it for every document, else by the rules. */
export function declineWith(forms: NameForms | undefined): (name: string, nameCase: NameCase) => DeclinedName {
  return (name, nameCase) => {
    const corrected = nameCase === 'nominative' ? '' : correctedForm(forms, name, nameCase)
    return corrected ? { text: corrected, unsure: false } : declineName(name, nameCase)
  }
}

const initials = (parts: Parts) => [parts.first, parts.middle].filter(Boolean).map(w => `${w[0]}.`)

/** «со», not «с», before a word opening with с, з, ж or ш and a consonant, or with щ: «со Смирновым», «с Сидоровым». */
export const takesSo = (word: string): boolean => /^(?:[сзжш][^аеёиоуыэюяь]|щ)/iu.test(word)

/**
 * «Я. А. Шиловская», as a signature prints it («Прокашева Т.А.» as «Т. А. Прокашева»: spaced as the full names' are, so
 * that one document's lines to sign read alike, seed 000's «Е.С. Петрова» above «М. П. Иванова»); a name the rules do
 * not fit stays as written.
 */
export function initialsOf(name: string): string {
  const parts = readParts(name)
  if (parts)
    return [...initials(parts), parts.last].join(' ')
  const initialled = WITH_INITIALS.exec(spacedName(name))
  if (!initialled)
    return spacedName(name)
  // «Прокашева Т.А.» fills the first two groups, «Т.А. Прокашева» the last two.
  const [, surname, initialsAfter, initialsBefore, surnameAfter] = initialled
  return `${(initialsAfter ?? initialsBefore)!.replace(/\.(?=[А-ЯЁ])/gu, '. ')} ${surname ?? surnameAfter}`
}

/** «Шиловская Я. А.», as a list or a log names a person; a name the rules do not fit stays as written. */
export function shortName(name: string): string {
  const parts = readParts(name)
  return parts ? [parts.last, ...initials(parts)].join(' ') : name.trim()
}

/** A name form a document used: what the library gave, or the curator's own correction of it. */
export interface NameUse {
  key: string
  written: string
  nameCase: NameCase
  text: string
  unsure: boolean
  corrected: boolean
  /** Where the form is corrected once for every document (a person's card, the requisites), if anywhere. */
  correctAt?: string
}

/** How a document declines one name: by the rules for a person's name unless told otherwise. */
export interface NameSource {
  decline?: (written: string, nameCase: NameCase) => DeclinedName
  correctAt?: string
}

/**
 * Names for one document: the curator's corrections (by `who:case`) win over the library, and every declined
 * form used is remembered, so the page can list them for checking and correcting. A document in another language
 * than Russian names everyone and the school as written: «at Демо-школе» is neither language.
 */
export function documentNames(corrections: Readonly<Record<string, string>>) {
  const used = new Map<string, NameUse>()
  /** A person's name by the rules unless `source` declines it otherwise (the forms kept on a card, the school's name). */
  function name(who: string, written: string, nameCase: NameCase, { decline = declineName, correctAt }: NameSource = {}): string {
    if (nameCase === 'nominative' || !written.trim() || locale.value !== 'ru')
      return written.trim()
    const key = `${who}:${nameCase}`
    const declined = decline(written, nameCase)
    const correction = corrections[key]
    const text = correction || declined.text
    used.set(key, { key, written: written.trim(), nameCase, text, unsure: declined.unsure && !correction, corrected: Boolean(correction), correctAt })
    return text
  }
  return { name, used: () => [...used.values()] }
}

export type DocumentNames = ReturnType<typeof documentNames>
