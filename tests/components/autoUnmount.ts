import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach } from 'vitest'

// A page left mounted keeps its live queries running into the next test's `db.delete()`, which then fail as
// unhandled «Database has been closed» errors that vitest pins on whichever test runs at the time.
enableAutoUnmount(afterEach)
