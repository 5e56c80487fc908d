import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The app as `npm run build` made it, and a second build standing in for the next deployment. */
export const CURRENT_BUILD = join(import.meta.dirname, '../../../dist')
/**
 * One per checkout: two checkouts' runs at once (a clean clone's CI beside a working tree's) would otherwise
 * rebuild each other's next version mid-test, and the update test would wait for a version that was deleted.
 */
export const NEXT_BUILD = join(tmpdir(), `nastavnik-e2e-next-build-${createHash('sha256').update(CURRENT_BUILD).digest('hex').slice(0, 12)}`)
export const NEXT_BUILD_ID = 'next'
