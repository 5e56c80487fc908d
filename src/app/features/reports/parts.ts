import type { DocumentDraft } from '#shared/model/documentDraft'
import { withoutNumberSign } from '#shared/model/fields'
import type { Person } from '#shared/model/person'
import type { ReportPeriod } from '#shared/roadmap/reportPeriod'
import type { DocumentRequisites, Requisites } from '../../data/requisites.ts'
import { declineWith, type DocumentNames, genderOf, initialsOf, type NameCase } from '../../data/names.ts'
import { type SchoolCase, schoolInCase, type SchoolNames, schoolNameOf } from '../../data/schoolName.ts'
import { classOrPosition } from '../../data/personPlace.ts'
import { positionAccusative } from './position.ts'
import { formatDate, t } from '../../i18n/index.ts'
import type { Block } from './document.ts'
import './messages.ts'
import './documentsMessages.ts'
import '../../components/periodMessages.ts'

/** What a builder takes of the document's draft: the curator's number, date, paragraphs and name forms. */
export type DraftInput = Pick<DocumentDraft, 'number' | 'date' | 'texts' | 'names'>

/** Where a person stands in a document: a pupil's class, a staff member's position (or category until it is set). */
export const placeOf = (person: Person | undefined): string => person ? classOrPosition(person) : ''

/** «12.09.2026», as a table's narrow column prints a date. */
export const shortDate = (date: string): string => date ? date.split('-').reverse().join('.') : ''

const MINUTES_PER_HOUR = 60
/** Meetings' length in all, as every paper writes it: «1 ч 25 мин», «3 ч», «45 мин» (not «1,4 ч»). */
export function durationText(meetings: readonly { durationMin: number }[]): string {
  const total = meetings.reduce((sum, m) => sum + m.durationMin, 0)
  const hours = Math.floor(total / MINUTES_PER_HOUR)
  const minutes = total % MINUTES_PER_HOUR
  return t(hours && minutes ? 'reports.duration.both' : hours ? 'reports.duration.hours' : 'reports.duration.minutes', { hours, minutes })
}

/** The document's date at the left, its number at the right, the school's place under them. */
export function headLines(requisites: Requisites, number: string, date: string): Block[] {
  return [
    { kind: 'dateLine', date: date ? formatDate(date) : t('reports.blankDate'), number: number ? `№ ${withoutNumberSign(number)}` : t('reports.blankNumber') },
    ...(requisites.city ? [{ kind: 'paragraph', text: requisites.city, align: 'center' } as const] : []),
  ]
}

/** A signature line: the role, the blank for the hand, the initials as a signature prints them. */
export const signature = (role: string, fullName: string): Block => ({ kind: 'signature', role, name: fullName ? initialsOf(fullName) : '' })

/**
 * A programme as a Russian sentence names it after «программы»: «наставничества «Успешный старт»», or only
 * «Наставничество «ученик – ученик»» where its own name says «наставничество» already (seeds 000 and 003's names).
 */
export const programNamed = (name: string): string => (/^наставничеств/iu.test(name.trim()) ? `«${name}»` : `наставничества «${name}»`)

/** The director's position as the requisites give it (or «Директор»). */
export const directorPosition = (requisites: Requisites): string => requisites.directorPosition || t('reports.order.director')

export const directorSignature = (requisites: Requisites): Block => signature(directorPosition(requisites), requisites.directorName)

/**
 * «С приказом ознакомлены:» and a line to sign for each person an order names to do something (its curator, the
 * mentors it assigns), each once; «ознакомлена» or «ознакомлен» for one, as the name tells.
 */
export function acknowledgement(fullNames: readonly string[]): Block[] {
  const names = [...new Set(fullNames.map(name => name.trim()).filter(Boolean))]
  const [only] = names
  if (!only)
    return []
  const gender = names.length === 1 ? genderOf(only) : null
  const lead = names.length > 1 ? 'acknowledgedMany' : gender === 'female' ? 'acknowledgedFemale' : gender === 'male' ? 'acknowledgedMale' : 'acknowledgedOne'
  return [{ kind: 'paragraph', text: t(`reports.order.${lead}`) }, ...names.map(name => signature('', name))]
}

