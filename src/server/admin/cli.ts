import type { Command, CommandContext, Options, Values } from './command.ts'
import type { Config } from '../config.ts'
import type { Storage } from '../storage/db.ts'
import { parseArgs } from 'node:util'
import { setPasswordCost } from '../auth/password.ts'
import { loadConfig } from '../config.ts'
import { openDatabase } from '../storage/db.ts'
import { migrateToLatest } from '../storage/migrate.ts'
import { UsageError } from './command.ts'
import { COMMANDS } from './commands/index.ts'
import { commandHelp, helpText } from './help.ts'
import { readPassword } from './password.ts'

/*
 * `npm run admin -- <command> [options]`: what the server has no page for (schools, staff accounts, password
 * resets, backups, demo schools). Exit code 0 on success, 2 for a wrong command line (nothing was done), 1 for any other
 * failure, always with one line on stderr and never a stack trace.
 */

const print = (line: string) => process.stdout.write(`${line}\n`)

interface Invocation {
  command: Command
  values: Values<Options>
}

/** parseArgs's messages run on with advice about `--`; the first sentence is the useful one. */
const firstSentence = (message: string) => message.split(/(?<=\.) /)[0] ?? message

function parse(command: Command, args: string[]): Invocation | 'help' {
  let parsed
  try {
    parsed = parseArgs({
      args,
      options: { help: { type: 'boolean', short: 'h' }, ...Object.fromEntries(Object.entries(command.options).map(([name, spec]) => [name, { type: spec.type }])) },
      strict: true,
      allowPositionals: false,
    })
  } catch (error) {
    throw new UsageError(`${command.name}: ${firstSentence((error as Error).message)}`)
  }
  const values: Record<string, string | boolean | undefined> = parsed.values
  if (values.help)
    return 'help'
  const missing = Object.keys(command.options).find(name => command.options[name]!.required && values[name] === undefined)
  if (missing)
    throw new UsageError(`${command.name}: missing --${missing}`)
  return { command, values: values as Values<Options> }
}

async function open(config: Config): Promise<Storage> {
  const storage = openDatabase(config)
  try {
    await migrateToLatest(storage.db)
  } catch (error) {
    await storage.close().catch(() => {})
    throw new Error(`cannot prepare the ${storage.kind} database: ${(error as Error).message}`, { cause: error })
  }
  return storage
}

async function run(argv: string[]): Promise<number> {
  const [name, ...args] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    print(helpText(COMMANDS))
    return 0
  }
  const command = COMMANDS.find(c => c.name === name)
  if (!command)
    throw new UsageError(`unknown command "${name}"`)
  const invocation = parse(command, args)
  if (invocation === 'help') {
    print(commandHelp(command))
    return 0
  }
  const config = loadConfig(process.env)
  setPasswordCost(config.passwordCost)
  const storage = await open(config)
  // npm runs scripts in the package's directory; INIT_CWD is where the operator typed the command.
  const context: CommandContext = { config, db: storage.db, kind: storage.kind, cwd: process.env.INIT_CWD ?? process.cwd(), print, readPassword }
  try {
    await invocation.command.run(invocation.values, context)
  } finally {
    await storage.close()
  }
  return 0
}

function fail(error: unknown): number {
  const usage = error instanceof UsageError
  // pg reports a refused connection to several addresses as an AggregateError with an empty message.
  const message = (error instanceof Error ? error.message || (error as { code?: string }).code || error.name : String(error)).split('\n')[0]
  process.stderr.write(`Наставник admin: ${message}${usage ? ' (see npm run admin -- --help)' : ''}\n`)
  return usage ? 2 : 1
}

process.exitCode = await run(process.argv.slice(2)).catch(fail)
