import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { surveysApi } from '../../../src/app/data/surveysApi.ts'
import { db } from '../../../src/app/db/index.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { useSession } from '../../../src/app/stores/session.ts'
import { mountAt, settle } from '../mountPage.ts'
import { curatorWithAnonymousCampaign } from './anonymousCampaign.ts'

const campaignId = uuidv7()

beforeEach(async () => {
  await curatorWithAnonymousCampaign(campaignId)
  vi.spyOn(surveysApi, 'ballotCounts').mockResolvedValue({ issued: 0, used: 0 })
})
afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

/** The server's answer to where the school reaches it; the stub counts the asks. */
function serverAddresses(origins: string[]) {
  const asked = vi.fn(async (url: string) => url === '/api/server/addresses'
    ? new Response(JSON.stringify({ origins }), { headers: { 'content-type': 'application/json' } })
    : new Response(null, { status: 404 }))
  vi.stubGlobal('fetch', asked)
  return asked
}

async function open() {
  const issue = vi.spyOn(surveysApi, 'issueBallots').mockResolvedValue({ issued: 1, codes: ['AAAA-BBBB'] })
  const { wrapper } = await mountAt(`/surveys/campaigns/${campaignId}/ballots`, [], () => useSession().load())
  await settle()
  return { wrapper, issue }
}

describe('printed survey cards', () => {
  it('asks for a count in the field\'s own words before anything is sent, then issues the cards', async () => {
    const { wrapper, issue } = await open()
    const count = wrapper.get('input[type="number"]')
    for (const wrong of ['0', '100000', '']) {
      await count.setValue(wrong)
      await wrapper.get('form').trigger('submit')
      await settle()
      expect(wrapper.get('.field--invalid').text()).toContain('Целое число от 1 до 500')
      expect(count.attributes('aria-invalid')).toBe('true')
    }
    expect(issue).not.toHaveBeenCalled()
    await count.setValue('6')
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(issue).toHaveBeenCalledWith(campaignId, { count: 6 })
    expect(wrapper.find('.field--invalid').exists()).toBe(false)
    expect(wrapper.findAll('.cut-sheet article')).toHaveLength(1)
  })

  it('offers as many cards as the programme\'s pairs have mentees, and keeps a count typed (3 mentees, not 30 cards)', async () => {
    const campaign = await db.surveyCampaigns.get(campaignId)
    for (const menteeIds of [['a'], ['b', 'c'], ['a']])
      await mutate(db, 'pairs', uuidv7(), 'upsert', { programId: campaign!.programId, mentorId: uuidv7(), menteeIds, startDate: '2024-09-01', plannedEndDate: '2099-05-31', status: 'active', endReason: '', formerMentors: [] })
    const { wrapper } = await open()
    expect((wrapper.get('input[type="number"]').element as HTMLInputElement).value).toBe('3')
    expect(wrapper.get('.field__hint').text()).toBe('Участников в парах программы: 3')
  })

  it('offers the cards of the same programme\'s campaigns of the same audience only: the mentors\' are not the mentees\' (seed 001)', async () => {
    const exit = await db.surveyCampaigns.get(campaignId)
    const entry = { ...exit!, phase: 'entry' as const }
    await mutate(db, 'surveyCampaigns', uuidv7(), 'upsert', { ...entry, audience: 'mentee' })
    await mutate(db, 'surveyCampaigns', uuidv7(), 'upsert', { ...entry, audience: 'mentor' })
    const { wrapper } = await open()
    const options = wrapper.findAll('select option').filter(o => o.attributes('disabled') === undefined)
    expect(options.map(o => o.text())).toEqual(['Анкета наставляемого · входное'])
  })

  it('issues no card for a campaign that has ended, and says why (a survey entered afterwards, seed 002\'s September)', async () => {
    await mutate(db, 'surveyCampaigns', campaignId, 'upsert', { opensOn: '2024-09-16', closesOn: '2024-09-30' })
    const { wrapper } = await open()
    expect(wrapper.get('[role="status"].banner').text()).toBe('Анкетирование закончилось 30 сентября 2024 г.: по карточкам больше не ответить, новые не выпускаются.')
    expect(wrapper.find('input[type="number"]').exists()).toBe(false)
    expect(wrapper.text()).not.toContain('Раздайте карточки')
    expect(wrapper.findAll('button').map(b => b.text())).not.toContain('Выпустить карточки')
  })

  it('tells an entry questionnaire\'s card to be kept for the exit one, and the exit one\'s to be answered', async () => {
    serverAddresses([])
    for (const [phase, hint] of [['exit', 'код принимает один ответ'], ['entry', 'Сохраните карточку: по ней же вы ответите в конце программы']] as const) {
      await mutate(db, 'surveyCampaigns', campaignId, 'upsert', { phase })
      const { wrapper } = await open()
      await wrapper.get('input[type="number"]').setValue('1')
      await wrapper.get('form').trigger('submit')
      await settle()
      expect(wrapper.get('.cut-card__hint').text()).toContain(hint)
      wrapper.unmount()
    }
  })

  it('warns that cards made at this computer\'s own address lead a phone nowhere, when the server knows no other', async () => {
    vi.stubGlobal('location', new URL('http://localhost:8080/surveys'))
    const asked = serverAddresses([])
    const { wrapper } = await open()
    expect(asked).toHaveBeenCalledOnce()
    expect(wrapper.get('[role="note"]').text()).toContain('Наставник открыт по адресу этого компьютера (localhost:8080)')
  })

  it('at this computer\'s own address, leads the cards to where the server says the school reaches it, and says so', async () => {
    vi.stubGlobal('location', new URL('http://localhost:8080/surveys'))
    const asked = serverAddresses(['http://192.168.1.23:8080', 'http://172.17.0.1:8080'])
    const { wrapper } = await open()
    expect(wrapper.get('[role="note"]').text()).toContain('ведут на адрес сервера в школьной сети: http://192.168.1.23:8080')
    await wrapper.get('input[type="number"]').setValue('1')
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(wrapper.get('.cut-sheet article .card-link').text()).toBe('http://192.168.1.23:8080/s/AAAA-BBBB')
    // The page's note and its cards share one answer.
    expect(asked).toHaveBeenCalledOnce()
  })

  it('says nothing of it at the school server\'s address', async () => {
    vi.stubGlobal('location', new URL('https://nastavnik.school.example/surveys'))
    const { wrapper } = await open()
    expect(wrapper.find('[role="note"]').exists()).toBe(false)
  })
})
