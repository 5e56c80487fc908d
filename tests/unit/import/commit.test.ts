import { afterEach, describe, expect, it } from 'vitest'
import { NO_WORK, type Person } from '#shared/model/person'
import type { RecordFields } from '#shared/model/record'
import { db as appDb } from '../../../src/app/db/index.ts'
import { type NastavnikDb, openDatabase } from '../../../src/app/db/schema.ts'
import { CHUNK_ROWS, writeRecords } from '../../../src/app/features/import/commit.ts'
import { useImportFlow } from '../../../src/app/features/import/flow.ts'
import { peopleImport } from '../../../src/app/features/import/people.ts'
import { cp1251 } from './support.ts'

let db: NastavnikDb
afterEach(async () => {
  await db?.delete()
  await appDb.people.clear()
  await appDb.outbox.clear()
})

const person = (i: number): RecordFields<Person> => ({
  name: `Ученик Номер ${i}`, category: 'student', classGroup: '7Б', birthDate: '2012-04-01', ovz: 0, gifted: i % 2 ? 1 : 0,
  competencies: [], requests: ['физика'], isMentor: 0, isMentee: 1, notes: '', partnerId: '', ...NO_WORK, erased: 0,
})

describe('confirming an import', () => {
  it('writes each person and its outbox entry through mutate()', async () => {
    db = openDatabase(`import-${Math.random()}`)
    const ids = await writeRecords(db, 'people', [person(1), person(2)], { chunk: CHUNK_ROWS })
    expect(await db.people.get(ids[0]!)).toMatchObject({ ...person(1), id: ids[0], deleted: 0 })
    const outbox = await db.outbox.orderBy('seq').toArray()
    expect(outbox.map(e => [e.entity, e.id, e.op])).toEqual([['people', ids[0], 'upsert'], ['people', ids[1], 'upsert']])
    expect(outbox[1]!.fields).toEqual(person(2))
  })

  it('writes in chunks and gives the event loop a turn between them', async () => {
    db = openDatabase(`import-${Math.random()}`)
    const total = CHUNK_ROWS * 4 + 10
    const progress: number[] = []
    let turns = 0
    let ticking = true
    const tick = () => {
      turns++
      if (ticking)
        setTimeout(tick, 0)
    }
    setTimeout(tick, 0)
    await writeRecords(db, 'people', Array.from({ length: total }, (_, i) => person(i)), { chunk: CHUNK_ROWS, onProgress: done => progress.push(done) })
    ticking = false
    expect(progress).toEqual([CHUNK_ROWS, CHUNK_ROWS * 2, CHUNK_ROWS * 3, CHUNK_ROWS * 4, total])
    // Other work (a repaint, a click) ran while the import was writing.
    expect(turns).toBeGreaterThanOrEqual(4)
    expect(await db.people.count()).toBe(total)
    expect(await db.outbox.count()).toBe(total)
  })

  it('writes a whole batch in one transaction when asked: a failure on the last record leaves nothing', async () => {
    db = openDatabase(`import-${Math.random()}`)
    // A function cannot be stored in IndexedDB: the third write throws inside the transaction.
    const broken = { ...person(3), notes: (() => '') as unknown as string }
    await expect(writeRecords(db, 'people', [person(1), person(2), broken], { chunk: Infinity })).rejects.toThrow()
    expect(await db.people.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
  })
})

describe('the import flow', () => {
  const csv = new File([cp1251('ФИО;Класс;Дата рождения\nИванов Иван;5А;01.09.2013\nОшибкин;5А;завтра\n')], 'список.csv')

  it('writes nothing until confirmed, and nothing when cancelled', async () => {
    const flow = useImportFlow(peopleImport)
    await flow.chooseFile(csv)
    expect(flow.step.value).toBe('columns')
    expect(flow.mapping.value).toEqual({ name: 0, classGroup: 1, birthDate: 2 })
    await flow.runCheck()
    expect(flow.check.value).toMatchObject({ importable: 1, errorRows: 1 })
    flow.restart()
    expect(await appDb.people.count()).toBe(0)
    expect(await appDb.outbox.count()).toBe(0)
  })

  it('writes the good rows on confirm', async () => {
    const flow = useImportFlow(peopleImport)
    await flow.chooseFile(csv)
    await flow.runCheck()
    await flow.confirm()
    expect(flow.step.value).toBe('done')
    expect((await appDb.people.toArray()).map(p => [p.name, p.classGroup, p.birthDate])).toEqual([['Иванов Иван', '5А', '2013-09-01']])
    expect(await appDb.outbox.count()).toBe(1)
  })

  it('says why a file is refused', async () => {
    const flow = useImportFlow(peopleImport)
    await flow.chooseFile(new File([new Uint8Array([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])], 'photo.png'))
    expect(flow.step.value).toBe('file')
    expect(flow.failure.value).toBe('not_spreadsheet')
  })
})
