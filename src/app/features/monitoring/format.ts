import type { IndicatorValue } from '#shared/indicators/compute'
import { locale } from '../../i18n/index.ts'
import { tm } from './messages.ts'

export function percentText(value: number | null): string {
  return value === null ? '—' : `${value.toLocaleString(locale.value, { maximumFractionDigits: 1 })} %`
}

/** What the share is made of: «12 из 240», or why there is none. */
function basisText(value: IndicatorValue): string {
  if (value.denominator !== null)
    return tm('indicators.fraction', { part: value.numerator, whole: value.denominator })
  return value.key === 'menteeSatisfaction' || value.key === 'mentorSatisfaction'
    ? tm('indicators.noAnswers')
    : tm('indicators.noDenominator', { part: value.numerator })
}

function metText(value: IndicatorValue): string {
  return value.met === null ? tm('indicators.noData') : value.met ? tm('indicators.met') : tm('indicators.notMet')
}

/** One row per indicator: name, actual, target, basis, verdict — the dashboard's table and the справка's. */
export function indicatorRows(values: readonly IndicatorValue[]): string[][] {
  return values.map(v => [tm(`indicators.names.${v.key}`), percentText(v.value), percentText(v.target), basisText(v), metText(v)])
}

export const indicatorHead = (): string[] =>
  [tm('indicators.name'), tm('indicators.actual'), tm('indicators.target'), tm('indicators.basis'), tm('indicators.verdict')]
