import { afterAll, expect } from 'vitest'
import { recordedStatements, unscopedStatements } from './sqlAudit.ts'

// Each server test file's statements, checked when it ends (see sqlAudit.ts).
afterAll(() => {
  expect(unscopedStatements(recordedStatements()), 'statements on a school\'s tables that do not name the school (tests/server/helpers/sqlAudit.ts)').toEqual([])
})
