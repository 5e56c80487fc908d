import type { RegionIndicators } from '#shared/api/region'
import type { IndicatorValue } from '#shared/indicators/compute'
import type { Cell, SheetData } from 'write-excel-file/universal'
import { INDICATOR_KEYS } from '#shared/indicators/definitions'
import '../monitoring/messages.ts'
import { t } from '../../i18n/index.ts'

const numberCell = (value: number | null): Cell => (value === null ? null : { value, type: Number })

/** One row per school and a total row; per indicator its value, numerator and denominator (percent as a number). */
export function regionSheet(data: RegionIndicators, totalLabel: string): SheetData {
  const head: Cell[] = [{ value: '', fontWeight: 'bold' }, ...INDICATOR_KEYS.flatMap(key => [
    { value: `${t(`monitoring.indicators.short.${key}`)}, %`, fontWeight: 'bold' as const },
    { value: t('monitoring.indicators.target'), fontWeight: 'bold' as const },
    { value: t('monitoring.indicators.basis'), fontWeight: 'bold' as const },
  ])]
  const row = (name: string, values: readonly IndicatorValue[]): Cell[] => [name, ...INDICATOR_KEYS.flatMap((key) => {
    const v = values.find(x => x.key === key)
    return [numberCell(v?.value ?? null), numberCell(v?.target ?? null), v ? `${v.numerator} / ${v.denominator ?? '—'}` : '']
  })]
  return [head, ...data.schools.map(s => row(s.name, s.indicators)), row(totalLabel, data.total)]
}
