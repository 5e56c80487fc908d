import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { type Program, ProgramFields, programState } from '#shared/model/program'

const year = { startDate: '2026-09-01', endDate: '2027-05-31' }
const on = (status: Program['status'], today: string) => programState({ ...year, status }, today)

describe('a programme\'s state', () => {
  it('follows its dates when the curator leaves it to them: планируется, идёт (the last day too), завершена', () => {
    expect(on('active', '2026-08-31')).toBe('planned')
    expect(on('active', '2026-09-01')).toBe('running')
    expect(on('active', '2027-05-31')).toBe('running')
    expect(on('active', '2027-06-01')).toBe('finished')
  })

  it('is suspended while the curator says so, until the end date has passed', () => {
    expect(on('suspended', '2026-08-01')).toBe('suspended')
    expect(on('suspended', '2027-01-15')).toBe('suspended')
    expect(on('suspended', '2027-06-01')).toBe('finished')
  })

  it('stays closed early once the curator closed it early, after the end date too', () => {
    expect(on('closed_early', '2026-08-01')).toBe('closed_early')
    expect(on('closed_early', '2027-01-15')).toBe('closed_early')
    expect(on('closed_early', '2028-01-15')).toBe('closed_early')
  })

  it('reads the first release\'s \'closed\' as closed early before the end date, and as finished from it on', () => {
    expect(on('closed', '2026-08-01')).toBe('closed_early')
    expect(on('closed', '2027-01-15')).toBe('closed_early')
    expect(on('closed', '2027-05-31')).toBe('finished')
    expect(on('closed', '2027-09-01')).toBe('finished')
  })

  it('accepts what old devices still send and the new overrides', () => {
    const program = { name: 'Ученик – ученик', form: 'ученик – ученик', goals: '', roleVariation: '', curators: '', ...year }
    for (const status of ['active', 'closed', 'suspended', 'closed_early'])
      expect(v.is(ProgramFields, { ...program, status })).toBe(true)
    expect(v.is(ProgramFields, { ...program, status: 'paused' })).toBe(false)
  })
})
