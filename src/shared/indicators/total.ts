import { INDICATOR_KEYS, isIndicatorKey, seedTarget } from './definitions.ts'
import { type IndicatorValue, shareOf } from './compute.ts'

const NAMED = 'name:'

/** A name as schools that copied one table write it: case, spaces and «ё» aside. */
const normalName = (name: string) => name.toLocaleLowerCase('ru').replaceAll('ё', 'е').replace(/\s+/g, ' ').trim()

/**
 * The regional total a school's value adds to: its built-in indicator's (its own key, or the built-in its
 * definition stands for), else — a kind of the school's own — the total of every school's indicator of the
 * same name (schools of a region that applied its table share the names).
 */
export function totalKeyOf(value: IndicatorValue): string {
  if (!value.own)
    return value.key
  return value.own.basedOn || `${NAMED}${normalName(value.own.name)}`
}

/** A school's values as the region gets them: keyed by the total each adds to, never by a definition's record id. */
export const regionValues = (values: readonly IndicatorValue[]): IndicatorValue[] => values.map(v => ({ ...v, key: totalKeyOf(v) }))

/** A school's value for a regional total; a school with two definitions of one built-in gives its first. */
export const valueFor = (values: readonly IndicatorValue[], totalKey: string): IndicatorValue | undefined =>
  values.find(v => totalKeyOf(v) === totalKey)

/** The totals a roll-up shows: the six built-in ones always, then the schools' own kinds in the order met. */
function totalKeys(schools: ReadonlyArray<readonly IndicatorValue[]>): string[] {
  const named = schools.flatMap(values => values.map(totalKeyOf)).filter(key => key.startsWith(NAMED))
  return [...INDICATOR_KEYS, ...new Set(named)]
}

const average = (targets: readonly number[]) => Math.round(targets.reduce((a, b) => a + b, 0) / targets.length * 10) / 10

/**
 * Several schools' values as one: numerators and denominators are added, never the percentages, so a small
 * school weighs what it is. Schools without a denominator are left out of that indicator's total.
 */
export function sumIndicators(schools: ReadonlyArray<readonly IndicatorValue[]>): IndicatorValue[] {
  return totalKeys(schools).map((key) => {
    const found = schools.map(values => valueFor(values, key)).filter(v => v !== undefined)
    const counted = found.filter(v => v.denominator !== null)
    const numerator = counted.reduce((sum, v) => sum + v.numerator, 0)
    const denominator = counted.reduce((sum, v) => sum + (v.denominator ?? 0), 0)
    // The region has no targets of its own here: the schools' average stands for it.
    const targets = found.map(v => v.target).filter(t => t !== null)
    const target = targets.length ? average(targets) : isIndicatorKey(key) ? seedTarget(key, 0) : null
    const own = found[0]?.own
    return shareOf(key, numerator, denominator, target, isIndicatorKey(key) || !own ? undefined : { ...own, basedOn: '' })
  })
}
