import type { AgeBand, IndicatorDefinition } from '../model/indicatorDefinition.ts'
import type { PersonCategory } from '../model/person.ts'
import type { RecordFields } from '../model/record.ts'
import type { IndicatorKey } from './definitions.ts'
import type { TableRow } from './table.ts'

type Guessed = Pick<IndicatorDefinition, 'measure' | 'role' | 'categories' | 'ageBand' | 'denominator' | 'basedOn'>

const has = (text: string, pattern: RegExp) => pattern.test(text)

/**
 * «от 10 до 19 лет», «10–19 лет» → 10–19; «до 18 лет» → 0–17 (under 18); none → null. Years of work
 * («с опытом работы от 0 до 3 лет», «стаж») are not an age.
 */
function ageBandOf(text: string): AgeBand | null {
  const ages = text.replace(/(?:опыт|стаж)[^,)]*/gi, '')
  const range = /(?:от\s+)?(\d{1,3})\s*(?:до|[–—-])\s*(\d{1,3})\s+лет/i.exec(ages)
  if (range)
    return { from: Number(range[1]), to: Number(range[2]) }
  const under = /до\s+(\d{1,3})\s+лет/i.exec(ages)
  return under ? { from: 0, to: Math.max(Number(under[1]) - 1, 0) } : null
}

function categoriesOf(text: string): PersonCategory[] {
  if (has(text, /молод\S* специалист/i))
    return ['young_specialist']
  if (has(text, /обучающ|учащ|дет(ей|и)|подрост|школьник|студент/i))
    return ['student', 'college_student']
  if (has(text, /педагог|учител/i))
    return ['teacher', 'young_specialist']
  return []
}

/** The built-in a guessed definition counts the same people as; a narrower or wider age band is another kind. */
function builtInOf(rule: Omit<Guessed, 'basedOn' | 'denominator'>): IndicatorKey | '' {
  if (rule.measure === 'partners')
    return 'partnersWithMentors'
  if (rule.measure === 'satisfaction')
    return rule.role === 'mentee' ? 'menteeSatisfaction' : 'mentorSatisfaction'
  if (rule.categories.includes('young_specialist') && rule.categories.length === 1)
    return rule.role === 'mentee' ? 'menteeYoungSpecialists' : ''
  const under18 = rule.ageBand?.from === 0 && rule.ageBand.to === 17
  if (under18 && rule.categories.includes('student'))
    return rule.role === 'mentee' ? 'menteeStudents' : 'mentorStudents'
  return ''
}

/**
 * The total as the table words it: «(… к общему количеству детей, проживающих в Кировской области)» →
 * «детей, проживающих в Кировской области»; or in the name, «… от общего числа предприятий» → «предприятий».
 */
function denominatorOf(name: string, note: string): string {
  const found = /к\s+общему\s+(?:количеству|числу)\s+(.+)$/i.exec(note) ?? /от\s+общего\s+(?:количества|числа)\s+(.+?)(?:,\s*%)?$/i.exec(name)
  return found?.[1]?.trim() ?? ''
}

/** A whole counted beyond the school's registry: «предприятий, осуществляющих деятельность в Кировской области». */
const BEYOND_SCHOOL = /област|кра[йяе]\b|регион|республик|округ|район|муниципал|осуществляющ/i

/**
 * What a row of a school's table most likely counts, read from its Russian words: who (the role and category),
 * of what age, and the total it is a share of. A guess the curator checks in the preview and can edit after.
 */
function guessRule(name: string, note: string): Guessed {
  const text = `${name} ${note}`
  const measure: Guessed['measure'] = has(text, /удовлетвор/i) ? 'satisfaction' : has(name, /предприяти|организаци|партн[её]р/i) ? 'partners' : 'participants'
  const rule: Omit<Guessed, 'basedOn' | 'denominator'> = measure === 'participants'
    ? { measure, role: has(name, /в роли наставника/i) ? 'mentor' : 'mentee', categories: categoriesOf(name), ageBand: ageBandOf(name) }
    : { measure, role: measure === 'partners' || has(name, /удовлетвор\S* наставников/i) ? 'mentor' : 'mentee', categories: [], ageBand: null }
  const denominator = measure === 'satisfaction' ? '' : denominatorOf(name, note)
  // The school's partners are not the companies of a region: such a share is the built-in's only when its whole is the school's.
  return { ...rule, denominator, basedOn: measure === 'partners' && BEYOND_SCHOOL.test(denominator) ? '' : builtInOf(rule) }
}

/** A table's row as a definition of the school, placed at `position`. */
export function definitionOfRow(row: TableRow, position: number): RecordFields<IndicatorDefinition> {
  return { name: row.name, note: row.note, ...guessRule(row.name, row.note), targets: row.targets, totals: {}, unit: '%', position }
}
