import type { FastifyInstance } from 'fastify'
import type { IssuedBallots } from '#shared/api/surveys'
import type { SurveyItem } from '#shared/model/surveyTemplate'
import type { School } from './school.ts'
import { expect } from 'vitest'
import { localCalendarDate } from '#shared/dates'
import { uuidv7 } from '#shared/ids'
import { bearer, json, post } from './server.ts'
import { programFields, upsert } from './school.ts'

export const ITEMS: SurveyItem[] = [
  { key: 'exp.comfort', kind: 'scale', text: 'Насколько комфортно?', required: true },
  { key: 'sat.program', kind: 'scale', text: 'Насколько вы удовлетворены?', required: true },
  { key: 'frequency', kind: 'single', text: 'Как часто?', options: ['Раз в неделю', 'Раз в месяц'], required: false },
  { key: 'goals', kind: 'multiple', text: 'Чего ждёте?', options: ['Успеваемость', 'Профессия', 'Друзья'], required: false },
  { key: 'wishes', kind: 'text', text: 'Пожелания', required: false },
]

export const day = (offset: number) => localCalendarDate(new Date(Date.now() + offset * 86_400_000))

export const templateFields = (items: SurveyItem[] = ITEMS, version = 1) => ({
  name: 'Анкета наставляемого', audience: 'mentee', phase: 'exit', version, items, basedOn: '',
})
export const campaignFields = (templateId: string, programId: string, more: Record<string, unknown> = {}) => ({
  templateId, templateVersion: 1, programId, audience: 'mentee', phase: 'exit', mode: 'anonymous', opensOn: day(-1), closesOn: day(30), ...more,
})

export interface Campaign { programId: string, templateId: string, campaignId: string }

/** A program, a template and an open anonymous campaign, pushed by the curator as the app would. */
export async function openCampaign(school: School, more: Record<string, unknown> = {}, existing?: { programId: string, templateId: string }): Promise<Campaign> {
  const programId = existing?.programId ?? uuidv7()
  const templateId = existing?.templateId ?? uuidv7()
  const campaignId = uuidv7()
  const pushed = await school.curator.push(
    ...(existing ? [] : [upsert('programs', programId, programFields()), upsert('surveyTemplates', templateId, templateFields())]),
    upsert('surveyCampaigns', campaignId, campaignFields(templateId, programId, more)),
  )
  expect(pushed.results.every(r => r.status === 'applied'), JSON.stringify(pushed.results)).toBe(true)
  return { programId, templateId, campaignId }
}

export async function issue(app: FastifyInstance, school: School, campaignId: string, body: Record<string, unknown>): Promise<IssuedBallots> {
  const response = await post(app, `/api/surveys/campaigns/${campaignId}/ballots`, body, bearer(school.curatorToken))
  expect(response.statusCode, response.body).toBe(201)
  return json<IssuedBallots>(response)
}

let address = 0
/** Each caller its own address, so the per-address rate limit only bites where a test means it to. */
export function answer(app: FastifyInstance, body: Record<string, unknown>, remoteAddress = `10.1.${Math.floor(++address / 250)}.${address % 250}`) {
  return app.inject({ method: 'POST', url: '/api/surveys/answer', payload: body, remoteAddress })
}

export const answers = (score: number, more: Record<string, unknown> = {}) => ({ 'exp.comfort': score, 'sat.program': score, ...more })
