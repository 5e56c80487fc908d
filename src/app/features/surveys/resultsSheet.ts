import type { CampaignResults, Comparison } from '#shared/surveys/results'
import type { Cell, SheetData } from 'write-excel-file/universal'
import { hiddenItemText } from './format.ts'
import { levelText, type SummarySection } from './summary.ts'
import './messages.ts'
import { t } from '../../i18n/index.ts'

const bold = (value: string): Cell => ({ value, fontWeight: 'bold' })

/** The results table as a sheet: what the screen shows, hidden groups included as «скрыто», free text only once revealed. */
export function resultsSheet(results: CampaignResults, comparison: Comparison | undefined, showTexts: boolean): SheetData {
  const data: SheetData = [[bold(t('surveys.results.item')), bold(t('surveys.results.mean')), bold(t('surveys.results.high')), bold(t('surveys.results.details'))]]
  if (results.hidden)
    return [...data, [t('surveys.results.hidden', { n: results.count }), null, null, null]]
  for (const item of results.items) {
    if (item.hidden)
      data.push([item.text, null, null, hiddenItemText(item)])
    else if (item.kind === 'scale')
      data.push([item.text, item.mean, { value: item.highShare, format: '0%' }, item.distribution.map((n, i) => `${i + 1}: ${n}`).join('; ')])
    else if (item.kind === 'text')
      data.push([item.text, null, null, showTexts ? item.answers.join('\n') : t('surveys.results.textConcealed', { n: item.count })])
    else
      data.push([item.text, null, null, item.options.map(o => `${o.option}: ${o.count}`).join('; ')])
  }
  for (const item of comparison?.items ?? [])
    data.push([`${t('surveys.results.change')}: ${item.text}`, item.change, null, t('surveys.results.paired', { n: item.paired })])
  return data
}

/** The satisfaction summary as a sheet: a header per section, then a group per row (hidden groups as «скрыто»). */
export function summarySheet(sections: readonly SummarySection[]): SheetData {
  const data: SheetData = [[bold(t('surveys.summary.group')), bold(t('surveys.summary.mentors')), bold(t('surveys.summary.mentees'))]]
  for (const section of sections) {
    data.push([bold(section.title), null, null])
    for (const row of section.rows)
      data.push([row.label, levelText(row.mentor), levelText(row.mentee)])
  }
  return data
}
