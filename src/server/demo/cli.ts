import { parseArgs } from 'node:util'
import { localCalendarDate } from '#shared/dates'
import { ConfigError, loadConfig } from '../config.ts'
import { openDatabase, type Storage } from '../storage/db.ts'
import { migrateToLatest } from '../storage/migrate.ts'
import { countRu } from '#shared/plural'
import { DEFAULT_SIZE, generateDemo } from './generate.ts'
import { assertFree, createDemoSchool, DemoRefusal } from './school.ts'

/*
 * `npm run demo -- [--people N] [--pairs N] [--meetings N] [--cards N] [--seed N] [--schools K] [--login L] [--password P]`:
 * a demo school (or K of them, for benchmarks) in the database the server uses (DATA_DIR / DATABASE_URL).
 * Exit 0 on success, 2 for a wrong command line, 1 for anything else, with one line on stderr.
 */

const DEFAULT_PASSWORD = 'demo-nastavnik'
const print = (line = '') => process.stdout.write(`${line}\n`)

class UsageError extends Error {}

function count(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined)
    return fallback
  if (!/^\d+$/.test(raw))
    throw new UsageError(`--${name} должно быть целым числом, а не «${raw}»`)
  return Number(raw)
}

function options(argv: string[]) {
  let values
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        people: { type: 'string' }, pairs: { type: 'string' }, meetings: { type: 'string' }, seed: { type: 'string' },
        schools: { type: 'string' }, login: { type: 'string' }, password: { type: 'string' }, cards: { type: 'string' },
      },
    }))
  } catch (error) {
    throw new UsageError((error as Error).message.split(/(?<=\.) /)[0])
  }
  const size = { people: count(values.people, 'people', DEFAULT_SIZE.people), pairs: count(values.pairs, 'pairs', DEFAULT_SIZE.pairs), meetings: count(values.meetings, 'meetings', DEFAULT_SIZE.meetings) }
  const password = values.password ?? DEFAULT_PASSWORD
  if (password.length < 8)
    throw new UsageError('--password: не короче 8 символов')
  // Survey cards: enough mentees answering at entry and exit for every result to be shown (groups of 5+).
  const cards = count(values.cards, 'cards', Math.min(150, size.pairs))
  return { size, password, cards, seed: count(values.seed, 'seed', 1), schools: Math.max(1, count(values.schools, 'schools', 1)), login: values.login ?? 'demo' }
}

async function run(argv: string[]): Promise<void> {
  const { size, password, cards, seed, schools, login } = options(argv)
  const config = loadConfig(process.env)
  const today = localCalendarDate()
  // Generated before the database is touched: a size it cannot build is refused with nothing written.
  const plans = Array.from({ length: schools }, (_, k) => ({
    name: `Демо-школа № ${seed}${schools > 1 ? `-${k + 1}` : ''}`,
    login: k === 0 ? login : `${login}-${k + 1}`,
    seed: seed + k,
    demo: generateDemo({ seed: seed + k, size, today }),
  }))
  const storage: Storage = openDatabase(config)
  try {
    await migrateToLatest(storage.db)
    await assertFree(storage.db, plans.map(p => p.name), plans.map(p => p.login))
    const url = `${config.tls ? 'https' : 'http'}://localhost:${config.port}`
    for (const plan of plans) {
      const started = Date.now()
      // A counter for a person at a terminal; a log (CI, a benchmark script) gets only the result lines.
      const progress = process.stderr.isTTY ? (done: number) => process.stderr.write(`\r${plan.name}: ${done} из ${plan.demo.mutations.length}`) : undefined
      const school = await createDemoSchool(storage.db, storage.kind, { name: plan.name, login: plan.login, demo: plan.demo, password, surveys: { cards, seed: plan.seed } }, progress)
      if (progress)
        process.stderr.write('\n')
      if (school.rejected.length) {
        const first = school.rejected[0]!
        throw new Error(`сервер отклонил ${school.rejected.length} записей демо, первая: ${first.reason ?? first.code}`)
      }
      const counts = [
        countRu(school.applied, { one: 'запись', few: 'записи', many: 'записей' }),
        countRu(school.surveyAnswers, { one: 'анонимный ответ', few: 'анонимных ответа', many: 'анонимных ответов' }),
      ].join(' и ')
      const sizes = [
        countRu(size.people, { one: 'участник', few: 'участника', many: 'участников' }),
        countRu(size.pairs, { one: 'пара', few: 'пары', many: 'пар' }),
        countRu(size.meetings, { one: 'встреча', few: 'встречи', many: 'встреч' }),
      ].join(', ')
      print(`Создана «${plan.name}»: ${counts} на анкеты за ${((Date.now() - started) / 1000).toFixed(1)} с (${sizes}; seed ${plan.seed})`)
      print(`  Вход куратора: ${url}/login  логин: ${plan.login}  пароль: ${password}`)
      print(`  Наставник ${school.mentorName}: код ${school.enrollment.code}, ссылка ${url}${school.enrollment.path} (действует до ${school.enrollment.expiresAt.slice(0, 10)})`)
    }
    print()
    print(`Запустите сервер (npm start или npm run serve) с теми же DATA_DIR / DATABASE_URL и PORT=${config.port}.`)
  } finally {
    await storage.close()
  }
}

try {
  await run(process.argv.slice(2))
} catch (error) {
  const usage = error instanceof UsageError
  const known = usage || error instanceof ConfigError || error instanceof DemoRefusal || error instanceof RangeError
  process.stderr.write(`Наставник demo: ${known ? error.message : `не удалось: ${(error as Error).message}`}\n`)
  process.exit(usage ? 2 : 1)
}
