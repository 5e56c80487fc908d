import { addDays } from '#shared/dates'
import { formatDate, t } from '../../i18n/index.ts'

/** A planned day as a mentor says it: «сегодня», «завтра», or the date. */
export function nearDate(date: string, today: string): string {
  if (date === today)
    return t('mentor.today')
  return date === addDays(today, 1) ? t('mentor.tomorrow') : formatDate(date)
}
