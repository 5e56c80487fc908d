import type { IndicatorValue } from '#shared/indicators/compute'
import { locale, t } from '../i18n/index.ts'
import '../features/monitoring/messages.ts'

export function percentText(value: number | null): string {
  return value === null ? '—' : `${value.toLocaleString(locale.value, { maximumFractionDigits: 1 })} %`
}

/** What the share is made of: «12 из 240», or why there is none. */
function basisText(value: IndicatorValue): string {
  if (value.denominator !== null)
    return t('monitoring.indicators.fraction', { part: value.numerator, whole: value.denominator })
  return value.key === 'menteeSatisfaction' || value.key === 'mentorSatisfaction'
    ? t('monitoring.indicators.noAnswers')
    : t('monitoring.indicators.noDenominator', { part: value.numerator })
}

function metText(value: IndicatorValue): string {
  return value.met === null ? t('monitoring.indicators.noData') : value.met ? t('monitoring.indicators.met') : t('monitoring.indicators.notMet')
}

/** One row per indicator: name, actual, target, basis, verdict — the dashboard's table and the справка's. */
export function indicatorRows(values: readonly IndicatorValue[]): string[][] {
  return values.map(v => [t(`monitoring.indicators.names.${v.key}`), percentText(v.value), percentText(v.target), basisText(v), metText(v)])
}

export const indicatorHead = (): string[] =>
  [t('monitoring.indicators.name'), t('monitoring.indicators.actual'), t('monitoring.indicators.target'), t('monitoring.indicators.basis'), t('monitoring.indicators.verdict')]
