import type { DeadlineContext, ParsedDeadline, Reader } from './parsedDeadline.ts'
import { readDated, trimEdges } from './readDated.ts'
import { readRecurring, readStanding } from './readStanding.ts'

export type { DeadlineContext, DeadlineProblem, ParsedDeadline } from './parsedDeadline.ts'

/** Reads a «сроки» cell as the seeds write it; what it cannot read is kept as text with a problem. */
export function parseDeadline(written: string, context: DeadlineContext): ParsedDeadline {
  const text = written.replace(/\s+/g, ' ').trim()
  const words = normalize(text)
  if (!words)
    return { deadline: { kind: 'text', text }, problem: 'empty' }
  // Dated before standing, so «в течение сентября 2024» is September 2024 and not «постоянно».
  const readers: Reader[] = [readExternal, readRecurring, readDated, readStanding]
  for (const read of readers) {
    const parsed = read(words, text, context)
    if (parsed)
      return parsed
  }
  return { deadline: { kind: 'text', text }, problem: 'unparsed' }
}

/** Lower case, one kind of dash, no «г.», «года», «гг.» after a year, so the readers see one spelling. */
function normalize(text: string): string {
  return trimEdges(text.toLowerCase().replace(/ё/g, 'е')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/(\d{4})\s*(?:гг|года|год|г)(?![а-я])\.?/g, '$1')
    .replace(/\s+/g, ' '))
}

const readExternal: Reader = (words, text) =>
  /в соответствии с|согласно (?:срок|график|план)|по графику/.test(words) ? { deadline: { kind: 'external', text } } : undefined
