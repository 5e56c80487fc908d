import type { IndicatorDefinition } from '#shared/model/indicatorDefinition'
import type { RecordFields } from '#shared/model/record'
import { liveDefinitions } from '#shared/indicators/compute'
import { uuidv7 } from '#shared/ids'
import { db } from '../../db/index.ts'
import { mutate } from '../../db/mutate.ts'
import { t } from '../../i18n/index.ts'
import '../people/messages.ts'
import './messages.ts'

/** Adds definitions after the school's last one, each through `mutate` (its own outbox entry). */
export async function addDefinitions(definitions: ReadonlyArray<RecordFields<IndicatorDefinition>>): Promise<void> {
  const existing = liveDefinitions(await db.indicatorDefinitions.toArray())
  const after = existing.reduce((last, d) => Math.max(last, d.position + 1), 0)
  for (const [i, definition] of definitions.entries())
    await mutate(db, 'indicatorDefinitions', uuidv7(), 'create', { ...definition, position: after + i })
}

/** A blank definition: participants as mentees, any category and age, no years yet. */
export const blankDefinition = (position = 0): RecordFields<IndicatorDefinition> =>
  ({ name: '', note: '', measure: 'participants', role: 'mentee', categories: [], ageBand: null, denominator: '', targets: {}, totals: {}, unit: '%', position, basedOn: '' })

/** Who a definition counts, in a line: «наставляемые · обучающийся, студент · 10–19 лет». */
export function whoText(d: Pick<IndicatorDefinition, 'measure' | 'role' | 'categories' | 'ageBand'>): string {
  if (d.measure !== 'participants')
    return `${t(`indicators.measures.${d.measure}`)}${d.measure === 'satisfaction' ? ` · ${t(`indicators.roles.${d.role}`)}` : ''}`
  const categories = d.categories.length ? d.categories.map(c => t(`people.categories.${c}`)).join(', ') : t('indicators.anyCategory')
  const age = d.ageBand === null ? [] : [d.ageBand.from === 0 ? t('indicators.under', { n: d.ageBand.to + 1 }) : t('indicators.ageText', { from: d.ageBand.from, to: d.ageBand.to })]
  return [`${t('indicators.role')} ${t(`indicators.roles.${d.role}`)}`, categories, ...age].join(' · ')
}

/** The years of a definition's table, oldest first: those with a target or a total. */
export const yearsOf = (d: Pick<IndicatorDefinition, 'targets' | 'totals'>): string[] =>
  [...new Set([...Object.keys(d.targets), ...Object.keys(d.totals)])].sort()
