import { type Compilable, CompiledQuery, type Kysely } from 'kysely'
import type { Database } from './schema.ts'

/** Where a call's argument goes among a compiled statement's parameters: argument `arg`, or its item `item`. */
class Slot {
  constructor(readonly arg: number, readonly item?: number) {}
}

type Db = Kysely<Database>

/**
 * A statement Kysely builds and compiles once, then runs with each call's arguments bound in their places. Building
 * and compiling (`freeze`, the operation-node visitor, reference parsing) was a quarter of the server's thread on a
 * region's load, the statement itself less. `build` is called with stand-ins for the arguments, so it must pass
 * them to Kysely as they are (values, lists of values) and decide nothing by them; a list's length is part of the
 * statement's shape, and each shape is compiled once. Kept per dialect (the database's adapter), so the compiled
 * text is the one a transaction of that database sends too.
 */
export function prepared<Args extends unknown[], Row>(build: (db: Db, ...args: Args) => Compilable<Row>): (db: Db, ...args: Args) => Promise<Row[]> {
  const compiled = new WeakMap<object, Map<string, CompiledQuery<Row>>>()
  return async (db, ...args) => {
    const adapter = db.getExecutor().adapter
    let shapes = compiled.get(adapter)
    if (!shapes)
      compiled.set(adapter, shapes = new Map<string, CompiledQuery<Row>>())
    const shape = args.map(arg => Array.isArray(arg) ? arg.length : '').join()
    let query = shapes.get(shape)
    if (!query) {
      const slots = args.map((arg, i) => Array.isArray(arg) ? arg.map((_, item) => new Slot(i, item)) : new Slot(i)) as Args
      query = build(db, ...slots).compile()
      shapes.set(shape, query)
    }
    const parameters = query.parameters.map(p => p instanceof Slot ? (p.item === undefined ? args[p.arg] : (args[p.arg] as unknown[])[p.item]) : p)
    return (await db.executeQuery<Row>(CompiledQuery.raw(query.sql, parameters))).rows
  }
}
