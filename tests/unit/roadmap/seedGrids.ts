import { SEED_000 } from './fixtures/seed000.ts'
import { SEED_001 } from './fixtures/seed001.ts'
import { SEED_002 } from './fixtures/seed002.ts'
import { SEED_003 } from './fixtures/seed003.ts'
import { SEED_004 } from './fixtures/seed004.ts'

/** The five seeds' roadmap tables, as cell grids. */
export const SEED_GRIDS = { '000': SEED_000, '001': SEED_001, '002': SEED_002, '003': SEED_003, '004': SEED_004 }
