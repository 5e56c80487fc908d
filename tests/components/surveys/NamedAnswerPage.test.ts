import type { SurveyItem } from '#shared/model/surveyTemplate'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { localCalendarDate } from '#shared/dates'
import { uuidv7 } from '#shared/ids'
import { surveyResponseId } from '#shared/model/surveyResponse'
import { db } from '../../../src/app/db/index.ts'
import { writeMeta } from '../../../src/app/db/meta.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { useSession } from '../../../src/app/stores/session.ts'
import { mountAt, settle } from '../mountPage.ts'

const ITEMS: SurveyItem[] = [
  { key: 'sat.mentor', kind: 'scale', text: 'Насколько вы довольны работой с наставляемым?', required: true },
  { key: 'wishes', kind: 'text', text: 'Пожелания', required: false },
]
const me = uuidv7()
const campaignId = uuidv7()
const responseId = surveyResponseId(campaignId, me)
const page = `/my/surveys/${campaignId}`

beforeEach(async () => {
  await db.delete()
  await db.open()
  const programId = uuidv7()
  const templateId = uuidv7()
  const today = localCalendarDate()
  // What a pull would have brought: the program, the questionnaire and the campaign addressed to this mentor.
  await mutate(db, 'programs', programId, 'upsert', { name: 'Педагог – молодой специалист' })
  await mutate(db, 'surveyTemplates', templateId, 'upsert', { name: 'Анкета наставника', audience: 'mentor', phase: 'exit', version: 1, items: ITEMS, basedOn: '' })
  await mutate(db, 'surveyCampaigns', campaignId, 'upsert', { templateId, templateVersion: 1, programId, audience: 'mentor', phase: 'exit', mode: 'named', opensOn: today, closesOn: today })
  await db.outbox.clear()
  await writeMeta(db, 'session', { token: 't', user: { id: 'u', name: 'Ольга Белова', role: 'mentor', schoolId: 's', schoolName: 'Школа', personId: me } })
})
afterEach(() => {
  document.body.innerHTML = ''
})

async function open(path = page) {
  const mounted = await mountAt(path, [], () => useSession().load())
  await settle()
  return mounted
}

type Wrapper = Awaited<ReturnType<typeof open>>['wrapper']
const scalePoint = (wrapper: Wrapper, key: string, n: number) => wrapper.find(`#${CSS.escape(`q-${key}`)} input[value="${n}"]`)

describe('answering a named survey on the phone', () => {
  it('is listed on the mentor\'s home while waiting for an answer', async () => {
    const { wrapper } = await open('/my')
    // The section loads lazily after the pairs: wait for its chunk and its query.
    await vi.waitFor(async () => {
      await settle()
      expect(wrapper.find(`a[href="${page}"]`).exists()).toBe(true)
    })
    const link = wrapper.find(`a[href="${page}"]`)
    expect(link.text()).toContain('Анкета наставника')
    expect(link.text()).toContain('ждёт ответа')
  })

  it('refuses a missing required answer, then saves on the device through the outbox, and shows it sent once acknowledged', async () => {
    const { wrapper } = await open()
    expect(wrapper.find('h1').text()).toBe('Анкета наставника')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(wrapper.find('[role="alert"]').text()).toBe('Ответьте на этот вопрос')
    expect(await db.surveyResponses.count()).toBe(0)

    await scalePoint(wrapper, 'sat.mentor', 8).setValue(true)
    await wrapper.find('textarea').setValue('  больше встреч ')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(await db.surveyResponses.get(responseId)).toMatchObject({ campaignId, personId: me, templateVersion: 1, answers: { 'sat.mentor': 8, 'wishes': 'больше встреч' } })
    const queued = await db.outbox.toArray()
    expect(queued.map(e => [e.entity, e.id, e.op])).toEqual([['surveyResponses', responseId, 'upsert']])
    expect(wrapper.find('[role="status"]').text()).toContain('Ответ сохранён на устройстве')

    // The push was acknowledged: the outbox entry leaves, and the page says so.
    await db.outbox.clear()
    await settle()
    expect(wrapper.find('[role="status"]').text()).toContain('Ответ отправлен')
    expect(wrapper.find('button[type="submit"]').text()).toBe('Сохранить изменения')
  })

  it('resumes a half-filled form after the page was left, without saving it as an answer', async () => {
    const first = await open()
    await scalePoint(first.wrapper, 'sat.mentor', 6).setValue(true)
    await settle()
    first.wrapper.unmount()
    await settle()
    expect(await db.surveyResponses.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)

    const again = await open()
    expect((scalePoint(again.wrapper, 'sat.mentor', 6).element as HTMLInputElement).checked).toBe(true)
    expect(again.wrapper.find('[role="status"]').exists()).toBe(false)
  })
})
