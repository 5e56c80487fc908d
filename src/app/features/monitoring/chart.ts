import type { Chart as ChartType } from 'chart.js'

let loading: Promise<typeof ChartType> | undefined

/**
 * Chart.js, registered with only the pieces the dashboard draws (bars and lines), fetched the first time
 * a chart is shown: curator-only weight that never reaches the mentor's phone.
 */
export function loadChart(): Promise<typeof ChartType> {
  loading ??= import('chart.js').then(({ Chart, BarController, BarElement, CategoryScale, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip }) => {
    Chart.register(BarController, BarElement, CategoryScale, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip)
    return Chart
  })
  return loading
}
