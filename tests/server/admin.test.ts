import type { LoginResponse, SessionUser } from '#shared/api/auth'
import type { SetupStatus } from '#shared/api/setup'
import type { TestServer } from './helpers/server.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { adminEnv, runAdmin } from './helpers/admin.ts'
import { personFields, SyncClient, upsert } from './helpers/school.ts'
import { bearer, json, post, startTestServer } from './helpers/server.ts'

const COMMAND_NAMES = ['create-school', 'create-user', 'reset-password', 'enroll', 'list-schools', 'list-users', 'backup', 'restore', 'demo']
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/

describe('the admin CLI, as a process on the server\'s database', () => {
  let server: TestServer
  let env: Record<string, string>
  let schoolId: string
  beforeAll(async () => {
    server = await startTestServer('sqlite')
    env = adminEnv(server)
  })
  afterAll(() => server?.close())

  const admin = async (args: string[], input?: string) => {
    const result = await runAdmin(args, env, input)
    expect(result.code, result.stderr).toBe(0)
    return result.stdout.trim()
  }
  const login = (loginName: string, password: string) => post(server.app, '/api/auth/login', { login: loginName, password })
  const schools = () => server.storage.db.selectFrom('schools').selectAll().execute()

  it('lists every command with its options on --help, and with no command at all', async () => {
    const [help, bare, one, demo] = await Promise.all([runAdmin(['--help'], env), runAdmin([], env), runAdmin(['restore', '--help'], env), runAdmin(['demo', '-h'], env)])
    expect(help.code).toBe(0)
    for (const name of COMMAND_NAMES)
      expect(help.stdout).toMatch(new RegExp(`^  ${name}\\b`, 'm'))
    for (const option of ['--name', '--school', '--role', '--login', '--person', '--user', '--out', '--in', '--force', '--people', '--pairs', '--meetings', '--cards', '--seed', '--schools', '--password'])
      expect(help.stdout).toContain(option)
    expect(bare).toMatchObject({ code: 0, stdout: help.stdout })
    expect(one.code).toBe(0)
    expect(one.stdout).toMatch(/^Usage: npm run admin -- restore --in <file> \[--force\]/)
    expect(demo.code).toBe(0)
    expect(demo.stdout).toMatch(/^Usage: npm run admin -- demo \[--people <n>\] \[--pairs <n>\] \[--meetings <n>\] \[--cards <n>\] \[--seed <n>\] \[--schools <k>\] \[--login <login>\] \[--password <password>\]\n/)
  })

  it('refuses an unknown command and a missing option with exit 2 and one line, doing nothing', async () => {
    const [unknown, missing, badOption] = await Promise.all([
      runAdmin(['frobnicate'], env),
      runAdmin(['create-school'], env),
      runAdmin(['list-schools', '--verbose'], env),
    ])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/^Наставник admin: unknown command "frobnicate".*\n$/)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/^[^\n]*create-school: missing --name[^\n]*\n$/)
    expect(badOption.code).toBe(2)
    expect(badOption.stderr).toMatch(/^[^\n]*'--verbose'[^\n]*\n$/)
    expect(await schools()).toEqual([])
  })

  it('creates a school that list-schools shows, and closes the setup page', async () => {
    schoolId = await admin(['create-school', '--name', 'Гимназия № 5'])
    expect(schoolId).toMatch(UUID)
    const list = await admin(['list-schools'])
    expect(list.split('\n')[1]).toMatch(new RegExp(`^${schoolId}\\s+0\\s+\\S+\\s+Гимназия № 5$`))
    expect(json<SetupStatus>(await server.app.inject({ method: 'GET', url: '/api/setup' }))).toEqual({ needed: false })
    expect(await server.storage.db.selectFrom('installation').select('id').execute()).toEqual([{ id: 1 }])
  })

  it('creates a curator with the password from stdin, who then signs in through the API', async () => {
    const curator = ['--name', 'Ольга Сергеевна Котова', '--role', 'curator', '--login', 'kotova']
    const [noPassword, unknownSchool] = await Promise.all([
      runAdmin(['create-user', '--school', schoolId, ...curator], env),
      runAdmin(['create-user', '--school', uuidv7(), ...curator], env, 'first password\n'),
    ])
    expect(noPassword.code).toBe(2)
    expect(noPassword.stderr).toMatch(/^[^\n]*no password on stdin[^\n]*\n$/)
    expect(unknownSchool.code).toBe(1)
    expect(unknownSchool.stderr).toMatch(/не найдена\n$/)

    const userId = await admin(['create-user', '--school', schoolId, '--name', 'Ольга Сергеевна Котова', '--role', 'curator', '--login', 'Kotova'], 'first password\n')
    expect(userId).toMatch(UUID)
    const response = await login('kotova', 'first password')
    expect(response.statusCode, response.body).toBe(200)
    expect(json<LoginResponse>(response).user).toMatchObject({ id: userId, role: 'curator', schoolId, schoolName: 'Гимназия № 5' })
  })

  it('resets a password from stdin and signs out the sessions opened with the old one', async () => {
    const { token } = json<LoginResponse>(await login('kotova', 'first password'))
    const common = await runAdmin(['reset-password', '--login', 'kotova'], env, 'password123\n')
    expect(common.code).toBe(1)
    expect(common.stderr).toMatch(/^Наставник admin: Этот пароль слишком распространён[^\n]*\n$/)
    expect((await login('kotova', 'first password')).statusCode, 'nothing changed').toBe(200)
    expect(await admin(['reset-password', '--login', 'kotova'], 'second password\r\n')).toBe('Password changed for kotova; 3 device(s) signed out.')
    expect((await login('kotova', 'first password')).statusCode).toBe(401)
    expect((await login('kotova', 'second password')).statusCode).toBe(200)
    const me = await server.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(token) })
    expect(me.statusCode).toBe(401)
    expect(json(me).error).toBe('revoked')
  })

  it('enrolls a mentor\'s device with a printed code, and refuses a code for staff, who sign in with a password', async () => {
    const curatorToken = json<LoginResponse>(await login('kotova', 'second password')).token
    const personId = uuidv7()
    await new SyncClient(server.app, curatorToken).push(upsert('people', personId, personFields('Пётр Ильич Белов', { isMentor: 1 })))
    const mentorId = await admin(['create-user', '--school', schoolId, '--name', 'Пётр Ильич Белов', '--role', 'mentor', '--person', personId])

    const printed = await admin(['enroll', '--user', mentorId])
    const [, code, path, expires] = /^code: +(\S+)\npath: +(\S+)\nexpires: +(\S+)$/.exec(printed) ?? []
    expect(path).toBe(`/enroll/${code}`)
    expect(Date.parse(expires!)).toBeGreaterThan(Date.now())
    const enrolled = await post(server.app, '/api/enroll', { code, deviceName: 'Телефон' })
    expect(enrolled.statusCode, enrolled.body).toBe(201)
    expect(json<LoginResponse>(enrolled).user).toMatchObject<Partial<SessionUser>>({ role: 'mentor', schoolId })

    const curatorId = json<LoginResponse>(await login('kotova', 'second password')).user.id
    const staff = await runAdmin(['enroll', '--user', curatorId], env)
    expect(staff.code).toBe(1)
    expect(staff.stderr).toMatch(/^Наставник admin: Код подключения выдаётся только наставникам и наставляемым[^\n]*\n$/)

    const users = (await admin(['list-users', '--school', schoolId])).split('\n')
    expect(users[0]).toMatch(/^ID\s+ROLE\s+LOGIN\s+PERSON\s+DEVICES\s+NAME$/)
    expect(users).toContainEqual(expect.stringMatching(new RegExp(`^${mentorId}\\s+mentor\\s+-\\s+${personId}\\s+1/1\\s+Пётр Ильич Белов$`)))
    expect(users.join('\n')).not.toContain('scrypt')
  })

  it('creates a region account (the curators\' API may not), which signs in and reads every school\'s numbers', async () => {
    const regionId = await admin(['create-user', '--school', schoolId, '--name', 'Региональный координатор', '--role', 'region', '--login', 'oblast'], 'region long password\n')
    expect(regionId).toMatch(UUID)
    const signedIn = await login('oblast', 'region long password')
    expect(signedIn.statusCode, signedIn.body).toBe(200)
    const indicators = await server.app.inject({ method: 'GET', url: '/api/region/indicators', headers: bearer(json<LoginResponse>(signedIn).token) })
    expect(indicators.statusCode, indicators.body).toBe(200)
  })
})
