import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runSeed } from './simulation.ts'
import { SimServer } from './simServer.ts'

/**
 * The seeded sync simulation (DESIGN.md, Tests). `SIM_SEEDS` sets how many seeds in all (200 in
 * npm test: the CPU time 300 took while the runs were nearly empty; 100,000 in `npm run soak`), split
 * between the shard files so both cores run; `SIM_SEED` replays one seed.
 */
export function defineSimulation(shard: number, shards: number): void {
  const seeds = Number(process.env.SIM_SEEDS ?? 200)
  const only = process.env.SIM_SEED ? Number(process.env.SIM_SEED) : undefined
  const list = only
    ? (only % shards === shard ? [only] : [])
    : Array.from({ length: seeds }, (_, i) => i + 1).filter(seed => seed % shards === shard)

  describe(`sync simulation, shard ${shard + 1} of ${shards}`, () => {
    const server = new SimServer()
    beforeAll(() => server.start())
    afterAll(() => server.dispose())

    it(`converges on ${list.length} seeds, exactly once and in scope`, async () => {
      let handedOver = 0
      for (const seed of list) {
        try {
          handedOver += Number(await runSeed(server, seed))
        } catch (error) {
          throw new Error(`seed ${seed} failed — replay it with: SIM_SEED=${seed} npx vitest run --project sync\n${(error as Error).message}`, { cause: error })
        }
      }
      // The story the entitlement checks are for must have happened, not just been possible.
      if (list.length >= 10)
        expect(handedOver, 'no run handed a pair on while its mentor had work unsent').toBeGreaterThan(list.length / 4)
    }, 60 * 60_000)
  })
}
