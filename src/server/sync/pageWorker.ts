import type { PageRequest } from './pageThread.ts'
import { serveCalls } from '../threads/serve.ts'
import { pull } from './pull.ts'
import { ScopeCache } from './scope.ts'

/* The pull thread's side of `pageThread.ts`: a read-only connection and kept scopes of its own. */

serveCalls<PageRequest, Uint8Array>({ readOnly: true }, (storage) => {
  const scopes = new ScopeCache()
  return async ({ auth, cursor, form, rows }) => {
    const page = await pull(storage.db, storage.kind, auth, cursor, scopes, form, rows)
    // Handed over, not copied, when the page fills a buffer of its own (a page of 4 KiB and more does).
    const bytes = page.byteOffset === 0 && page.byteLength === page.buffer.byteLength ? page : new Uint8Array(page)
    return { value: bytes, transfer: [bytes.buffer as ArrayBuffer] }
  }
})
