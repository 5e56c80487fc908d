import { t } from '../../i18n/index.ts'
import './messages.ts'
import type { MessageKey } from '../../i18n/messages.ts'
import { MAX_FILE_MB } from '../../data/spreadsheet.ts'
import { MAX_ROWS, type ParseFailure } from './parse.ts'
import type { Problem } from './check.ts'

/** «Строка 7, «Дата рождения»: «31.02.2010» — не дата: нужно ДД.ММ.ГГГГ». */
export function describeProblem(problem: Problem): string {
  const message = t(`import.problems.${problem.code}` as MessageKey, {
    value: problem.value,
    limit: problem.limit ?? '',
    // An age or a count picks the plural («11 лет», «2 участника»).
    n: problem.limit ?? 0,
    other: problem.otherRow ?? '',
  })
  return t('import.problemAt', { row: problem.row, column: problem.column, message })
}

export function describeFileFailure(reason: ParseFailure): string {
  if (typeof reason === 'object')
    return t('import.fileFailures.unclosed_quote', { row: reason.unclosedQuoteRow })
  return t(`import.fileFailures.${reason}` as MessageKey, { max: reason === 'too_big' ? MAX_FILE_MB : MAX_ROWS.toLocaleString('ru') })
}
