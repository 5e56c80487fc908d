import type { Command } from './command.ts'

function usage(command: Command): string {
  const options = Object.entries(command.options).map(([name, spec]) => {
    const option = spec.value ? `--${name} ${spec.value}` : `--${name}`
    return spec.required ? option : `[${option}]`
  })
  return [command.name, ...options].join(' ')
}

function describe(command: Command): string[] {
  const options = Object.entries(command.options).map(([name, spec]) => {
    const option = spec.value ? `--${name} ${spec.value}` : `--${name}`
    return `      ${option.padEnd(22)} ${spec.help}`
  })
  return [`  ${usage(command)}`, `      ${command.summary}`, ...options, '']
}

export function helpText(commands: readonly Command[]): string {
  return [
    'Наставник admin: npm run admin -- <command> [options]',
    '',
    'Uses the server\'s own settings: SQLite in DATA_DIR, or PostgreSQL when DATABASE_URL is set, and applies',
    'pending migrations first. Passwords are read from stdin (one line), never from the command line',
    '(demo --password excepted: a made-up school\'s password, printed with the result).',
    'Настройки те же, что у сервера (DATA_DIR или DATABASE_URL); пароль читается из stdin.',
    '',
    'Commands:',
    ...commands.flatMap(describe),
    'Exit codes: 0 done, 1 failed, 2 wrong command line.',
  ].join('\n')
}

export function commandHelp(command: Command): string {
  return `Usage: npm run admin -- ${describe(command).join('\n').trim()}`
}
