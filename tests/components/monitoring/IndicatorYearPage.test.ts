import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { INDICATOR_KEYS } from '#shared/indicators/definitions'
import { indicatorYearId } from '#shared/model/indicatorYear'
import { db } from '../../../src/app/db/index.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import IndicatorYearPage from '../../../src/app/features/monitoring/IndicatorYearPage.vue'
import { labelled, mountPageAt, settle, typeInto } from '../mountPage.ts'

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

const field = (label: string) => labelled(label, HTMLInputElement)

describe('the year\'s targets and totals', () => {
  it('keeps what was typed before the stored year arrived, and fills the fields left alone', async () => {
    await mountPageAt(IndicatorYearPage, `/monitoring/indicators/${YEAR}`)
    // Typed at once, on a device slower than its own database: before the live query's first answer.
    typeInto(field('Обучающихся в возрасте до 18 лет в школе'), '40')
    await flushPromises()
    await settle()
    expect(field('Обучающихся в возрасте до 18 лет в школе').value).toBe('40')
    expect(field('Молодых специалистов').value).toBe('7')
    expect(field('Доля обучающихся в возрасте до 18 лет, вошедших в программы наставничества в роли наставляемого').value).toBe('12')
  })
})
