import { localCalendarDate } from '#shared/dates'
import { consentBook, type PersonFacts, pairConsents, pairingGap, pairStanding } from '#shared/model/consentRules'
import type { Pair } from '#shared/model/pair'
import type { RecordFields } from '#shared/model/record'
import { liveRecords } from '../../records/read.ts'
import type { StoredRecord } from '../../records/row.ts'
import { type EntityRule, refusal } from '../context.ts'
import { batchConsents } from './batchConsents.ts'
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
 * The mentor's phone holds no consents (nor the birth dates they are judged by): it is told, on each of its
 * pairs, whether the pair is suspended for lack of one and until when the consents last. The consents of the
 * people in its pairs are read, by their person.
 */
const overlay: EntityRule['overlay'] = async (db, owner, sets) => {
  const marks = new Map<string, Record<string, unknown>>()
  if (owner.role !== 'mentor' || sets.pairs.size === 0)
    return marks
  const pairs = await liveRecords(db, owner.schoolId, 'pairs', { ids: [...sets.pairs] })
  const people = new Map<string, PersonFacts>((await liveRecords(db, owner.schoolId, 'people', { ids: [...sets.people] })).map(p => [p.id, p]))
  const book = consentBook(await liveRecords(db, owner.schoolId, 'consents', { owners: [...sets.people] }))
  const today = localCalendarDate()
  for (const pair of pairs) {
    const standing = pairStanding(pair, pairConsents(pair, people, book, today))
    if (Object.keys(standing).length)
      marks.set(pair.id, { ...standing })
  }
  return marks
}

/**
 * No consent, no pairing (DESIGN.md, Consent; the pair form applies the same `pairingGap`): whoever joins a
 * running pair needs the consents of their place in force, counting consents signed or withdrawn earlier in
 * the same batch. Members a running pair already had are not asked again (a lost consent suspends the pair,
 * it does not make it unsaveable), and an ended pair is never refused, so it can always be closed. The server
 * keeps who led the pair before (`formerMentors`).
 */
export const pairs: EntityRule = {
  scope,
  overlay,
  reads: ['consents', 'people'],
  judge: (_db, batch) => ({
    complete: (data, current) => withFormerMentors(batch, data, current),
    check: (data, _mutation, current: StoredRecord | undefined) => {
      const { book, people } = batchConsents(batch)
      const before = current && !current.deleted ? current.data as RecordFields<Pair> : undefined
      const gap = pairingGap(data as RecordFields<Pair>, before, people, book, batch.today)
      if (!gap)
        return null
      const problem = gap.kind === 'mentor_duties' ? 'no_duties_consent' : gap.field === 'mentorId' ? 'no_consent_mentor' : 'no_consent_mentee'
      return refusal('invalid', problem, gap.field)
    },
  }),
}
