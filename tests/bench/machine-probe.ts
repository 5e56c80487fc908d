import { closeSync, fdatasyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs'
import { createServer, connect, type AddressInfo, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { MachineCalibration } from './machine.ts'
import { round } from './stats.ts'

/*
 * The machine's probes (`machine.ts`), run in a process of their own so that the bench process's heap and handles
 * weigh on none of them. Prints the figures as JSON.
 */

function medianOf(tries: number, measure: () => number): number {
  const samples = Array.from({ length: tries }, measure).sort((a, b) => a - b)
  return samples[Math.floor(samples.length / 2)]!
}

function timed(work: () => void): number {
  const started = performance.now()
  work()
  return performance.now() - started
}

const SAMPLE = { rows: Array.from({ length: 2000 }, (_, i) => ({ id: `record-${i}`, topic: 'Встреча наставника и наставляемого', minutes: i % 90, done: i % 2 === 0 })) }

/** The mean of `trips` one-byte round trips between two sockets of this process. */
async function loopbackRoundTripMs(trips: number): Promise<number> {
  const server = createServer(socket => socket.on('data', data => socket.write(data)))
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const socket: Socket = connect((server.address() as AddressInfo).port, '127.0.0.1')
  socket.setNoDelay(true)
  await new Promise(resolve => socket.once('connect', resolve))
  const started = performance.now()
  for (let i = 0; i < trips; i++) {
    const echoed = new Promise(resolve => socket.once('data', resolve))
    socket.write('x')
    await echoed
  }
  const ms = (performance.now() - started) / trips
  socket.destroy()
  await new Promise(resolve => server.close(resolve))
  return ms
}

async function probe(): Promise<Omit<MachineCalibration, 'loadAverage'>> {
  const jsMs = medianOf(7, () => timed(() => {
    for (let i = 0; i < 20; i++)
      JSON.parse(JSON.stringify(SAMPLE))
  }))

  const calls = 20_000
  const devNull = openSync('/dev/null', 'w')
  const byte = Buffer.from('x')
  const syscallMs = medianOf(5, () => timed(() => {
    for (let i = 0; i < calls; i++)
      writeSync(devNull, byte)
  }))
  closeSync(devNull)

  const rounds: number[] = []
  for (let i = 0; i < 5; i++)
    rounds.push(await loopbackRoundTripMs(2000))
  const loopbackMs = rounds.sort((a, b) => a - b)[2]!

  const dir = mkdtempSync(join(tmpdir(), 'nastavnik-calibrate-'))
  const file = openSync(join(dir, 'probe'), 'w')
  const block = Buffer.alloc(4096, 1)
  const fdatasyncMs = medianOf(21, () => timed(() => {
    writeSync(file, block, 0, block.length, 0)
    fdatasyncSync(file)
  }))
  closeSync(file)
  rmSync(dir, { recursive: true, force: true })

  return { jsMs: round(jsMs, 1), syscallUs: round(syscallMs * 1000 / calls, 2), loopbackRoundTripUs: round(loopbackMs * 1000, 1), fdatasyncMs: round(fdatasyncMs, 2) }
}

process.stdout.write(JSON.stringify(await probe()))
