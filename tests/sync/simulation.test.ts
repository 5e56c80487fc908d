import { afterAll, beforeAll, describe, it } from 'vitest'
import { runSeed } from './support/simulation.ts'
import { SimServer } from './support/simServer.ts'

/**
 * The seeded sync simulation (DESIGN.md, Tests). `SIM_SEEDS` sets how many seeds (1,000 in npm test,
 * 100,000 in `npm run soak`), `SIM_SEED` replays one, `SIM_SHARD` of `SIM_SHARDS` splits the range.
 */
const seeds = Number(process.env.SIM_SEEDS ?? 1000)
const only = process.env.SIM_SEED ? Number(process.env.SIM_SEED) : undefined

describe('sync simulation', () => {
  const server = new SimServer()
  beforeAll(() => server.start())
  afterAll(() => server.dispose())

  it(only ? `replays seed ${only}` : `converges on ${seeds} seeds, exactly once and in scope`, async () => {
    const list = only ? [only] : Array.from({ length: seeds }, (_, i) => i + 1)
    for (const seed of list) {
      try {
        await runSeed(server, seed)
      } catch (error) {
        throw new Error(`seed ${seed} failed — replay it with: SIM_SEED=${seed} npx vitest run --project sync\n${(error as Error).message}`, { cause: error })
      }
    }
  }, 30 * 60_000)
})
