import { createHash, randomInt, timingSafeEqual } from 'node:crypto'

// No 0/O or 1/I/L: codes are read off a console or a sheet of paper and typed by hand.
const ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789'

/** Codes people type, in groups of four: `ABCD-EFGH-JKLM` (12 characters, about 59 bits). */
export function newHandCode(length: number): string {
  const chars = Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
  return chars.match(/.{1,4}/g)!.join('-')
}

/** What a person may type differently from the printout: case, dashes, spaces. */
export function normaliseHandCode(input: string): string {
  return input.toUpperCase().replace(/[\s\-–—]/g, '')
}

/** A one-time setup token like `ABCD-EFGH-JKLM`, printed to the console at start. */
export function newSetupToken(): string {
  return newHandCode(12)
}

// Hashing first gives equal-length buffers, which timingSafeEqual requires, without revealing the length.
const digest = (value: string) => createHash('sha256').update(normaliseHandCode(value)).digest()

export function setupTokenMatches(expected: string | null, input: string): boolean {
  if (expected === null)
    return false
  return timingSafeEqual(digest(expected), digest(input))
}
