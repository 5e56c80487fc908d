import { describe, expect, it } from 'vitest'
import { meetingsByMonth, quietPairs } from '#shared/indicators/activity'

const meeting = (pairId: string, date: string, deleted: 0 | 1 = 0) => ({ pairId, date, deleted })
const pair = (id: string, startDate: string, status: 'active' | 'completed' | 'dissolved' = 'active') => ({ id, startDate, status, deleted: 0 as const })

describe('meetings by month', () => {
  it('counts the year\'s live meetings by calendar month, ignoring other years and deleted ones', () => {
    const months = meetingsByMonth([meeting('a', '2026-01-31'), meeting('a', '2026-01-01'), meeting('b', '2026-12-05'), meeting('b', '2025-12-05'), meeting('c', '2026-03-03', 1)], '2026-01-01')
    expect(months).toEqual([2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1])
  })

  it('counts a school year\'s from September to August (seed 002\'s autumn meetings in its June monitoring)', () => {
    const months = meetingsByMonth([meeting('a', '2024-09-05'), meeting('a', '2024-12-20'), meeting('b', '2025-05-30'), meeting('b', '2025-09-01'), meeting('b', '2024-08-31')], '2024-09-01')
    expect(months).toEqual([1, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0])
  })
})

describe('quiet pairs', () => {
  it('names running pairs silent for 21 days or more, from their last meeting or their start, longest first', () => {
    const quiet = quietPairs(
      [pair('met-recently', '2026-09-01'), pair('met-long-ago', '2026-09-01'), pair('never-met', '2026-10-01'), pair('new', '2026-11-20'), pair('done', '2026-01-01', 'completed')],
      [meeting('met-recently', '2026-11-20'), meeting('met-long-ago', '2026-11-09'), meeting('met-long-ago', '2026-10-01'), meeting('done', '2026-02-01'), meeting('met-long-ago', '2026-12-30')],
      '2026-12-01',
    )
    expect(quiet).toEqual([
      { pairId: 'never-met', lastMeeting: '', days: 61 },
      { pairId: 'met-long-ago', lastMeeting: '2026-11-09', days: 22 },
    ])
  })
})
