// A worker thread does not inherit tsx's loader from the server's process: it registers its own, then loads the
// TypeScript entry named in its workerData (threads/calls.ts).
import { workerData } from 'node:worker_threads'
import { register } from 'tsx/esm/api'

register()
await import(workerData.entry)
