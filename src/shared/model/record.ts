/**
 * What every synced record carries. `id` is made on the device (UUIDv7); `updatedAt` is the device's
 * clock, kept for people to read and never used for ordering (the server's version orders);
 * `deleted` is a tombstone, 0/1 rather than a boolean because IndexedDB cannot index booleans.
 */
export interface SyncRecord {
  id: string
  updatedAt: string
  deleted: 0 | 1
}

/** The fields a mutation may carry for a record type: everything but the bookkeeping. */
export type RecordFields<T extends SyncRecord> = Omit<T, 'id' | 'updatedAt' | 'deleted'>
