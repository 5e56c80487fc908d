import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { INDICATOR_KEYS } from '#shared/indicators/definitions'
import { indicatorYearId } from '#shared/model/indicatorYear'
import { db } from '../../../src/app/db/index.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import IndicatorYearPage from '../../../src/app/features/monitoring/IndicatorYearPage.vue'
import { routes } from '../../../src/app/router.ts'
import { settle } from '../mountPage.ts'

const YEAR = 2026

beforeEach(async () => {
  await db.delete()
  await db.open()
  await mutate(db, 'indicatorYears', indicatorYearId(YEAR), 'upsert', {
    year: YEAR,
    targets: { ...Object.fromEntries(INDICATOR_KEYS.map(key => [key, null])) as Record<typeof INDICATOR_KEYS[number], number | null>, menteeStudents: 12 },
    denominators: { studentsUnder18: null, youngSpecialists: 7, partnerOrganizations: null },
  })
})
afterEach(() => {
  document.body.innerHTML = ''
})

/** The input a label names, as a person finds it. */
function field(label: string): HTMLInputElement {
  const found = [...document.querySelectorAll('label')].find(l => l.textContent?.trim().startsWith(label))
  const input = found && document.getElementById(found.htmlFor)
  if (!(input instanceof HTMLInputElement))
    throw new Error(`no field «${label}»`)
  return input
}

describe('the year\'s targets and totals', () => {
  it('keeps what was typed before the stored year arrived, and fills the fields left alone', async () => {
    const router = createRouter({ history: createMemoryHistory(), routes })
    await router.push(`/monitoring/indicators/${YEAR}`)
    mount(IndicatorYearPage, { global: { plugins: [router] }, attachTo: document.body })
    // Typed at once, on a device slower than its own database: before the live query's first answer.
    const pupils = field('Обучающихся в возрасте до 18 лет в школе')
    pupils.value = '40'
    pupils.dispatchEvent(new Event('input'))
    await flushPromises()
    await settle()
    expect(field('Обучающихся в возрасте до 18 лет в школе').value).toBe('40')
    expect(field('Молодых специалистов').value).toBe('7')
    expect(field('Доля обучающихся в возрасте до 18 лет, вошедших в программы наставничества в роли наставляемого').value).toBe('12')
  })
})
