import type { SurveySummary } from '#shared/api/surveys'
import type { SurveyAudience } from '#shared/model/surveyTemplate'
import type { SatisfactionResult } from '#shared/surveys/results'
import { formatShare } from './format.ts'
import './messages.ts'
import { t } from '../../i18n/index.ts'

/** One line of the summary: a group (all, a form, a program) with the level of its mentors and its mentees. */
interface SummaryRow { label: string, mentor?: SatisfactionResult, mentee?: SatisfactionResult }
export interface SummarySection { title: string, rows: SummaryRow[] }

type Entry = { audience: SurveyAudience, satisfaction: SatisfactionResult }

function rows<E extends Entry>(entries: readonly E[], labelOf: (entry: E) => string): SummaryRow[] {
  const byLabel = new Map<string, SummaryRow>()
  for (const entry of entries) {
    if (entry.audience === 'curator')
      continue
    const label = labelOf(entry)
    byLabel.set(label, { ...byLabel.get(label) ?? { label }, [entry.audience]: entry.satisfaction })
  }
  return [...byLabel.values()].sort((a, b) => a.label.localeCompare(b.label, 'ru'))
}

/** The server's pools as the page and the sheet show them: overall, by form, by program (named from the device). */
export function summarySections(summary: SurveySummary, programName: (id: string) => string): SummarySection[] {
  return [
    { title: t('surveys.summary.byAudience'), rows: rows(summary.byAudience, () => t('surveys.summary.byAudience')) },
    { title: t('surveys.summary.byForm'), rows: rows(summary.byForm, e => e.form || t('surveys.summary.noForm')) },
    { title: t('surveys.summary.byProgram'), rows: rows(summary.byProgram, e => programName(e.programId)) },
  ]
}

/** «78 % (23)», «скрыто (3)», or a dash when the group has no such audience. */
export function levelText(result: SatisfactionResult | undefined): string {
  if (!result)
    return '—'
  return result.hidden ? t('surveys.results.hiddenShort', { n: result.count }) : `${formatShare(result.level)} (${result.count})`
}
