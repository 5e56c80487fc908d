import type { ItemResult } from '#shared/surveys/results'
import './messages.ts'
import { t } from '../../i18n/index.ts'

/** Figures as the results tables show them: a mean to one decimal, a share as whole per cent. */
export const formatMean = (value: number) => value.toLocaleString('ru-RU', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
export const formatShare = (share: number) => `${Math.round(share * 100)} %`

/** Why an item shows no figures: too few answers, or free text that waits for the campaign to close. */
export const hiddenItemText = (item: Extract<ItemResult, { hidden: true }>) =>
  'untilClosed' in item ? t('surveys.results.textUntilClosed', { n: item.count }) : t('surveys.results.hiddenItem', { n: item.count })
