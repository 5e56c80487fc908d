import type { FormerMentor } from '#shared/model/pair'
import type { StoredRecord } from '../../records/row.ts'
import type { Batch, WireMutation } from '../context.ts'

const formerOf = (data: Record<string, unknown> | undefined): FormerMentor[] => (data?.formerMentors as FormerMentor[] | undefined) ?? []

/**
 * The pair's former mentors as the server keeps them, whatever the device sent: the list grows by the mentor of
 * now when another takes the pair over, with the server's time, so no clock of a device decides who held it when.
 */
export function withFormerMentors(batch: Batch, data: Record<string, unknown>, current: StoredRecord | undefined): Record<string, unknown> {
  const before = current && current.deleted === 0 ? current.data : undefined
  const kept = formerOf(before)
  const handedOn = before !== undefined && before.mentorId !== data.mentorId
  return { ...data, formerMentors: handedOn ? [...kept, { mentorId: String(before.mentorId), until: batch.now }] : kept }
}

/**
 * Whether the mentor pushing led this pair when the change was made (its device's time, `at`): a meeting logged
 * offline before the curator handed the pair on is the former mentor's to send. A clock set far ahead only
 * loses the change to the curator's list of handed-over records, where it is not lost either.
 */
export function heldWhenMade(batch: Batch, pairId: string, mutation: WireMutation): boolean {
  const pair = batch.live.get('pairs')?.get(pairId)
  if (!pair || pair.deleted === 1 || batch.owner.personId === null)
    return false
  const made = Date.parse(mutation.at)
  return formerOf(pair.data).some(former => former.mentorId === batch.owner.personId && made <= Date.parse(former.until))
}
