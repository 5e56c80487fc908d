import { withoutNumberSign } from '#shared/model/fields'
import type { Partner } from '#shared/model/partner'
import type { SortColumn } from '../../data/sortRows.ts'
import { t } from '../../i18n/index.ts'
import './messages.ts'

/** A partner as its list shows it: with the number of mentors it provides (an indicator counts them). */
export interface PartnerRow { partner: Partner, mentors: number }
export type PartnerSortKey = 'name' | 'number' | 'date' | 'contact' | 'mentors'

export const PARTNER_COLUMNS: ReadonlyArray<SortColumn<PartnerRow, PartnerSortKey>> = [
  { key: 'name', label: () => t('partners.name'), value: r => r.partner.name },
  { key: 'number', label: () => t('partners.agreementNumber'), value: r => withoutNumberSign(r.partner.agreementNumber) || undefined },
  { key: 'date', label: () => t('partners.agreementDate'), value: r => r.partner.agreementDate || undefined },
  { key: 'contact', label: () => t('partners.contact'), value: r => r.partner.contact || undefined },
  { key: 'mentors', label: () => t('partners.mentorsColumn'), value: r => r.mentors },
]
