import { type Consent, consentedPeople, pairLacksConsent } from '#shared/model/consent'
import type { Pair } from '#shared/model/pair'
import type { RecordFields } from '#shared/model/record'
import { liveRecords } from '../../records/read.ts'
import { type EntityRule, refusal } from '../context.ts'
import { withFormerMentors } from './formerMentors.ts'

/**
 * A mentor's scope: own pairs (any status, not deleted), the people in them (own card and the mentees) and
 * their programs. A mentee's: the programs of the pairs they are in (to name a survey), no pairs, no people —
 * a mentee's pairs hang on their mentor (`ref_id`), so they are found among the school's live pairs: a few
 * hundred small rows, read only when the school changed since the device's cursor.
 */
const scope: EntityRule['scope'] = async (db, owner, sets) => {
  if (owner.role === 'mentor') {
    sets.people.add(owner.personId)
    for (const pair of await liveRecords(db, owner.schoolId, 'pairs', { owner: owner.personId })) {
      sets.pairs.add(pair.id)
      // `?? []`: a pair stored before its schema required mentees must not break every pull of the school.
      pair.menteeIds?.forEach(id => sets.people.add(id))
      if (pair.programId)
        sets.programs.add(pair.programId)
    }
  }
  if (owner.role === 'mentee') {
    for (const pair of await liveRecords(db, owner.schoolId, 'pairs')) {
      if (pair.programId && pair.menteeIds?.includes(owner.personId))
        sets.programs.add(pair.programId)
    }
  }
}

/**
 * No consent, no pairing (DESIGN.md, Consent; the pair form applies the same rule): an active pair's mentor
 * and every mentee need a consent in force, counting consents signed or withdrawn earlier in the same batch.
 * An ended pair is not checked, so a pair can still be closed after a consent is withdrawn. The server keeps who
 * led the pair before (`formerMentors`).
 */
export const pairs: EntityRule = {
  scope,
  reads: ['consents'],
  judge: (_db, batch) => ({
    complete: (data, current) => withFormerMentors(batch, data, current),
    check: (data) => {
      const consents = [...batch.live.get('consents')?.values() ?? []]
      const inForce = consentedPeople(consents.map(c => ({ ...c.data as Pick<Consent, 'personId' | 'withdrawnDate'>, deleted: c.deleted })))
      const lacking = pairLacksConsent(data as RecordFields<Pair>, inForce)
      return lacking && refusal('invalid', lacking === 'mentorId' ? 'no_consent_mentor' : 'no_consent_mentee', lacking)
    },
  }),
}
