import { describe, expect, it } from 'vitest'
import { describeDevice } from '../../../src/server/users/deviceDescription.ts'

// Chrome on Android today: «Android 10; K» on every phone, whatever it is and runs.
const REDUCED = 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36'
const FULL = 'Mozilla/5.0 (Linux; Android 10; SM-A105F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/90.0.4430.210 Mobile Safari/537.36'

describe('a device as the curator reads it', () => {
  it('does not give every Android phone the frozen «Android 10» of the reduced User-Agent', () => {
    expect(describeDevice(REDUCED, null)).toBe('Android, Chrome 124')
    expect(describeDevice(REDUCED, JSON.stringify({ platformVersion: '14.0.0', model: 'SM-S911B' }))).toBe('Android 14, SM-S911B, Chrome 124')
    // An older Chrome still says the real version and model.
    expect(describeDevice(FULL, null)).toBe('Android 10, Samsung SM-A105F, Chrome 90')
  })
})
