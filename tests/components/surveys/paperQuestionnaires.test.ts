import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { uuidv7 } from '#shared/ids'
import type { SurveyItem } from '#shared/model/surveyTemplate'
import { ApiFailure } from '../../../src/app/api/client.ts'
import { surveysApi } from '../../../src/app/data/surveysApi.ts'
import PaperBlank from '../../../src/app/features/surveys/PaperBlank.vue'
import { db } from '../../../src/app/db/index.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { useSession } from '../../../src/app/stores/session.ts'
import { mountAt, settle } from '../mountPage.ts'
import { curatorWithAnonymousCampaign } from './anonymousCampaign.ts'

const campaignId = uuidv7()
const ITEMS: SurveyItem[] = [
  { key: 'sat.meetings', kind: 'scale', text: 'Насколько полезны встречи?', required: true },
  { key: 'changed', kind: 'multiple', text: 'Что изменилось?', options: ['Уверенность', 'Друзья', 'Ничего не изменилось'], exclusive: 'Ничего не изменилось', required: false },
  { key: 'wishes', kind: 'text', text: 'Пожелания', required: false },
]

beforeEach(async () => {
  await curatorWithAnonymousCampaign(campaignId)
  const campaign = await db.surveyCampaigns.get(campaignId)
  await mutate(db, 'surveyTemplates', campaign!.templateId, 'upsert', { items: ITEMS })
  vi.spyOn(surveysApi, 'ballotCounts').mockResolvedValue({ issued: 2, used: 0 })
  // The cards page asks where phones reach the server: nowhere else here.
  vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 404 })))
})
afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

const open = async (page: 'ballots' | 'paper') => (await mountAt(`/surveys/campaigns/${campaignId}/${page}`, [], () => useSession().load())).wrapper
const button = (wrapper: Awaited<ReturnType<typeof open>>, text: string) => wrapper.findAll('button').find(b => b.text() === text)!

describe('paper blanks printed from the cards page', () => {
  it('prints a blank with every question for each card just issued, and one blank to copy a card\'s code onto', async () => {
    vi.spyOn(surveysApi, 'issueBallots').mockResolvedValue({ issued: 2, codes: ['AAAA-BBBB-CCCC', 'DDDD-EEEE-FFFF'] })
    // What the page holds for paper at each print: the dialog sees the page as it is then.
    const printed: string[][] = []
    vi.stubGlobal('print', vi.fn(() => printed.push([...document.querySelectorAll('.cut-card, .paper-blank')].map(e => e.getAttribute('aria-label') ?? ''))))
    const wrapper = await open('ballots')
    await settle()
    await wrapper.get('input[type="number"]').setValue('2')
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(wrapper.findAll('.paper-blank')).toHaveLength(0)
    await button(wrapper, 'Печать бланков с вопросами').trigger('click')
    await settle()
    expect(printed).toEqual([['Бланк AAAA-BBBB-CCCC', 'Бланк DDDD-EEEE-FFFF']])
    // Back on the screen, the cards to print.
    expect(wrapper.findAll('.cut-card')).toHaveLength(2)

    await button(wrapper, 'Печать бланка для кода с карточки').trigger('click')
    await button(wrapper, 'Печать').trigger('click')
    await settle()
    expect(printed.slice(1)).toEqual([['Бланк Код с вашей карточки'], ['Карточка AAAA-BBBB-CCCC', 'Карточка DDDD-EEEE-FFFF']])
  })

  it('writes each question of a blank with its boxes: ten numbers of a scale, a choice\'s options and what may be ticked, lines to write on', async () => {
    const blank = mount(PaperBlank, { props: { code: 'AAAA-BBBB-CCCC', title: 'Анкета', items: ITEMS } })
    expect(blank.findAll('.paper-blank__text').map(q => q.text())).toEqual(['Насколько полезны встречи? *', 'Что изменилось?', 'Пожелания'])
    expect(blank.findAll('.paper-blank__scale span').map(n => n.text())).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'])
    expect(blank.get('.paper-blank__note').text().replace(/\s+/g, ' ')).toBe('можно несколько; «Ничего не изменилось» — только без других ответов')
    expect(blank.findAll('.paper-blank__options li').map(o => o.text())).toEqual(['☐ Уверенность', '☐ Друзья', '☐ Ничего не изменилось'])
    expect(blank.findAll('.paper-blank__lines > span')).toHaveLength(3)
  })

  it('leads to typing the blanks in after the campaign has ended, when no card is issued any more', async () => {
    await mutate(db, 'surveyCampaigns', campaignId, 'upsert', { opensOn: '2024-09-16', closesOn: '2024-09-30' })
    const wrapper = await open('ballots')
    await settle()
    expect(wrapper.find('input[type="number"]').exists()).toBe(false)
    expect(wrapper.get(`a[href="/surveys/campaigns/${campaignId}/paper"]`).text()).toBe('Внести бумажные анкеты')
  })
})

