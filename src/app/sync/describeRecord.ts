const LONGEST = 80

/** «Words», quoted, cut to a line's length (a roadmap event's title may run to 2,000 characters); '' for none. */
export function quoted(words: string): string {
  return words ? `«${words.length > LONGEST ? `${words.slice(0, LONGEST - 1).trimEnd()}…` : words}»` : ''
}

/** A few words that let a person recognise a record: its name, title or topic, quoted. */
export function describeRecord(fields: Record<string, unknown>): string {
  const label = [fields.name, fields.title, fields.topic, fields.date].find(value => typeof value === 'string' && value)
  return typeof label === 'string' ? quoted(label) : ''
}
