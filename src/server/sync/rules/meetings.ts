import { validate } from '#shared/api/validate'
import { isSuspended, pairConsents } from '#shared/model/consentRules'
import { meetingInPair, PAIR_CHECKED_FIELDS } from '#shared/model/meeting'
import type { Pair } from '#shared/model/pair'
import { isProblemCode } from '#shared/problems'
import type { StoredRecord } from '../../records/row.ts'
import { type Batch, type EntityRule, type Judge, type Rejection, refusal, type WireMutation } from '../context.ts'
import { batchConsents } from './batchConsents.ts'
import { heldWhenMade } from './formerMentors.ts'

const livePair = (batch: Batch, pairId: string): Pair | undefined => {
  const pair = batch.live.get('pairs')?.get(pairId)
  return pair && pair.deleted === 0 ? pair.data as unknown as Pair : undefined
}

/**
 * A mentor writes in his own name: a new meeting is held by him and entered by no one else. An existing one
 * keeps who typed it in, whoever edits it: «entered by» is the server's to write (`complete`). The curator may
 * set who held it (a paper journal's meeting, a correction).
 */
function keepsNames(batch: Batch, current: StoredRecord | undefined, mutation: WireMutation): Rejection | null {
  const { fields } = mutation
  if (current && Object.hasOwn(fields, 'enteredBy') && fields.enteredBy !== (current.data.enteredBy ?? ''))
    return refusal('forbidden', 'entered_by_curator', 'enteredBy')
  if (batch.owner.role !== 'mentor')
    return null
  // '' on a new one is «not known here» (a form saved before its pair had loaded): `complete` fills it in.
  const held: unknown[] = current ? [current.data.mentorId ?? ''] : [batch.owner.personId, '']
  if (Object.hasOwn(fields, 'mentorId') && !held.includes(fields.mentorId))
    return refusal('forbidden', 'meeting_mentor_self', 'mentorId')
  if (!current && Object.hasOwn(fields, 'enteredBy') && fields.enteredBy !== '')
    return refusal('forbidden', 'entered_by_curator', 'enteredBy')
  return null
}

function suspendedOn(batch: Batch, pairId: string, date: string): Rejection | null {
  const pair = livePair(batch, pairId)
  const { book, people } = batchConsents(batch)
  return pair && isSuspended(pair, pairConsents(pair, people, book, date)) ? refusal('invalid', 'pair_suspended', 'date') : null
}

/**
 * Meetings are written by the pair's mentor (also a former one, for what was made while the pair was theirs) and
 * by the curator, whose new ones the server marks with his name. A new one without its mentor (an app from
 * before the field) is held by the mentor who sends it, or for the curator's by the pair's mentor of the moment; the pair's period and a group's attendance are checked
 * by the shared rule. A pair suspended for a lost consent on the meeting's day takes no new meeting (an older
 * one, held before the consent was lost, may still be entered from paper, and any meeting edited).
 */
export const meetings: EntityRule = {
  reads: ['pairs', 'consents', 'people'],
  judge: (_db, batch): Judge => {
    const inPair = meetingInPair(pairId => livePair(batch, pairId))
    const heldBy = (data: Record<string, unknown>) => batch.owner.role === 'mentor' ? batch.owner.personId : livePair(batch, String(data.pairId))?.mentorId
    // A curator's new meeting says who typed it in by the server's word, not the device's.
    const enteredBy = batch.owner.role === 'curator' ? batch.userName : ''
    return {
      guard: (current, mutation) => keepsNames(batch, current, mutation),
      heldWhenMade: (pairId, mutation) => heldWhenMade(batch, pairId, mutation),
      complete: (data, current) => (current ? data : { ...data, mentorId: data.mentorId || (heldBy(data) ?? ''), enteredBy }),
      // A new meeting carries its pair, so it is always checked; an edit of an older meeting's notes is not held to a
      // period or a group the pair has since changed to.
      check: (data, mutation, current) => {
        if (!PAIR_CHECKED_FIELDS.some(field => Object.hasOwn(mutation.fields, field)))
          return null
        const verdict = validate(inPair, data)
        if (!verdict.ok)
          return refusal('invalid', isProblemCode(verdict.message) ? verdict.message : 'invalid', verdict.field)
        return current ? null : suspendedOn(batch, String(data.pairId), String(data.date))
      },
    }
  },
}
