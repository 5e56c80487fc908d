/** Figures as the results tables show them: a mean to one decimal, a share as whole per cent. */
export const formatMean = (value: number) => value.toLocaleString('ru-RU', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
export const formatShare = (share: number) => `${Math.round(share * 100)} %`
