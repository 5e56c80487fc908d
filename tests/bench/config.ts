import { DEFAULT_SIZE } from '../../src/server/demo/generate.ts'

/** What the benchmark school holds: its anonymous survey answers go in through the real ballot path. */
export interface Dataset {
  people: number
  pairs: number
  meetings: number
  /** Anonymous answers of the main school's mentees, entry and exit (`fixture.ts` turns them into cards). */
  surveyAnswers: number
  /** Other schools of the same size on the same server, so queries must find one school among many. */
  otherSchools: number
}

export interface BenchConfig {
  quick: boolean
  dataset: Dataset
  /** Runs per measurement: the median of these is the figure. */
  runs: { pull: number, one: number, drain: number, apply: number, save: number, reload: number, screen: number, lighthouse: number, pouch: number, link: number }
  /** Outbox entries sent by `drainOutboxMs` (and documents by `pouchPushMs`). */
  outbox: number
  /** autocannon: connections and seconds per scenario. */
  load: { connections: number, seconds: number }
  /** Time box per group, ms. */
  limits: Record<'setup' | 'syncServer' | 'syncBrowser' | 'links' | 'screens' | 'load' | 'bundle' | 'lighthouse' | 'pouch', number>
}

const FULL: BenchConfig = {
  quick: false,
  dataset: { ...DEFAULT_SIZE, surveyAnswers: 20_000, otherSchools: 20 },
  runs: { pull: 7, one: 51, drain: 3, apply: 3, save: 40, reload: 5, screen: 5, lighthouse: 3, pouch: 3, link: 3 },
  outbox: 10_000,
  load: { connections: 50, seconds: 10 },
  limits: { setup: 1_200_000, syncServer: 300_000, syncBrowser: 600_000, links: 600_000, screens: 300_000, load: 180_000, bundle: 60_000, lighthouse: 300_000, pouch: 900_000 },
}

const QUICK: BenchConfig = {
  quick: true,
  dataset: { people: 120, pairs: 60, meetings: 1_000, surveyAnswers: 1_000, otherSchools: 2 },
  runs: { pull: 3, one: 11, drain: 1, apply: 1, save: 10, reload: 2, screen: 2, lighthouse: 1, pouch: 1, link: 1 },
  outbox: 1_000,
  load: { connections: 50, seconds: 3 },
  limits: { setup: 60_000, syncServer: 30_000, syncBrowser: 90_000, links: 180_000, screens: 90_000, load: 30_000, bundle: 30_000, lighthouse: 90_000, pouch: 60_000 },
}

/** `--other-schools=N` overrides the dataset's other schools: a partial run on one group need not fill twenty. */
export function benchConfig(argv: readonly string[]): BenchConfig {
  const config = argv.includes('--quick') ? QUICK : FULL
  const others = argv.find(arg => arg.startsWith('--other-schools='))?.slice('--other-schools='.length)
  if (others === undefined)
    return config
  const otherSchools = Number(others)
  if (!Number.isSafeInteger(otherSchools) || otherSchools < 0)
    throw new Error(`--other-schools=${others}: a whole number`)
  return { ...config, dataset: { ...config.dataset, otherSchools } }
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']
