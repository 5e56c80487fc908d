import { withoutNumberSign } from '#shared/model/fields'
import type { RoadmapEvent } from '#shared/model/roadmapEvent'
import { formatDate, t } from '../i18n/index.ts'
import '../features/roadmap/messages.ts'

/**
 * The document an event was carried out by, as the roadmap's row and the справка both write it: «Приказ № 41 от
 * 12 сентября 2022 г.», a number typed with its own «№» not doubled.
 */
export function issuedText(issued: RoadmapEvent['issued']): string {
  if (!issued)
    return ''
  return [issued.kind, issued.number && `№ ${withoutNumberSign(issued.number)}`, issued.date && t('roadmap.issuedOf', { date: formatDate(issued.date) })].filter(Boolean).join(' ')
}
