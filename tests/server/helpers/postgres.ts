import { randomBytes } from 'node:crypto'
import { userInfo } from 'node:os'
import pg from 'pg'

/** The server under test talks to a real PostgreSQL; each test file gets a database of its own. */
const PG_ADMIN_URL = withUser(process.env.TEST_PG_URL ?? 'postgres://127.0.0.1:5432/test')

// Trust auth still wants a user name; a URL without one means "the user running the tests", as psql does.
function withUser(raw: string): string {
  const url = new URL(raw)
  url.username ||= process.env.PGUSER ?? userInfo().username
  return url.toString()
}

export interface TestPgDatabase {
  url: string
  drop: () => Promise<void>
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

export async function createPgDatabase(): Promise<TestPgDatabase> {
  const name = `nastavnik_t_${randomBytes(6).toString('hex')}`
  await admin(client => client.query(`CREATE DATABASE ${name}`))
  const url = new URL(PG_ADMIN_URL)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: () => admin(client => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  }
}
