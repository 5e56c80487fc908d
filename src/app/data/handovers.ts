import type { Handover } from '#shared/api/handovers'
import { uuidv7 } from '#shared/ids'
import { api } from '../api/client.ts'
import { db } from '../db/index.ts'
import type { Rejection } from '../db/schema.ts'
import { mutate } from '../db/mutate.ts'

/** Hands a refused change to the curator, whole; the rejection remembers it was handed over (and under which id, so a resend is the same). */
export async function handOver(rejection: Rejection, token: string): Promise<void> {
  const id = rejection.handover?.id ?? uuidv7()
  await api('/handovers', { token, body: { id, entity: rejection.entity, recordId: rejection.recordId, record: rejection.record ?? rejection.fields, problem: rejection.problem, madeAt: rejection.madeAt } })
  if (rejection.id !== undefined)
    await db.rejections.update(rejection.id, { handover: { id, at: new Date().toISOString() } })
}

export const openHandovers = (token: string) => api<Handover[]>('/handovers', { token })

/**
 * The curator enters a handed-over record as their own change (the server judges it by the curator's rules: a
 * meeting of a pair that has changed hands is the curator's to enter), then marks it decided.
 */
export async function acceptHandover(handover: Handover, token: string): Promise<void> {
  // The server kept only the entity's own fields: the record is a patch as it stands.
  await mutate(db, handover.entity, handover.recordId, 'upsert', handover.record as never)
  await api(`/handovers/${handover.id}/decision`, { token, body: { status: 'accepted' } })
}

export const setAsideHandover = (handover: Handover, token: string) =>
  api(`/handovers/${handover.id}/decision`, { token, body: { status: 'set_aside' } })
