import type { IndicatorValue } from '#shared/indicators/compute'
import { builtInRule, isIndicatorKey } from '#shared/indicators/definitions'
import { locale, t } from '../i18n/index.ts'
import '../features/monitoring/messages.ts'

export function percentText(value: number | null): string {
  return value === null ? '—' : `${value.toLocaleString(locale.value, { maximumFractionDigits: 1 })} %`
}

/** An indicator's name: the school's own words, or the built-in's in the reader's language. */
export function indicatorName(value: IndicatorValue): string {
  return value.own?.name ?? (isIndicatorKey(value.key) ? t(`monitoring.indicators.names.${value.key}`) : value.key)
}

const SHORT = 48

/** The name where room is short (a chart's axis, a column's head): the built-in's short one, or the school's cut. */
export function indicatorShortName(value: IndicatorValue): string {
  if (!value.own && isIndicatorKey(value.key))
    return t(`monitoring.indicators.short.${value.key}`)
  const name = indicatorName(value)
  return name.length > SHORT ? `${name.slice(0, SHORT - 1).trimEnd()}…` : name
}

const isSatisfaction = (value: IndicatorValue) =>
  (value.own?.measure ?? (isIndicatorKey(value.key) ? builtInRule(value.key).measure : undefined)) === 'satisfaction'

/** What the share is made of: «12 из 240», or why there is none. */
function basisText(value: IndicatorValue): string {
  if (value.denominator !== null)
    return t('monitoring.indicators.fraction', { part: value.numerator, whole: value.denominator })
  return isSatisfaction(value)
    ? t('monitoring.indicators.noAnswers')
    : t('monitoring.indicators.noDenominator', { part: value.numerator })
}

function metText(value: IndicatorValue): string {
  return value.met === null ? t('monitoring.indicators.noData') : value.met ? t('monitoring.indicators.met') : t('monitoring.indicators.notMet')
}

/** One row per indicator: name, actual, target, basis, verdict — the dashboard's table and the справка's. */
export function indicatorRows(values: readonly IndicatorValue[]): string[][] {
  return values.map(v => [indicatorName(v), percentText(v.value), percentText(v.target), basisText(v), metText(v)])
}

export const indicatorHead = (): string[] =>
  [t('monitoring.indicators.name'), t('monitoring.indicators.actual'), t('monitoring.indicators.target'), t('monitoring.indicators.basis'), t('monitoring.indicators.verdict')]

/**
 * The indicators that apply to the school's programmes: its own, or someone counted, or a total entered. A teachers-only
 * school's справка and monitoring carry no «нет данных» rows for pupils, whatever targets the defaults hold.
 */
export const applyingIndicators = (values: readonly IndicatorValue[]): IndicatorValue[] =>
  values.filter(v => v.own || v.numerator > 0 || v.denominator !== null)
