import { mount } from '@vue/test-utils'
import { Chart } from 'chart.js'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import IndicatorsSection from '../../../src/app/features/monitoring/IndicatorsSection.vue'
import MeetingsSection from '../../../src/app/features/monitoring/MeetingsSection.vue'
import { calendarYear } from '#shared/roadmap/reportPeriod'

/**
 * happy-dom paints nothing and lays nothing out: the canvas gets a context that swallows every drawing call, and
 * every box measures 600×300, so Chart.js places its ticks as on a curator's screen.
 */
beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (this: HTMLCanvasElement) {
    return new Proxy({ canvas: this }, {
      get: (target, key) => key === 'canvas' ? target.canvas : key === 'measureText' ? (text: string) => ({ width: text.length * 7 }) : () => {},
      set: () => true,
    }) as unknown as CanvasRenderingContext2D
  })
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ width: 600, height: 300 }))
})
afterEach(() => {
  vi.restoreAllMocks()
})

describe('the dashboard\'s charts', () => {
  it('count meetings on whole ticks, never a half meeting', async () => {
    const meetings = ['2026-03-02', '2026-03-16', '2026-04-06'].map(date => ({ pairId: 'p', date }))
    const wrapper = mount(MeetingsSection, { props: { meetings, period: calendarYear(2026) }, attachTo: document.body })
    await vi.waitFor(() => expect(Chart.getChart(wrapper.find('canvas').element)).toBeDefined())
    const ticks = Chart.getChart(wrapper.find('canvas').element)!.scales.y!.ticks.map(tick => tick.value)
    expect(ticks).toEqual([0, 1, 2])
  })

  it('mark each indicator\'s target across its own bar, with no line joining one indicator\'s target to the next', async () => {
    const value = (key: string, share: number, target: number) => ({ key, numerator: share, denominator: 100, value: share, target, met: share >= target })
    const values = [value('studentsUnder18', 17, 30), value('youngSpecialists', 50, 30)]
    const wrapper = mount(IndicatorsSection, { props: { values, year: 2026, summaryAt: null, summaryFresh: false }, attachTo: document.body })
    await vi.waitFor(() => expect(Chart.getChart(wrapper.find('canvas').element)).toBeDefined())
    const [actual, target] = Chart.getChart(wrapper.find('canvas').element)!.data.datasets
    expect(actual).toMatchObject({ data: [17, 50] })
    expect(target).toMatchObject({ type: 'line', data: [30, 30], showLine: false, pointStyle: 'line' })
  })
})
