import type { Consent } from '#shared/model/consent'
import { type ImportCheck, tally } from '../check.ts'
import { columnName } from '../columns.ts'
import { normalizeHeader } from '../mapping.ts'
import type { Sheet } from '../parse.ts'
import { checkConsentRow, type ConsentImport, type ConsentRowContext } from './row.ts'

type ConsentFacts = Pick<Consent, 'personId' | 'kind' | 'signedBy' | 'date' | 'documentRef'>

/** The same paper: one person's consent of a kind, signed by the same side on the same day, with the same number («№ 15» is «15»). */
function consentKey(c: ConsentFacts): string {
  return [c.personId, c.kind, c.signedBy, c.date, normalizeHeader(c.documentRef)].join('|')
}

/**
 * Checks every row of a consents file; a row that repeats a consent already recorded (or an earlier row) is
 * skipped and counted, never written twice.
 */
export function checkConsents(sheet: Sheet, context: ConsentRowContext, existing: Iterable<ConsentFacts>): ImportCheck<ConsentImport> {
  const nameColumn = columnName(sheet.header, context.mapping.name ?? context.mapping.lastName)
  return tally(sheet, row => checkConsentRow(row, sheet.header, context), {
    key: r => consentKey(r.consent),
    known: new Set([...existing].map(consentKey)),
    inFile: (row, r, earlier) => ({ row, column: nameColumn, code: 'consent_in_file', value: r.person.name, otherRow: earlier }),
    existing: (row, r) => ({ row, column: nameColumn, code: 'consent_exists', value: r.person.name }),
  })
}
