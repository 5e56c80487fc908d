import { t } from '../../../i18n/index.ts'
import '../messages.ts'
import '../../people/messages.ts'
import { db } from '../../../db/index.ts'
import { writeRecords } from '../commit.ts'
import { hasName } from '../mapping.ts'
import { dotted } from '../preview.ts'
import type { ImportTarget } from '../target.ts'
import { CONSENT_COLUMNS, type ConsentField } from './fields.ts'
import { peopleByName } from './match.ts'
import type { ConsentImport } from './row.ts'
import { checkConsents } from './validate.ts'

/**
 * A school's register of signed consents → consents on the cards of the people they name. Written in one
 * transaction: all the confirmed rows or, if anything fails, none.
 */
export const consentImport: ImportTarget<ConsentField, ConsentImport, null> = {
  kind: 'consents',
  columns: CONSENT_COLUMNS,
  preview: ['name', 'birthDate', 'kind', 'signedBy', 'date', 'documentRef'],
  show: ({ consent, person }) => ({
    name: person.name,
    birthDate: dotted(person.birthDate),
    kind: t(`consents.kinds.${consent.kind}`),
    signedBy: consent.signedBy === 'guardian' && consent.guardianName ? `${t('consents.signers.guardian')} (${consent.guardianName})` : t(`consents.signers.${consent.signedBy}`),
    date: dotted(consent.date),
    documentRef: consent.documentRef,
  }),
  options: () => null,
  ready: mapping => hasName(mapping) && mapping.date !== undefined,
  async check(sheet, mapping, _options, today) {
    const [people, consents] = await Promise.all([db.people.where('deleted').equals(0).toArray(), db.consents.where('deleted').equals(0).toArray()])
    return checkConsents(sheet, { mapping, today, people: peopleByName(people) }, consents)
  },
  async write(rows, onProgress) {
    await writeRecords(db, 'consents', rows.map(r => r.consent), { chunk: Infinity, onProgress })
  },
  tickRepeats: false,
}
