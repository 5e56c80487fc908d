import { DEFAULT_SIZE, type DemoSize } from '../../src/server/demo/generate.ts'

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
  /**
   * The region group: schools of a typical size on one database, the devices' connections (half pushing, half
   * pulling), seconds per load and of the memory soak, and runs of the sequential pulls and of the roll-up.
   */
  region: { schools: number, size: DemoSize, connections: number, seconds: number, soakSeconds: number, pullRuns: number, rollUpRuns: number }
  /** Time box per group, ms. */
  limits: Record<'region' | 'setup' | 'syncServer' | 'syncBrowser' | 'links' | 'screens' | 'load' | 'bundle' | 'lighthouse' | 'pouch', number>
}

const FULL: BenchConfig = {
  quick: false,
  dataset: { ...DEFAULT_SIZE, surveyAnswers: 20_000, otherSchools: 20 },
  runs: { pull: 7, one: 51, drain: 3, apply: 3, save: 40, reload: 5, screen: 5, lighthouse: 3, pouch: 3, link: 3 },
  outbox: 10_000,
  load: { connections: 50, seconds: 10 },
  // A typical school: 100 people, 40 pairs meeting about twice a month through the school year.
  region: { schools: 200, size: { people: 100, pairs: 40, meetings: 600 }, connections: 100, seconds: 10, soakSeconds: 120, pullRuns: 51, rollUpRuns: 5 },
  limits: { region: 2_400_000, setup: 1_200_000, syncServer: 300_000, syncBrowser: 600_000, links: 600_000, screens: 300_000, load: 180_000, bundle: 60_000, lighthouse: 300_000, pouch: 900_000 },
}

const QUICK: BenchConfig = {
  quick: true,
  dataset: { people: 120, pairs: 60, meetings: 1_000, surveyAnswers: 1_000, otherSchools: 2 },
  runs: { pull: 3, one: 11, drain: 1, apply: 1, save: 10, reload: 2, screen: 2, lighthouse: 1, pouch: 1, link: 1 },
  outbox: 1_000,
  load: { connections: 50, seconds: 3 },
  region: { schools: 20, size: { people: 40, pairs: 15, meetings: 150 }, connections: 50, seconds: 3, soakSeconds: 10, pullRuns: 11, rollUpRuns: 3 },
  limits: { region: 300_000, setup: 60_000, syncServer: 30_000, syncBrowser: 90_000, links: 180_000, screens: 90_000, load: 30_000, bundle: 30_000, lighthouse: 90_000, pouch: 60_000 },
}

/** `--name=N`, a whole number, or undefined when the option is not given. */
function wholeArg(argv: readonly string[], name: string): number | undefined {
  const raw = argv.find(arg => arg.startsWith(`--${name}=`))?.slice(name.length + 3)
  if (raw === undefined)
    return undefined
  const value = Number(raw)
  if (!Number.isSafeInteger(value) || value < 0)
    throw new Error(`--${name}=${raw}: a whole number`)
  return value
}

/**
 * `--other-schools=N` overrides the dataset's other schools (a partial run on one group need not fill twenty);
 * `--region-schools=N` and `--soak-seconds=N` the region group's schools and soak (the issue's soak is 600 s).
 */
export function benchConfig(argv: readonly string[]): BenchConfig {
  const config = argv.includes('--quick') ? QUICK : FULL
  const otherSchools = wholeArg(argv, 'other-schools') ?? config.dataset.otherSchools
  const schools = wholeArg(argv, 'region-schools') ?? config.region.schools
  const soakSeconds = wholeArg(argv, 'soak-seconds') ?? config.region.soakSeconds
  return { ...config, dataset: { ...config.dataset, otherSchools }, region: { ...config.region, schools: Math.max(1, schools), soakSeconds } }
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']
