import { createHash } from 'node:crypto'
import { newHandCode, normaliseHandCode } from '../setup/token.ts'

/** 12 characters from a 30-letter alphabet, about 59 bits: not guessable, and typeable from a card. */
export const newCardCode = () => newHandCode(12)

const digest = (purpose: string, code: string) => createHash('sha256').update(`${purpose}:${normaliseHandCode(code)}`).digest('hex')

/** What `ballots` keeps of a card. */
export const codeHash = (code: string) => digest('ballot', code)

/**
 * What `survey_answers` keeps of a card: the same for every campaign the card answers (entry, exit), and
 * a different hash from the ballot's, so the answers table alone does not repeat the ballots' keys.
 */
export const pseudonymOf = (code: string) => digest('respondent', code)