describe('typing in a paper questionnaire', () => {
  async function fill(wrapper: Awaited<ReturnType<typeof open>>, code: string, score: string) {
    await wrapper.get('input.paper-entry__code').setValue(code)
    await wrapper.get(`input[type="radio"][value="${score}"]`).setValue(true)
    await wrapper.findAll('input[type="checkbox"]')[1]!.setValue(true)
    await wrapper.get('form').trigger('submit')
    await settle()
  }
  const codeField = (wrapper: Awaited<ReturnType<typeof open>>) => wrapper.get('input.paper-entry__code')

  it('sends each blank by its code, then clears the form for the next one with the code field focused', async () => {
    await mutate(db, 'surveyCampaigns', campaignId, 'upsert', { opensOn: '2024-09-16', closesOn: '2024-09-30' })
    const enter = vi.spyOn(surveysApi, 'enterPaper').mockResolvedValue({ accepted: true })
    const wrapper = await open('paper')
    await settle()
    expect(wrapper.get('h1').text()).toBe('Бумажные анкеты')
    await fill(wrapper, 'aaaa bbbb cccc', '7')
    expect(enter).toHaveBeenCalledWith(campaignId, { code: 'AAAA-BBBB-CCCC', campaignId, templateVersion: 1, answers: { 'sat.meetings': 7, 'changed': ['Друзья'] } })
    expect(wrapper.get('.banner--ok').text()).toBe('Анкета AAAA-BBBB-CCCC внесена. Внесено на этой странице: 1.')
    expect((codeField(wrapper).element as HTMLInputElement).value).toBe('')
    expect(wrapper.findAll<HTMLInputElement>('input[type="radio"]').some(r => r.element.checked)).toBe(false)
    expect(document.activeElement).toBe(codeField(wrapper).element)
    await fill(wrapper, 'DDDD-EEEE-FFFF', '3')
    expect(wrapper.get('.banner--ok').text()).toContain('Внесено на этой странице: 2.')
  })

  it('names the code that is wrong, and keeps the ticks typed: mistyped, unknown, already answered, or no network', async () => {
    const enter = vi.spyOn(surveysApi, 'enterPaper')
    const wrapper = await open('paper')
    await settle()
    await fill(wrapper, 'AAAA-BBBB', '8')
    expect(enter).not.toHaveBeenCalled()
    expect(wrapper.get('.field--invalid').text()).toContain('Код — двенадцать букв и цифр, как на бланке')

    for (const [refusal, words] of [['ballot_unknown', 'Такого кода нет среди карточек этого анкетирования'], ['ballot_used', 'По этой карточке уже ответили']] as const) {
      enter.mockRejectedValueOnce(new ApiFailure(refusal === 'ballot_used' ? 409 : 404, { error: refusal, message: '' }))
      await fill(wrapper, 'AAAA-BBBB-CCCC', '8')
      expect(wrapper.get('.field--invalid').text()).toContain(words)
      expect(document.activeElement).toBe(codeField(wrapper).element)
    }
    enter.mockRejectedValueOnce(new ApiFailure(0, null))
    await fill(wrapper, 'AAAA-BBBB-CCCC', '8')
    expect(wrapper.get('[role="alert"].banner').text()).toContain('Сервер недоступен')
    expect((wrapper.get('input[type="radio"][value="8"]').element as HTMLInputElement).checked).toBe(true)
    expect((codeField(wrapper).element as HTMLInputElement).value).toBe('AAAA-BBBB-CCCC')
    expect(wrapper.find('.banner--ok').exists()).toBe(false)
  })

  it('waits for the campaign to open', async () => {
    await mutate(db, 'surveyCampaigns', campaignId, 'upsert', { opensOn: '2099-09-01', closesOn: '2099-09-30' })
    const wrapper = await open('paper')
    await settle()
    expect(wrapper.get('[role="status"]').text()).toBe('Анкетирование начнётся 1 сентября 2099 г.: бланки вносятся с этого дня.')
    expect(wrapper.find('form').exists()).toBe(false)
  })
})
