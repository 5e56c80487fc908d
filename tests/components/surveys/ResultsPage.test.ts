import type { ResultsResponse } from '#shared/api/surveys'
import type { ItemResult } from '#shared/surveys/results'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { surveysApi } from '../../../src/app/data/surveysApi.ts'
import { useSession } from '../../../src/app/stores/session.ts'
import { mountAt, settle } from '../mountPage.ts'
import { curatorWithAnonymousCampaign } from './anonymousCampaign.ts'

const campaignId = uuidv7()
const SCALE: ItemResult = { key: 'sat.program', text: 'Насколько вы удовлетворены?', kind: 'scale', hidden: false, count: 5, distribution: [0, 0, 0, 0, 0, 0, 2, 2, 1, 0], mean: 7.8, highShare: 1 }
const WISHES = { key: 'wishes', text: 'Пожелания', kind: 'text' } as const
const TEXTS = ['больше встреч', 'мне не помогли, я Козлов', 'спасибо', 'всё понравилось', 'хочу ещё']

const answered = (wishes: ItemResult): ResultsResponse => ({
  campaignId,
  received: 6,
  results: { hidden: false, count: 5, items: [SCALE, wishes], satisfaction: { hidden: false, count: 5, satisfied: 5, level: 1 } },
})

beforeEach(async () => {
  await curatorWithAnonymousCampaign(campaignId)
})
afterEach(() => {
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

async function open(response: ResultsResponse) {
  vi.spyOn(surveysApi, 'results').mockResolvedValue(response)
  const { wrapper } = await mountAt(`/surveys/campaigns/${campaignId}/results`, [], () => useSession().load())
  await settle()
  return wrapper
}

describe('the results of an anonymous survey', () => {
  it('states the rule of fives and how many of the answers received are counted', async () => {
    const wrapper = await open(answered({ ...WISHES, hidden: true, count: 5, untilClosed: true }))
    expect(wrapper.text()).toContain('Анонимные ответы входят в итоги пятёрками, в порядке поступления')
    expect(wrapper.text()).toContain('В итогах 5 из 6 ответов')
    // Open: the free text is counted, not shown, and there is nothing to reveal.
    expect(wrapper.text()).toContain('Свободных ответов: 5. Они будут показаны после окончания анкетирования.')
    expect(wrapper.findAll('button').map(b => b.text())).not.toContain('Показать свободные ответы')
  })

  it('shows free text only after the warning that it may name a child is clicked through', async () => {
    const wrapper = await open(answered({ ...WISHES, hidden: false, count: 5, answers: TEXTS }))
    expect(wrapper.text()).not.toContain('я Козлов')
    expect(wrapper.text()).toContain('может быть названо имя ребёнка')
    const reveal = wrapper.findAll('button').find(b => b.text() === 'Показать свободные ответы')!
    await reveal.trigger('click')
    for (const text of TEXTS)
      expect(wrapper.text()).toContain(text)
    expect(wrapper.text()).not.toContain('может быть названо имя ребёнка')
  })
})
