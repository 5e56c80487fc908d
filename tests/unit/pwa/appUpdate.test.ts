import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useAppUpdate } from '../../../src/app/pwa/appUpdate.ts'

/** A new version installed and waiting, that takes over on SKIP_WAITING only when `swaps`. */
class WaitingWorker extends EventTarget {
  state: ServiceWorkerState = 'installed'
  constructor(private readonly swaps: boolean) {
    super()
  }

  postMessage(message: { type: string }): void {
    if (message.type === 'SKIP_WAITING' && this.swaps) {
      setTimeout(() => {
        this.state = 'activated'
        this.dispatchEvent(new Event('statechange'))
      }, 100)
    }
  }
}

let reload: ReturnType<typeof vi.fn>
let unregister: ReturnType<typeof vi.fn>

function browserWith(waiting: WaitingWorker, onLine: boolean): void {
  unregister = vi.fn(() => Promise.resolve(true))
  reload = vi.fn()
  vi.stubGlobal('location', { reload })
  vi.stubGlobal('navigator', {
    onLine,
    serviceWorker: Object.assign(new EventTarget(), { getRegistration: () => Promise.resolve({ waiting, unregister }) }),
  })
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('«Обновить»', () => {
  it('reloads once the new version is active, keeping the worker', async () => {
    browserWith(new WaitingWorker(true), true)
    await useAppUpdate().apply()
    await vi.advanceTimersByTimeAsync(10_000)
    expect(reload).toHaveBeenCalledOnce()
    expect(unregister).not.toHaveBeenCalled()
  })

  it('loads the page from the server when the new version stays waiting, online', async () => {
    browserWith(new WaitingWorker(false), true)
    await useAppUpdate().apply()
    await vi.advanceTimersByTimeAsync(4_000)
    expect(reload).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(2_000)
    expect(unregister).toHaveBeenCalledOnce()
    expect(reload).toHaveBeenCalledOnce()
  })

  it('does nothing more offline, where the server could not serve the page: the prompt stays', async () => {
    browserWith(new WaitingWorker(false), false)
    await useAppUpdate().apply()
    await vi.advanceTimersByTimeAsync(10_000)
    expect(unregister).not.toHaveBeenCalled()
    expect(reload).not.toHaveBeenCalled()
  })
})