/** A curator as a programme's card names them: «Мартынова Людмила Ивановна (заместитель директора по УВР)». */
export interface NamedCurator { name: string, position: string }

/** The parts of a list, parted by commas, semicolons or « и » outside brackets. */
function listParts(text: string): string[] {
  const parts = ['']
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    depth += char === '(' ? 1 : char === ')' ? -1 : 0
    const and = depth === 0 && text.startsWith(' и ', i)
    if (depth === 0 && (char === ',' || char === ';' || and)) {
      parts.push('')
      i += and ? 2 : 0
    } else {
      parts[parts.length - 1] += char
    }
  }
  return parts.map(part => part.trim())
}

const CURATOR = /^(\p{Lu}[\p{L}.\- ]*?)\s*(?:\(([^()]+)\))?$/u

/**
 * A programme's curators as its card types them, each a name with its position in brackets or none; undefined
 * where a part is not a name (a sentence, a department), which is then printed as typed.
 */
export function curatorsOf(text: string): NamedCurator[] | undefined {
  const found = listParts(text.trim()).map(part => CURATOR.exec(part))
  return found.length && found.every(Boolean) ? found.map(m => ({ name: m![1]!.trim(), position: m![2]?.trim() ?? '' })) : undefined
}

/**
 * The school's curator a document appoints: the requisites' with their position, else the curator signed in while
 * the requisites name nobody yet (as the signature does).
 */
export function schoolCuratorOf(requisites: DocumentRequisites): NamedCurator | undefined {
  if (requisites.curatorName)
    return { name: requisites.curatorName, position: requisites.curatorPosition.trim() }
  return requisites.signedInCurator ? { name: requisites.signedInCurator, position: '' } : undefined
}

/**
 * Curators as an order appoints them: each declined (or listed for the curator to check), a position in brackets
 * declined with them where its head is a known position's, else as typed.
 */
export function curatorsAppointed(names: DocumentNames, requisites: Requisites, curators: readonly NamedCurator[]): string {
  return curators.map(({ name, position }, i) => [curatorNamed(names, requisites, i ? `curator${i + 1}` : 'curator', name, 'accusative'), position && `(${positionAccusative(position) ?? position})`].filter(Boolean).join(' ')).join(', ')
}

/**
 * The curator as their signature names them: the requisites' curator, else a programme's curator(s) as typed on it,
 * else the curator signed in, so that a school yet to fill its requisites still prints a name under «Куратор».
 */
function curatorSigner(requisites: DocumentRequisites, programCurators = ''): string {
  if (requisites.curatorName)
    return initialsOf(requisites.curatorName)
  if (programCurators)
    return programCurators
  return requisites.signedInCurator ? initialsOf(requisites.signedInCurator) : ''
}

/** A position inside the brackets after a role: «Куратор (заместитель директора по УВР)», an abbreviation kept. */
const bracketed = (position: string) => (/^\p{Lu}\p{Ll}/u.test(position) ? position[0]!.toLocaleLowerCase('ru') + position.slice(1) : position)

/**
 * The lines the curator signs a document on, under `role` («Куратор», «Куратор программы»): the requisites' curator
 * with the position they give, where they are filled; else each of the programme's curators on a line of their own
 * with the position its card writes; else one line, the curators as typed or the curator signed in.
 */
export function curatorSignatures(requisites: DocumentRequisites, programCurators = '', role = t('documents.curator')): Block[] {
  const curators = requisites.curatorName ? undefined : curatorsOf(programCurators)
  if (curators)
    return curators.map(curator => signature(curator.position ? `${role} (${bracketed(curator.position)})` : role, curator.name))
  const position = requisites.curatorName && requisites.curatorPosition
  return [{ kind: 'signature', role: position ? `${role} (${bracketed(position)})` : role, name: curatorSigner(requisites, programCurators) }]
}

/** A roadmap's title that begins with the words the sentence already says: «Дорожная карта», «ДОРОЖНАЯ КАРТА». */
const ROADMAP_WORDS = /^\s*дорожн(?:ая|ой|ую) карт(?:а|ы|у)\s+(?=\S)/iu

