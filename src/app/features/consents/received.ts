import { type Consent, consentFieldsOn } from '#shared/model/consent'
import { type ConsentBook, coveredUntil, guardianSignsFirst } from '#shared/model/consentRules'
import type { Person } from '#shared/model/person'
import type { RecordFields } from '#shared/model/record'
import { checkForm } from '../../composables/fieldErrors.ts'

type Lacking = Pick<Person, 'id' | 'name' | 'category' | 'classGroup' | 'birthDate' | 'isMentor' | 'isMentee' | 'erased'>

/**
 * Who a stack of paper personal-data consents (152-ФЗ) may be for: the people of the bases and of the pairs with
 * none in force today, by class, then by name (a class hands its forms in together). The written consent to the
 * duties (ТК РФ ст. 351.8) is not among them: its agreement's number, period and pay are entered on the card.
 */
export function lackingPersonalData<P extends Lacking>(people: readonly P[], book: ConsentBook, today: string, paired: ReadonlySet<string>): P[] {
  return people
    .filter(p => !p.erased && (p.isMentor || p.isMentee || paired.has(p.id)) && coveredUntil(book, p, 'pdn', today) === null)
    .sort((a, b) => a.classGroup.localeCompare(b.classGroup, 'ru', { numeric: true }) || a.name.localeCompare(b.name, 'ru'))
}

/** What the curator enters once for the whole stack. */
export interface Received {
  date: string
  documentRef: string
}

type ConsentDraft = RecordFields<Consent>
/** A row's field in the form's errors: the one name typed in that row. */
export const guardianField = (personId: string) => `guardian.${personId}`

/**
 * The consents the ticked rows make, each checked by the same schema as the card's form: a minor's (or a pupil's of
 * unknown age) signed by the законный представитель named in its row, an adult's by themself. The errors are keyed
 * `date`, `documentRef` and `guardian.<id>`.
 */
export function checkReceived(ticked: readonly Lacking[], received: Received, guardians: Readonly<Record<string, string>>, today: string):
  { ok: true, value: ConsentDraft[] } | { ok: false, errors: Record<string, string> } {
  const errors: Record<string, string> = {}
  const value: ConsentDraft[] = []
  for (const person of ticked) {
    const guardian = guardianSignsFirst(person, received.date)
    const checked = checkForm(consentFieldsOn(today), {
      personId: person.id,
      kind: 'pdn',
      signedBy: guardian ? 'guardian' : 'self',
      guardianName: guardian ? (guardians[person.id] ?? '').trim() : '',
      date: received.date,
      documentRef: received.documentRef.trim(),
      withdrawnDate: '',
    })
    if (checked.ok) {
      value.push(checked.value)
      continue
    }
    for (const [field, message] of Object.entries(checked.errors))
      errors[field === 'guardianName' ? guardianField(person.id) : field] = message
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value }
}
