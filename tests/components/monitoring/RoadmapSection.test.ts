import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { Program } from '#shared/model/program'
import type { Roadmap } from '#shared/model/roadmap'
import type { RoadmapEvent } from '#shared/model/roadmapEvent'
import { roadmapFromTemplate } from '#shared/roadmap/roadmaps'
import { BUILT_IN_TEMPLATES } from '#shared/roadmap/templates'
import RoadmapSection from '../../../src/app/features/monitoring/RoadmapSection.vue'
import { routes } from '../../../src/app/router.ts'
import { calendarYear } from '#shared/roadmap/reportPeriod'

const asRecord = <T extends object>(id: string, fields: T) => ({ id, updatedAt: '', deleted: 0 as const, ...fields })

function schoolYear(startYear: number) {
  const made = roadmapFromTemplate(BUILT_IN_TEMPLATES.students, startYear)
  return {
    roadmap: asRecord(made.id, { ...made.fields, title: `Дорожная карта ${startYear}/${startYear + 1}` }) as Roadmap,
    events: made.events.map(e => asRecord(e.id, e.fields) as RoadmapEvent),
  }
}

describe('monitoring\'s roadmap', () => {
  it('shows the roadmaps of the year chosen, as the справка of that year reports them', async () => {
    const [older, newer] = [schoolYear(2025), schoolYear(2026)]
    const router = createRouter({ history: createMemoryHistory(), routes })
    const wrapper = mount(RoadmapSection, {
      props: { roadmaps: [newer.roadmap, older.roadmap], events: [...older.events, ...newer.events], programs: [] as Program[], period: calendarYear(2026), today: '2026-12-05' },
      global: { plugins: [createPinia(), router] },
    })
    // A calendar year holds the end of one school year's roadmap and the start of the next, the earlier first; the
    // one running today says so.
    expect(wrapper.findAll('h3').map(h => h.text().replace(/\s+/g, ' '))).toEqual([
      '«Дорожная карта 2025/2026», 1 сентября 2025 г. – 30 июня 2026 г.',
      '«Дорожная карта 2026/2027», 1 сентября 2026 г. – 30 июня 2027 г. идёт сейчас',
    ])
    const totals = wrapper.findAll('table').map(table => table.findAll('meter').reduce((sum, m) => sum + Number(m.attributes('aria-label')!.split(' / ')[1]), 0))
    expect(totals).toEqual([older.events.length, newer.events.length])
    // Overdue as of today: the ended roadmap's events not done are; the running one's of its first months too.
    const cards = wrapper.findAll('.list .card')
    expect(cards.length).toBeGreaterThan(0)
    // Each opens its own roadmap, not the one running today.
    expect(cards[0]!.attributes('href')).toBe(`/roadmap?roadmap=${older.roadmap.id}`)

    await wrapper.setProps({ period: calendarYear(2027) })
    expect(wrapper.findAll('h3').map(h => h.text().replace(/\s+/g, ' '))).toEqual(['«Дорожная карта 2026/2027», 1 сентября 2026 г. – 30 июня 2027 г. идёт сейчас'])
    await wrapper.setProps({ period: calendarYear(2021) })
    expect(wrapper.find('h3').exists()).toBe(false)
    expect(wrapper.text()).toContain('На 2021 год дорожной карты нет.')
  })

  it('leaves out a stage with no events, which only heads others (seed 002\'s «I.» over «1.» and «2.»)', () => {
    const { roadmap, events } = schoolYear(2026)
    const heading = { id: 'parent', title: 'Организационный этап', resources: '', label: 'I.' }
    const wrapper = mount(RoadmapSection, {
      props: { roadmaps: [{ ...roadmap, stages: [heading, ...roadmap.stages] }], events, programs: [] as Program[], period: calendarYear(2026), today: '2026-12-05' },
      global: { plugins: [createPinia(), createRouter({ history: createMemoryHistory(), routes })] },
    })
    const rows = wrapper.findAll('tbody th').map(th => th.text())
    expect(rows).toHaveLength(roadmap.stages.length)
    expect(rows.join()).not.toContain('Организационный этап')
    expect(wrapper.findAll('meter').every(m => !m.attributes('aria-label')!.endsWith(' / 0'))).toBe(true)
  })

  it('counts a roadmap over several years\' recurring event in each year by that year\'s mark (seed 003\'s «сентябрь»)', () => {
    const roadmap = asRecord('years', { title: 'Дорожная карта на 2020-2024 годы', startDate: '2020-11-01', endDate: '2024-12-31', numbering: 'arabic', eventNumbering: 'stage', stages: [{ id: 's', title: 'Организация', resources: '' }], approval: '' }) as Roadmap
    const event = asRecord('group', { roadmapId: 'years', stageId: 's', programIds: [], title: 'Формирование базы наставников', deadline: { kind: 'recurring', every: 'year', months: [9], opensIn: 8, text: 'август - сентябрь' }, responsibleIds: [], responsible: '', sphere: '', plannedResult: '', status: 'planned', doneOn: '', issued: null, occurrences: [{ key: '2022-09', on: '2022-09-12', result: '' }], position: 0, number: '' }) as RoadmapEvent
    const router = createRouter({ history: createMemoryHistory(), routes })
    const at = (year: number) => mount(RoadmapSection, { props: { roadmaps: [roadmap], events: [event], programs: [] as Program[], period: calendarYear(year), today: '2026-12-05' }, global: { plugins: [createPinia(), router] } })
    const row = (year: number) => at(year).find('tbody tr').findAll('td').map(td => td.text())
    expect(row(2022)).toEqual(['1 / 1', '0'])
    expect(row(2023)).toEqual(['0 / 1', '1'])
    // Its card says which of the year's occurrences passed unmarked: the roadmap's page owes only the current one.
    expect(at(2023).find('.list .card__meta').text().replace(/\s+/g, ' ')).toBe('просрочено · ежегодно, август – сентябрь · не отмечено: август – сентябрь 2023')
  })
})
