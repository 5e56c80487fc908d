import { localCalendarDate } from '#shared/dates'
import { uuidv7 } from '#shared/ids'
import { db } from '../../../src/app/db/index.ts'
import { writeMeta } from '../../../src/app/db/meta.ts'
import { mutate } from '../../../src/app/db/mutate.ts'

/** A fresh device of a signed-in curator holding one open anonymous exit campaign, `campaignId`, of a mentees' questionnaire. */
export async function curatorWithAnonymousCampaign(campaignId: string): Promise<void> {
  await db.delete()
  await db.open()
  const [programId, templateId] = [uuidv7(), uuidv7()]
  await mutate(db, 'programs', programId, 'upsert', { name: 'Ученик – ученик' })
  await mutate(db, 'surveyTemplates', templateId, 'upsert', { name: 'Анкета наставляемого', audience: 'mentee', phase: 'exit', version: 1, items: [], basedOn: '' })
  await mutate(db, 'surveyCampaigns', campaignId, 'upsert', { templateId, templateVersion: 1, programId, audience: 'mentee', phase: 'exit', mode: 'anonymous', opensOn: localCalendarDate(), closesOn: localCalendarDate() })
  await writeMeta(db, 'session', { token: 't', user: { id: 'u', name: 'Куратор', role: 'curator', schoolId: 's', schoolName: 'Школа', personId: null } })
}
