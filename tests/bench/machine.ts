import { execFile } from 'node:child_process'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { ROOT } from './fixture.ts'
import { round } from './stats.ts'

/**
 * What this machine costs at the moment of a run, so runs on different days can be told apart from changes of
 * the code: the figures of one commit moved by half between nights when the virtual machine did. Each probe is
 * the median of several tries, in a fresh process (`machine-probe.ts`).
 */
export interface MachineCalibration {
  /** The 1-minute load average when the run began: above the core count, other work shares the cores. */
  loadAverage: number
  /** A fixed JavaScript workload (JSON printed and parsed): the speed of one core. */
  jsMs: number
  /** One `write(2)` of a byte to /dev/null: the price of entering the kernel, which every send and every IPC pays. */
  syscallUs: number
  /** A byte sent to a TCP socket on loopback and echoed back, as each SQL statement to PostgreSQL and each HTTP request travels. */
  loopbackRoundTripUs: number
  /** 4 KiB written and `fdatasync`ed in the temporary directory: what every commit that waits for the disk pays. */
  fdatasyncMs: number
}

export async function calibrateMachine(): Promise<MachineCalibration> {
  const loadAverage = round(loadavg()[0]!, 2)
  const { stdout } = await promisify(execFile)(join(ROOT, 'node_modules/.bin/tsx'), [join(import.meta.dirname, 'machine-probe.ts')], { cwd: ROOT })
  return { loadAverage, ...JSON.parse(stdout) as Omit<MachineCalibration, 'loadAverage'> }
}
