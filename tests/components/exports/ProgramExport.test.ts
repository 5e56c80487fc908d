import readXlsxFile from 'read-excel-file/universal'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { db } from '../../../src/app/db/index.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { mountAt, settle } from '../mountPage.ts'

beforeEach(async () => {
  await db.delete()
  await db.open()
})
afterEach(() => {
  document.body.innerHTML = ''
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('whole-programme export', () => {
  it('builds the workbook from this device while offline, saying the survey results need the server', async () => {
    const programId = uuidv7()
    const mentorId = uuidv7()
    await mutate(db, 'programs', programId, 'upsert', { name: 'Ученик – ученик', form: 'ученик – ученик', startDate: '2025-09-01', endDate: '2026-05-31', goals: '', status: 'active', roleVariation: '', curators: '' })
    await mutate(db, 'people', mentorId, 'upsert', { name: 'Борисова Дарья', category: 'student', classGroup: '10Б', birthDate: '', ovz: 0, gifted: 0, competencies: [], requests: [], isMentor: 1, isMentee: 0, notes: '', partnerId: '' })
    await mutate(db, 'awards', uuidv7(), 'upsert', { personId: mentorId, programId, kind: 'gratitude', date: '2026-05-25', basis: 'Приказ № 12', notes: '' })
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))))
    let written: Blob | undefined
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      written = blob as Blob
      return 'blob:workbook'
    })

    const { wrapper } = await mountAt('/exports')
    await settle()
    const submit = wrapper.find('.program-export button[type="submit"]')
    expect(submit.attributes('disabled')).toBeDefined()
    await wrapper.find('.program-export select').setValue(programId)
    await wrapper.find('.program-export').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('[role="status"]').text()).toMatch(/^Файл «Ученик – ученик \d{4}-\d{2}-\d{2}\.xlsx» готов$/))

    const sheets = new Map((await readXlsxFile(await written!.arrayBuffer())).map(s => [s.sheet, s.data]))
    expect(sheets.get('Анкетирование')?.[1]?.[0]).toContain('считает сервер')
    expect(sheets.get('Поощрения')?.[1]?.slice(0, 2)).toEqual(['Борисова Дарья', 'благодарность'])
  })
})
