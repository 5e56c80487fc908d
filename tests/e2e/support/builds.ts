import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The app as `npm run build` made it, and a second build standing in for the next deployment. */
export const CURRENT_BUILD = join(import.meta.dirname, '../../../dist')
export const NEXT_BUILD = join(tmpdir(), 'nastavnik-e2e-next-build')
export const NEXT_BUILD_ID = 'next'
