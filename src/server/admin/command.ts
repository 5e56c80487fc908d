import type { Kysely } from 'kysely'
import type { Config } from '../config.ts'
import type { DbKind } from '../storage/db.ts'
import type { Database } from '../storage/schema.ts'

/** One option of a command, for parseArgs and for --help. */
interface OptionSpec {
  type: 'string' | 'boolean'
  /** What the value looks like in --help, e.g. `<id>`. */
  value?: string
  help: string
  required?: boolean
}

export type Options = Record<string, OptionSpec>

/** Parsed options: a required one is there (cli.ts checks before run), any other may be missing. */
export type Values<O extends Options> = {
  [K in keyof O]: (O[K]['type'] extends 'boolean' ? boolean : string) | (O[K]['required'] extends true ? never : undefined)
}

export interface CommandContext {
  /** The server's settings, from the same environment (the demo prints the address the server will have). */
  config: Config
  db: Kysely<Database>
  kind: DbKind
  /** Where relative paths are resolved: the directory the operator ran `npm run` from, not the package's. */
  cwd: string
  print: (line: string) => void
  /** One line from stdin; on a terminal asked twice without echo. Never empty. */
  readPassword: (prompt: string) => Promise<string>
}

export interface Command<O extends Options = Options> {
  name: string
  /** One line for --help: English, with a Russian hint. */
  summary: string
  options: O
  // Method syntax on purpose: a command's own option names stay typed, and it still fits the list in commands/.
  run(values: Values<O>, context: CommandContext): Promise<void>
}

export function defineCommand<const O extends Options>(command: Command<O>): Command<O> {
  return command
}

/** The command line was wrong (unknown command, missing or bad option): exit code 2, nothing was done. */
export class UsageError extends Error {
  override name = 'UsageError'
}
