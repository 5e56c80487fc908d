import { openDatabase } from './schema.ts'

/** The one database of this browser profile. Tests open their own with `openDatabase(name)`. */
export const db = openDatabase()
