import { UsageError } from './command.ts'

/*
 * A password never comes from argv: argv lands in shell history and is visible to every user in `ps`.
 * Piped in, it is the first line of stdin; at a terminal it is typed twice without echo.
 */

async function firstLine(stream: NodeJS.ReadableStream): Promise<string> {
  let text = ''
  for await (const chunk of stream) {
    text += String(chunk)
    if (text.includes('\n'))
      break
  }
  return text.split('\n')[0]!.replace(/\r$/, '')
}

const ENTER = new Set(['\r', '\n', '\u0004'])
const ERASE = new Set(['\u007F', '\b'])

function readHidden(prompt: string): Promise<string> {
  const stdin = process.stdin
  process.stderr.write(prompt)
  stdin.setRawMode(true)
  stdin.setEncoding('utf8')
  stdin.resume()
  return new Promise((resolve, reject) => {
    let value = ''
    const finish = (outcome: () => void) => {
      stdin.off('data', onData)
      stdin.setRawMode(false)
      stdin.pause()
      process.stderr.write('\n')
      outcome()
    }
    function onData(chunk: string) {
      for (const char of chunk) {
        if (ENTER.has(char))
          return finish(() => resolve(value))
        if (char === '\u0003')
          return finish(() => reject(new Error('cancelled')))
        value = ERASE.has(char) ? [...value].slice(0, -1).join('') : value + char
      }
    }
    stdin.on('data', onData)
  })
}

export async function readPassword(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) {
    const password = await firstLine(process.stdin)
    if (password === '')
      throw new UsageError('no password on stdin: pipe it as one line, e.g. printf \'%s\\n\' "$PASSWORD" | npm run admin -- …')
    return password
  }
  const password = await readHidden(`${prompt}: `)
  if (password === '')
    throw new UsageError('the password is empty')
  if (await readHidden('Repeat / ещё раз: ') !== password)
    throw new UsageError('the two passwords differ')
  return password
}
