import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SCHOOL_REQUISITES_ID } from '#shared/model/schoolRequisites'
import { db } from '../../../src/app/db/index.ts'
import { writeMeta } from '../../../src/app/db/meta.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { useSession } from '../../../src/app/stores/session.ts'
import { mountAt, settle } from '../mountPage.ts'

const NBSP = '\u00A0'

beforeEach(async () => {
  await db.delete()
  await db.open()
  // No requisites yet: the school's name and the curator's come from the sign-in.
  await writeMeta(db, 'session', { token: 't', user: { id: 'u', name: 'Шиловская Яна Андреевна', role: 'curator', schoolId: 's', schoolName: 'Школа № 5', personId: null } })
})
afterEach(() => {
  document.body.innerHTML = ''
})

async function journal() {
  const { wrapper } = await mountAt('/reports/journal?from=2025-09-01&to=2026-08-31', [], () => useSession().load())
  await settle()
  return wrapper.find('.document')
}

describe('the school\'s journal of meetings, printed', () => {
  it('keeps each year with its «г.», so that «г.» never starts a line of its own', async () => {
    const sheet = await journal()
    expect(sheet.text()).toContain(`за период с 1 сентября 2025${NBSP}г. по 31 августа 2026${NBSP}г.`)
  })

  it('has no number and date of its own to fill or print: a journal is kept, not issued as an order is', async () => {
    const { wrapper } = await mountAt('/reports/journal?from=2025-09-01&to=2026-08-31', [], () => useSession().load())
    await settle()
    expect(wrapper.find('.document').exists()).toBe(true)
    expect(wrapper.find('.document__date-line').exists()).toBe(false)
    expect(wrapper.findAll('label').map(l => l.text())).not.toContain('Номер документа')
  })

  it('is signed by the curator signed in while the requisites name no curator, and by the requisites\' one once they do', async () => {
    expect((await journal()).find('.document__signature').text()).toBe(`Куратор ____________________${NBSP}Я.${NBSP}А.${NBSP}Шиловская`)
    document.body.innerHTML = ''
    await mutate(db, 'schoolRequisites', SCHOOL_REQUISITES_ID, 'upsert', { fullName: 'МБОУ СОШ № 5', curatorName: 'Петрова Анна Игоревна', curatorPosition: 'заместитель директора' })
    expect((await journal()).find('.document__signature').text()).toBe(`Куратор (заместитель директора) ____________________${NBSP}А.${NBSP}И.${NBSP}Петрова`)
  })

  it('sets the signature flush left, not justified as the paragraphs are, so that its words do not spread over the line', async () => {
    const style = document.createElement('style')
    style.textContent = readFileSync('src/app/features/reports/reports.css', 'utf8')
    document.head.append(style)
    const sheet = await journal()
    expect(getComputedStyle(sheet.find('p.document__signature').element).textAlign).toBe('left')
    expect(getComputedStyle(sheet.find('p:not(.document__signature):not(.document__center)').element).textAlign).toBe('justify')
    style.remove()
  })
})
