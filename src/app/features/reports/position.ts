/**
 * The nouns a school's position starts from («заместитель директора по УВР», «учитель математики», «педагог-психолог»):
 * the ones a document declines. Any other word, an abbreviation («зам. директора») included, is left as typed.
 */
const HEADS = new Set([
  'заместитель', 'учитель', 'преподаватель', 'воспитатель', 'руководитель', 'председатель', 'советник', 'методист',
  'педагог', 'психолог', 'логопед', 'дефектолог', 'организатор', 'директор', 'тьютор', 'библиотекарь', 'специалист',
  'инспектор', 'мастер', 'вожатый', 'секретарь',
])

/** An adjective before the noun, masculine: «старший» → «старшего», «социальный» → «социального». */
function adjectiveAccusative(word: string): string | undefined {
  if (/[кгх]ий$/.test(word) || /[ыо]й$/.test(word))
    return `${word.slice(0, -2)}ого`
  if (/[жшчщ]ий$/.test(word))
    return `${word.slice(0, -2)}его`
  return undefined
}

/** A head noun of a man's (or a woman's: the position is named the same) position, animate: «учитель» → «учителя». */
function nounAccusative(word: string): string | undefined {
  const parts = word.split('-')
  if (!parts.every(part => HEADS.has(part)))
    return undefined
  return parts.map(part => (part.endsWith('ый') ? `${part.slice(0, -2)}ого` : part.endsWith('ь') ? `${part.slice(0, -1)}я` : `${part}а`)).join('-')
}

/**
 * A position in the accusative, as «назначить … (кого?)» needs it: its leading adjectives and its head noun declined,
 * the words after them («директора по УВР», «математики») already in the case they keep. Undefined when the head is
 * not a known position's: the caller prints it as typed.
 */
export function positionAccusative(position: string): string | undefined {
  const words = position.trim().split(/\s+/)
  const declined: string[] = []
  for (const [i, word] of words.entries()) {
    const lower = i === 0 && /^\p{Lu}\p{Ll}/u.test(word) ? word.toLocaleLowerCase('ru') : word
    const noun = nounAccusative(lower)
    if (noun)
      return [...declined, noun, ...words.slice(i + 1)].join(' ')
    const adjective = adjectiveAccusative(lower)
    if (!adjective)
      return undefined
    declined.push(adjective)
  }
  return undefined
}
