/** A few words that let a person recognise a record: its name, title or topic, quoted. */
export function describeRecord(fields: Record<string, unknown>): string {
  const label = [fields.name, fields.title, fields.topic, fields.date].find(value => typeof value === 'string' && value)
  return typeof label === 'string' ? `«${label}»` : ''
}