/**
 * A roadmap as a sentence names it after «дорожная карта»: «Утвердить дорожную карту реализации Целевой модели…»
 * for a title that begins with those words (seeds 000–004 all do), rather than «Утвердить дорожную карту «Дорожная
 * карта реализации…»»; any other title in quotes, its own quotes inside as „…“.
 */
export function roadmapNamed(title: string): string {
  const trimmed = title.trim()
  const rest = trimmed.replace(ROADMAP_WORDS, '')
  if (rest !== trimmed)
    return rest
  return `«${trimmed.replace(/«/gu, '„').replace(/»/gu, '“')}»`
}

/** The years a title names: «на период 2021-2024 гг.» 2021 and 2024; «на 2025/26 учебный год» 2025 and 2026. */
function yearsNamed(title: string): Set<number> {
  const years = new Set<number>()
  for (const [, first, second] of title.matchAll(/\b((?:19|20)\d\d)(?:\s*[-–—/]\s*(\d{4}|\d{2})\b)?/gu)) {
    years.add(Number(first))
    if (second)
      years.add(second.length === 2 ? Math.floor(Number(first) / 100) * 100 + Number(second) : Number(second))
  }
  return years
}

/**
 * Whether a roadmap's title says its period already, its first year and its last («…на период 2021-2024 гг.», «…на
 * 2025/26 учебный год»): a sentence citing it then adds no dates («на период 2021-2024 гг. на период с 1 января 2021 г.»).
 */
export function titleNamesPeriod(roadmap: { title: string, startDate: string, endDate: string }): boolean {
  const years = yearsNamed(roadmap.title)
  return years.has(Number(roadmap.startDate.slice(0, 4))) && years.has(Number(roadmap.endDate.slice(0, 4)))
}

/** Where the requisites are typed, and the names they hold corrected for every document. */
const REQUISITES_PAGE = '/settings/school'

/**
 * The school in a case in a document's sentence: as the requisites correct it or the rules decline it
 * (`data/schoolName.ts`), listed for the curator to correct in this document alone.
 */
export const schoolNamed = (names: DocumentNames, requisites: SchoolNames, schoolCase: SchoolCase): string =>
  names.name('school', schoolNameOf(requisites), schoolCase, { decline: () => schoolInCase(requisites, schoolCase), correctAt: REQUISITES_PAGE })

/** The director in a case: as the requisites correct their name, or by the rules. */
export const directorNamed = (names: DocumentNames, requisites: Requisites, nameCase: NameCase): string =>
  names.name('director', requisites.directorName, nameCase, { decline: declineWith(requisites.directorNameForms), correctAt: REQUISITES_PAGE })

/**
 * A curator in a case (`who`: 'curator', 'curator2'…), as the requisites correct the curator's name where it is theirs
 * (a programme's card may name another), or by the rules.
 */
function curatorNamed(names: DocumentNames, requisites: Requisites, who: string, name: string, nameCase: NameCase): string {
  const theirs = name.trim() === requisites.curatorName.trim()
  return names.name(who, name, nameCase, theirs ? { decline: declineWith(requisites.curatorNameForms), correctAt: REQUISITES_PAGE } : {})
}

/** A person of the registry in a case: as their card corrects their name, or by the rules («…» for a card not on the device). */
export const personNamed = (names: DocumentNames, id: string, person: Person | undefined, nameCase: NameCase): string =>
  names.name(id, person?.name ?? '…', nameCase, person ? { decline: declineWith(person.nameForms), correctAt: `/people/${id}` } : {})

/** The school after «в»: «в Гимназии № 2». */
export const schoolIn = (names: DocumentNames, requisites: SchoolNames): string => schoolNamed(names, requisites, 'prepositional')

/**
 * A report's period in the words its sentences take: «за {period}» (2025 год, 2024/2025 учебный год), «в {periodIn}»
 * (2025 году, 2024/2025 учебном году), and `years` for a file's name (2025, 2024-2025).
 */
export function periodWords(period: ReportPeriod): { period: string, periodIn: string, years: string } {
  const words = { year: period.year, next: period.year + 1 }
  return period.kind === 'school'
    ? { period: t('period.school', words), periodIn: t('period.schoolIn', words), years: `${period.year}-${period.year + 1}` }
    : { period: t('period.calendar', words), periodIn: t('period.calendarIn', words), years: String(period.year) }
}
