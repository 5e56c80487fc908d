import type { Transaction } from 'kysely'
import SQLite from 'better-sqlite3'
import { Kysely, sql, SqliteDialect } from 'kysely'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { GroupCommit } from '../../src/server/storage/groupCommit.ts'
import { tempDir } from './helpers/server.ts'

/** Two tables of their own in a real SQLite file, with a foreign key a commit can break. */
interface Tables {
  parent: { id: string }
  child: { id: string, parent_id: string }
}

describe('group commit on SQLite', () => {
  let dir: string
  let db: Kysely<Tables>
  let commits: number
  beforeEach(async () => {
    dir = tempDir()
    commits = 0
    const file = new SQLite(join(dir, 'group.sqlite'))
    file.pragma('journal_mode = WAL')
    file.pragma('foreign_keys = ON')
    db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: file }), log: (event) => {
      if (event.query.sql === 'commit')
        commits++
    } })
    await sql`create table parent (id text primary key)`.execute(db)
    await sql`create table child (id text primary key, parent_id text not null references parent (id))`.execute(db)
  })
  afterEach(async () => {
    await db.destroy()
    rmSync(dir, { recursive: true, force: true })
  })

  const groupOf = (onAbort?: () => void) => new GroupCommit(db, onAbort)
  const insert = (id: string) => (trx: Transaction<Tables>) => trx.insertInto('parent').values({ id }).execute().then(() => id)
  const parents = async () => (await db.selectFrom('parent').select('id').orderBy('id').execute()).map(row => row.id)

  it('commits the work that arrives together once, and answers each piece after that commit', async () => {
    const group = groupOf()
    const answered = await Promise.all(['a', 'b', 'c', 'd', 'e'].map(id => group.run(insert(id))))
    expect(answered).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(commits).toBe(1)
    expect(await parents()).toEqual(['a', 'b', 'c', 'd', 'e'])
  })

  it('undoes a piece that fails alone: it fails, the others commit', async () => {
    const group = groupOf()
    const failing = group.run(async (trx) => {
      await insert('b')(trx)
      throw new Error('refused b')
    })
    const [a, b, c] = await Promise.allSettled([group.run(insert('a')), failing, group.run(insert('c'))])
    expect(a).toEqual({ status: 'fulfilled', value: 'a' })
    expect(b).toMatchObject({ status: 'rejected', reason: { message: 'refused b' } })
    expect(c).toEqual({ status: 'fulfilled', value: 'c' })
    expect(await parents()).toEqual(['a', 'c'])
    expect(commits).toBe(1)
  })

  it('fails every piece of a commit that fails, keeps none of them, and says so', async () => {
    let aborts = 0
    const group = groupOf(() => aborts++)
    // A foreign key checked at commit: each piece succeeds, the commit cannot.
    const dangling = group.run(async (trx) => {
      await sql`pragma defer_foreign_keys = on`.execute(trx)
      await trx.insertInto('child').values({ id: 'x', parent_id: 'nobody' }).execute()
    })
    const outcomes = await Promise.allSettled([group.run(insert('a')), dangling])
    expect(outcomes.map(outcome => outcome.status)).toEqual(['rejected', 'rejected'])
    expect(String((outcomes[0] as PromiseRejectedResult).reason)).toMatch(/FOREIGN KEY/)
    expect(aborts).toBe(1)
    expect(await parents()).toEqual([])
    // The connection is usable afterwards, and the next work commits on its own.
    expect(await group.run(insert('z'))).toBe('z')
    expect(await parents()).toEqual(['z'])
  })

  it('takes work that arrives while a commit runs into the next one', async () => {
    const group = groupOf()
    let later: Promise<string> | undefined
    const first = group.run(async (trx) => {
      later = group.run(insert('b'))
      return insert('a')(trx)
    })
    expect(await first).toBe('a')
    expect(await later).toBe('b')
    expect(commits).toBe(2)
  })
})
