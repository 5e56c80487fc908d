// Whole words: `\b` knows only Latin letters.
const APPROVAL = /^(?:утверждаю|утвержден[оа]?|согласовано|рассмотрено|принято)(?![а-яё])/i
const TITLE = /^(?:дорожная карта|план)(?![а-яё])/i

/**
 * The approval heading a school's roadmap carries above its title, as its text has it (seeds 000, 002, 004:
 * «УТВЕРЖДАЮ / Директор … / О.В. Владимирова / 02.09.2024 г.», «РАССМОТРЕНО … Протокол № 1», «СОГЛАСОВАНО
 * педагогическим советом …»): the lines above the first table, from the first «УТВЕРЖДАЮ», «СОГЛАСОВАНО»,
 * «РАССМОТРЕНО» or «ПРИНЯТО» to the title («Дорожная карта …», «План …»), each trimmed, blank ones and bold marks
 * gone. '' where there is none.
 */
export function pastedApproval(text: string): string {
  const lines: string[] = []
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (raw.includes('\t'))
      break
    const line = raw.replace(/\*\*/g, '').trim()
    if (TITLE.test(line) && lines.length)
      break
    if (line && (lines.length || APPROVAL.test(line)))
      lines.push(line)
  }
  return lines.join('\n')
}
