import { describe, expect, it } from 'vitest'
import { positionAccusative } from '../../../src/app/features/reports/position.ts'

describe('a position as «назначить (кого?)» needs it', () => {
  it('declines its adjectives and its head, and leaves the words after them', () => {
    expect(positionAccusative('Заместитель директора по учебно-воспитательной работе')).toBe('заместителя директора по учебно-воспитательной работе')
    expect(positionAccusative('учитель математики')).toBe('учителя математики')
    expect(positionAccusative('педагог-психолог')).toBe('педагога-психолога')
    expect(positionAccusative('Учитель-логопед')).toBe('учителя-логопеда')
    expect(positionAccusative('социальный педагог')).toBe('социального педагога')
    expect(positionAccusative('старший вожатый')).toBe('старшего вожатого')
    expect(positionAccusative('ведущий специалист')).toBe('ведущего специалиста')
    expect(positionAccusative('руководитель МО учителей начальных классов')).toBe('руководителя МО учителей начальных классов')
  })

  it('knows none it was not taught, and an abbreviation: the caller prints those as typed', () => {
    for (const position of ['зам. директора', 'главный бухгалтер', 'ЗДУВР', ''])
      expect(positionAccusative(position), position).toBeUndefined()
  })
})
