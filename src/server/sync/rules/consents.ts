import type { Consent } from '#shared/model/consent'
import { signerRule } from '#shared/model/consentRules'
import type { Person } from '#shared/model/person'
import type { RecordFields } from '#shared/model/record'
import { type EntityRule, refusal } from '../context.ts'

/** What decides who may sign: a withdrawal, or any other edit that leaves these alone, is not judged again. */
const SIGNING = ['personId', 'kind', 'signedBy', 'date'] as const

/**
 * Under 14 only a законный представитель signs a personal-data consent (the consent form applies the same
 * `signerRule`), judged by the person's birth date on the day of signing; a pupil of unknown age counts as a child.
 */
export const consents: EntityRule = {
  reads: ['people'],
  judge: (_db, batch) => ({
    check: (data, mutation) => {
      if (!SIGNING.some(field => Object.hasOwn(mutation.fields, field)))
        return null
      const consent = data as RecordFields<Consent>
      const person = batch.live.get('people')?.get(consent.personId)?.data as RecordFields<Person> | undefined
      // A card the school does not hold has no age to judge by (the pairing gate asks for a card's consent).
      if (!person)
        return null
      const { problem } = signerRule(consent, person)
      return problem ? refusal('invalid', problem, 'signedBy') : null
    },
  }),
}
