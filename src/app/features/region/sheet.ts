import type { RegionIndicators } from '#shared/api/region'
import type { IndicatorValue } from '#shared/indicators/compute'
import type { Cell, SheetData } from 'write-excel-file/universal'
import { valueFor } from '#shared/indicators/total'
import { indicatorShortName } from '../../data/indicatorText.ts'
import '../monitoring/messages.ts'
import { t } from '../../i18n/index.ts'

const numberCell = (value: number | null): Cell => (value === null ? null : { value, type: Number })

/** One row per school and a total row; per regional total its value, target, numerator and denominator (percent as a number). */
export function regionSheet(data: RegionIndicators, totalLabel: string): SheetData {
  const keys = data.total.map(v => v.key)
  const head: Cell[] = [{ value: '', fontWeight: 'bold' }, ...data.total.flatMap(total => [
    { value: `${indicatorShortName(total)}, %`, fontWeight: 'bold' as const },
    { value: t('monitoring.indicators.target'), fontWeight: 'bold' as const },
    { value: t('monitoring.indicators.basis'), fontWeight: 'bold' as const },
  ])]
  const row = (name: string, values: readonly IndicatorValue[]): Cell[] => [name, ...keys.flatMap((key) => {
    const v = valueFor(values, key)
    return [numberCell(v?.value ?? null), numberCell(v?.target ?? null), v ? `${v.numerator} / ${v.denominator ?? '—'}` : '']
  })]
  return [head, ...data.schools.map(s => row(s.name, s.indicators)), row(totalLabel, data.total)]
}
