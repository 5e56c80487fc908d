import { describe, expect, it } from 'vitest'
import { meetingKindsNamed } from '#shared/roadmap/meetingKindsNamed'
import { SEED_GRIDS } from './seedGrids.ts'

const cells = (seed: keyof typeof SEED_GRIDS) => SEED_GRIDS[seed].flat()

describe('the meeting kinds a roadmap plans', () => {
  it('are the sequence seed 001 lists, its joint work under its own words, and «другое»', () => {
    expect(meetingKindsNamed(cells('001'))).toEqual([
      { kind: 'intro', name: '' },
      { kind: 'trial', name: '' },
      { kind: 'planning', name: '' },
      { kind: 'work', name: 'совместная работа по индивидуальному плану' },
      { kind: 'final', name: '' },
      { kind: 'other', name: '' },
    ])
  })

  it('take seed 002\'s names for the regular meetings, the group reflection, the closing and the thematic meetings', () => {
    expect(meetingKindsNamed(cells('002'))).toEqual([
      { kind: 'intro', name: '' },
      { kind: 'work', name: 'регулярная встреча' },
      { kind: 'reflection', name: 'групповая рефлексия' },
      { kind: 'final', name: 'заключительная встреча' },
      { kind: 'other', name: 'тематическая встреча' },
    ])
  })

  it('are none where a roadmap names no sequence of meetings (seeds 000, 003, 004; seed 000 mentions «рефлексии» once)', () => {
    expect(meetingKindsNamed(cells('000'))).toBeNull()
    expect(meetingKindsNamed(cells('003'))).toBeNull()
    expect(meetingKindsNamed(cells('004'))).toBeNull()
    expect(meetingKindsNamed(['Встреча-знакомство', 'Итоговая встреча'])).toBeNull()
  })

  it('read «ё», capitals and a dash with spaces as the same words', () => {
    expect(meetingKindsNamed(['ВСТРЕЧА – ЗНАКОМСТВО', 'пробная встреча', 'Заключительная встреча, отчёт'])?.map(k => k.kind)).toEqual(['intro', 'trial', 'final', 'other'])
  })
})
