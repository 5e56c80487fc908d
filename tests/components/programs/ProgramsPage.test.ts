import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Program } from '#shared/model/program'
import { db } from '../../../src/app/db/index.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { mountAt, settle } from '../mountPage.ts'
import { screenWide } from '../screen.ts'

beforeEach(async () => {
  // The phone's cards.
  screenWide(false)
  await db.delete()
  await db.open()
})
afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

// Far enough from any day the test runs on: ended long ago, running for decades, not started yet.
const past = ['2019-09-01', '2020-05-31'] as const
const now = ['2020-09-01', '2099-05-31'] as const
const future = ['2099-09-01', '2100-05-31'] as const

async function program(id: string, name: string, [startDate, endDate]: readonly [string, string], status: Program['status']) {
  await mutate(db, 'programs', id, 'upsert', { name, form: 'ученик – ученик', startDate, endDate, goals: '', status, roleVariation: '', curators: '' })
}

describe('programme list', () => {
  it('shows each programme\'s state by its dates or the curator\'s word, the running ones first', async () => {
    await program('ended', 'Прошлогодняя', past, 'active')
    await program('old-closed', 'Закрытая прежней версией', past, 'closed')
    await program('running', 'Текущая', now, 'active')
    await program('paused', 'На паузе', now, 'suspended')
    await program('next', 'Будущая', future, 'active')
    await program('early', 'Досрочно', now, 'closed')
    const { wrapper } = await mountAt('/programs')
    await settle()
    const cards = wrapper.findAll('.card').map(c => [c.find('.card__title').text(), c.find('.tag').text()])
    expect(cards).toEqual([
      ['Текущая', 'Идёт'],
      ['Будущая', 'Планируется'],
      ['На паузе', 'Приостановлена'],
      ['Прошлогодняя', 'Завершена'],
      ['Закрытая прежней версией', 'Завершена'],
      ['Досрочно', 'Закрыта досрочно'],
    ])
  })
})
