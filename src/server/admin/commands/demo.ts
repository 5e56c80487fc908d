import * as v from 'valibot'
import { LoginField, PasswordField } from '#shared/api/auth'
import { localCalendarDate } from '#shared/dates'
import { countRu } from '#shared/plural'
import { DEFAULT_SIZE, generateDemo } from '../../demo/generate.ts'
import { assertFree, createDemoSchool } from '../../demo/school.ts'
import { defineCommand } from '../command.ts'
import { checkInput, wholeNumber } from '../validate.ts'

/*
 * The one password the admin CLI takes on the command line: a demo school holds made-up people, and its
 * password is printed with the result anyway, so shell history and `ps` give away nothing.
 */
const DEFAULT_PASSWORD = 'demo-nastavnik'

export const demoCommand = defineCommand({
  name: 'demo',
  summary: 'Create a demo school with a year of made-up records, written through the server\'s own push (демо-школа)',
  options: {
    people: { type: 'string', value: '<n>', help: `participants (default ${DEFAULT_SIZE.people})` },
    pairs: { type: 'string', value: '<n>', help: `pairs (default ${DEFAULT_SIZE.pairs})` },
    meetings: { type: 'string', value: '<n>', help: `meetings (default ${DEFAULT_SIZE.meetings})` },
    cards: { type: 'string', value: '<n>', help: 'mentees answering the entry and exit surveys on printed cards (default: pairs, at most 150)' },
    seed: { type: 'string', value: '<n>', help: 'the same seed makes the same school, named after it (default 1)' },
    schools: { type: 'string', value: '<k>', help: 'k schools with seeds seed … seed+k-1 (default 1)' },
    login: { type: 'string', value: '<login>', help: 'the demo curator\'s login; further schools add -2, -3 … (default demo)' },
    password: { type: 'string', value: '<password>', help: `the demo curator's password (default ${DEFAULT_PASSWORD})` },
  },
  async run(values, { config, db, kind, print }) {
    const size = {
      people: wholeNumber(values.people, '--people', DEFAULT_SIZE.people),
      pairs: wholeNumber(values.pairs, '--pairs', DEFAULT_SIZE.pairs),
      meetings: wholeNumber(values.meetings, '--meetings', DEFAULT_SIZE.meetings),
    }
    // Enough mentees answering at entry and exit for every survey result to be shown (groups of 5 or more).
    const cards = wholeNumber(values.cards, '--cards', Math.min(150, size.pairs))
    const seed = wholeNumber(values.seed, '--seed', 1)
    const schools = Math.max(1, wholeNumber(values.schools, '--schools', 1))
    const { login, password } = checkInput(
      v.object({ login: LoginField, password: PasswordField }),
      { login: values.login ?? 'demo', password: values.password ?? DEFAULT_PASSWORD },
      { login: '--login', password: '--password' },
    )
    const today = localCalendarDate()
    // Generated before anything is written: a size it cannot build is refused with no school half made.
    const plans = Array.from({ length: schools }, (_, k) => ({
      name: `Демо-школа № ${seed}${schools > 1 ? `-${k + 1}` : ''}`,
      login: k === 0 ? login : `${login}-${k + 1}`,
      seed: seed + k,
      demo: generateDemo({ seed: seed + k, size, today }),
    }))
    await assertFree(db, plans.map(p => p.name), plans.map(p => p.login))
    const url = `${config.tls ? 'https' : 'http'}://localhost:${config.port}`
    for (const plan of plans) {
      const started = Date.now()
      // A counter for a person at a terminal; a log (CI, a benchmark script) gets only the result lines.
      const progress = process.stderr.isTTY ? (done: number) => process.stderr.write(`\r${plan.name}: ${done} из ${plan.demo.mutations.length}`) : undefined
      const school = await createDemoSchool(db, kind, { name: plan.name, login: plan.login, demo: plan.demo, password, surveys: { cards, seed: plan.seed } }, progress)
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
    print('')
    print(`Запустите сервер (npm start или npm run serve) с теми же DATA_DIR / DATABASE_URL и PORT=${config.port}.`)
  },
})
