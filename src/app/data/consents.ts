import { consentedPeople } from '#shared/model/consent'
import { db } from '../db/index.ts'
import { useLiveQuery } from '../db/live.ts'

/** Everyone with a consent in force, as one live set: the pairing form's gate and the registry's filter. */
export function useConsentedIds() {
  return useLiveQuery(async () => consentedPeople(await db.consents.where('deleted').equals(0).toArray()))
}

export function useConsentsOf(personId: () => string) {
  return useLiveQuery(async () => (await db.consents.where('personId').equals(personId()).filter(c => !c.deleted).toArray())
    .sort((a, b) => b.date.localeCompare(a.date)))
}
