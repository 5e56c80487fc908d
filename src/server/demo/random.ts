/**
 * A small seeded generator (mulberry32): the same seed gives the same school, on any machine, so a benchmark
 * or a bug report can name its data by one number.
 */
export class Random {
  private state: number
  private idCount = 0

  constructor(seed: number, private readonly idEpochMs: number) {
    this.state = seed >>> 0
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6D2B79F5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  pick<T>(items: readonly T[]): T {
    if (!items.length)
      throw new RangeError('pick from an empty list')
    return items[Math.floor(this.next() * items.length)]!
  }

  /** A few distinct items, in list order. */
  some<T>(items: readonly T[], min: number, max: number): T[] {
    return this.shuffle(items).slice(0, Math.min(items.length, this.int(min, max))).sort((a, b) => items.indexOf(a) - items.indexOf(b))
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items]
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1))
      ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
    }
    return copy
  }

  /**
   * A UUIDv7 from the seed: its time part counts up from the epoch a millisecond per id, so ids sort in the
   * order they were made, like the app's, and the same seed gives the same ids.
   */
  id(): string {
    const bytes = Array.from({ length: 16 }, () => this.int(0, 255))
    let ms = this.idEpochMs + this.idCount++
    for (let i = 5; i >= 0; i--) {
      bytes[i] = ms % 256
      ms = Math.floor(ms / 256)
    }
    bytes[6] = 0x70 | (bytes[6]! & 0x0F)
    bytes[8] = 0x80 | (bytes[8]! & 0x3F)
    const hex = bytes.map(b => b.toString(16).padStart(2, '0')).join('')
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
  }
}
