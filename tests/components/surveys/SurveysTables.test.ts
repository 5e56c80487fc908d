import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { uuidv7 } from '#shared/ids'
import type { SurveyItem } from '#shared/model/surveyTemplate'
import { db } from '../../../src/app/db/index.ts'
import { writeMeta } from '../../../src/app/db/meta.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { useSession } from '../../../src/app/stores/session.ts'
import { mountAt, settle } from '../mountPage.ts'
import { screenWide, wideText } from '../screen.ts'
import { exportSelection } from '../exportSelection.ts'

const [program, mentorsV1, mentorsV2, mentees] = [uuidv7(), uuidv7(), uuidv7(), uuidv7()]
const [entry, exit, upcoming] = [uuidv7(), uuidv7(), uuidv7()]
const item = (key: string): SurveyItem => ({ key, kind: 'scale', text: 'Довольны?', required: true })

beforeEach(async () => {
  screenWide(true)
  await db.delete()
  await db.open()
  await mutate(db, 'programs', program, 'upsert', { name: 'Успешный старт', form: 'ученик – ученик', startDate: '2020-09-01', endDate: '2099-05-31', goals: '', status: 'active', roleVariation: '', curators: '' })
  await mutate(db, 'surveyTemplates', mentorsV1, 'upsert', { name: 'Анкета наставника', audience: 'mentor', phase: '', version: 1, items: [item('sat.a')], basedOn: '' })
  await mutate(db, 'surveyTemplates', mentorsV2, 'upsert', { name: 'Анкета наставника', audience: 'mentor', phase: '', version: 2, items: [item('sat.a'), item('sat.b')], basedOn: mentorsV1 })
  await mutate(db, 'surveyTemplates', mentees, 'upsert', { name: 'Анкета наставляемого', audience: 'mentee', phase: '', version: 1, items: [item('sat.a'), item('sat.b'), item('sat.c')], basedOn: '' })
  const campaign = (id: string, templateId: string, phase: 'entry' | 'exit', mode: 'anonymous' | 'named', opensOn: string, closesOn: string) =>
    mutate(db, 'surveyCampaigns', id, 'upsert', { templateId, templateVersion: 1, programId: program, audience: templateId === mentees ? 'mentee' : 'mentor', phase, mode, opensOn, closesOn })
  await campaign(entry, mentees, 'entry', 'anonymous', '2020-09-01', '2020-09-30')
  await campaign(exit, mentorsV1, 'exit', 'named', '2021-05-01', '2099-05-31')
  await campaign(upcoming, mentorsV2, 'entry', 'named', '2099-09-01', '2099-09-30')
  await writeMeta(db, 'session', { token: 't', user: { id: uuidv7(), name: 'Куратор', role: 'curator', schoolId: uuidv7(), schoolName: 'Школа', personId: null } })
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

type Wrapper = Awaited<ReturnType<typeof mountAt>>['wrapper']
const table = (wrapper: Wrapper, name: string) => wrapper.find(`table.${name}`)
const firsts = (wrapper: Wrapper, name: string) => table(wrapper, name).findAll('tbody th').map(wideText)
const head = (wrapper: Wrapper, name: string, label: string) => table(wrapper, name).findAll('thead button').find(b => b.text().startsWith(label))!

describe('the questionnaires on the curator\'s desktop', () => {
  it('lists the campaigns in a table, newest first, sorted by a column head\'s click, each opening its results, an anonymous one its cards', async () => {
    const { wrapper } = await mountAt('/surveys', [], () => useSession().load())
    await settle()
    expect(table(wrapper, 'campaigns-table').findAll('thead th').map(wideText))
      .toEqual(['Выбрать все показанные строки', 'Анкета', 'Программа', 'Кого опрашиваем', 'Этап', 'Режим', 'Начало▼', 'Окончание', 'Состояние'])
    // Below 1280 px the audience and the phase stand under the questionnaire.
    expect(table(wrapper, 'campaigns-table').findAll('thead th.data-table__folded').map(th => th.text())).toEqual(['Кого опрашиваем', 'Этап'])
    expect(table(wrapper, 'campaigns-table').findAll('tbody th .data-table__under')[2]!.text()).toBe('наставляемые · входное')
    expect(firsts(wrapper, 'campaigns-table')).toEqual(['Анкета наставника', 'Анкета наставника', 'Анкета наставляемого'])
    expect(table(wrapper, 'campaigns-table').findAll('tbody tr')[2]!.findAll('td').slice(1).map(td => td.text()))
      .toEqual(['Успешный старт', 'наставляемые', 'входное', 'анонимно Карточки', '01.09.2020', '30.09.2020', 'Завершено'])

    await head(wrapper, 'campaigns-table', 'Состояние').trigger('click')
    expect(table(wrapper, 'campaigns-table').findAll('tbody tr').map(tr => tr.findAll('td')[7]!.text())).toEqual(['Идёт', 'Не началось', 'Завершено'])
    await head(wrapper, 'campaigns-table', 'Этап').trigger('click')
    expect(table(wrapper, 'campaigns-table').findAll('tbody tr').map(tr => tr.findAll('td')[3]!.text())).toEqual(['входное', 'входное', 'итоговое'])

    const links = table(wrapper, 'campaigns-table').findAll('tbody a').map(a => a.attributes('href'))
    expect(links).toContain(`/surveys/campaigns/${entry}/ballots`)
    expect(links).not.toContain(`/surveys/campaigns/${exit}/ballots`)
    // The results page asks the server: its address is enough here.
    expect(table(wrapper, 'campaigns-table').findAll('tbody th a').map(a => a.attributes('href'))).toEqual([`/surveys/campaigns/${entry}/results`, `/surveys/campaigns/${upcoming}/results`, `/surveys/campaigns/${exit}/results`])
  })

  it('exports the chosen campaigns with the results the server counted, a hidden one saying how few answered', async () => {
    const summary = { campaigns: [
      { campaignId: entry, answers: 24, satisfaction: { hidden: false, count: 24, satisfied: 18, level: 75 } },
      { campaignId: exit, answers: 3, satisfaction: { hidden: true, count: 3 } },
    ], byAudience: [], byForm: [], byProgram: [] }
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      if (url === '/api/surveys/summary')
        return Response.json(summary)
      throw new TypeError('Failed to fetch')
    }))
    const { wrapper } = await mountAt('/surveys', [], () => useSession().load())
    await settle()
    const boxes = table(wrapper, 'campaigns-table').findAll('tbody input[type="checkbox"]')
    await boxes[1]!.setValue(true)
    await boxes[2]!.setValue(true)
    expect(wrapper.find('.bulk-bar').text()).toContain('Выбрано 2 анкетирования')
    // In the table's order, newest first, not the sheet's own by the opening date.
    expect(await exportSelection(wrapper, 'Анкетирование (выбранные)')).toEqual([
      ['Анкета наставника', 'наставники', 'итоговое', new Date('2021-05-01T00:00:00Z'), new Date('2099-05-31T00:00:00Z'), 3, 'скрыто: ответов 3 (меньше 5)', null],
      ['Анкета наставляемого', 'наставляемые', 'входное', new Date('2020-09-01T00:00:00Z'), new Date('2020-09-30T00:00:00Z'), 24, 18, 75],
    ])
  })

  it('lists the questionnaires in a table by name, newest version first, sorted by a column head\'s click, each opening its form', async () => {
    const { wrapper, router } = await mountAt('/surveys', [], () => useSession().load())
    await settle()
    expect(table(wrapper, 'templates-table').findAll('thead th').map(th => th.text())).toEqual(['Название▲', 'Версия', 'Кого опрашиваем', 'Вопросов'])
    const rows = () => table(wrapper, 'templates-table').findAll('tbody tr').map(tr => [tr.find('th').text(), tr.findAll('td')[0]!.text()])
    expect(rows()).toEqual([['Анкета наставляемого', '1'], ['Анкета наставника', '2'], ['Анкета наставникаесть новая версия', '1']])

    await head(wrapper, 'templates-table', 'Вопросов').trigger('click')
    await head(wrapper, 'templates-table', 'Вопросов').trigger('click')
    expect(table(wrapper, 'templates-table').findAll('tbody tr').map(tr => tr.findAll('td')[2]!.text())).toEqual(['3', '2', '1'])

    await table(wrapper, 'templates-table').findAll('tbody th a')[1]!.trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe(`/surveys/templates/${mentorsV2}`), { timeout: 10_000 })
  })
})
