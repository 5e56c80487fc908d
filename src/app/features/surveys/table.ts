import type { campaignState } from '#shared/model/surveyCampaign'
import { SURVEY_MODES } from '#shared/model/surveyCampaign'
import { SURVEY_AUDIENCES, SURVEY_PHASES, type SurveyTemplate } from '#shared/model/surveyTemplate'
import type { SortColumn } from '../../data/sortRows.ts'
import { t } from '../../i18n/index.ts'
import './messages.ts'
import type { CampaignRow } from './queries.ts'

/** A campaign as the desktop table shows it: with its state on the day the page opened. */
export interface CampaignTableRow extends CampaignRow { state: ReturnType<typeof campaignState> }
export type CampaignSortKey = 'template' | 'program' | 'audience' | 'phase' | 'mode' | 'opens' | 'closes' | 'state'
/** Open ones first, as a curator looks for what is running. */
const STATE_ORDER = ['open', 'not_open', 'closed'] as const

export const CAMPAIGN_COLUMNS: ReadonlyArray<SortColumn<CampaignTableRow, CampaignSortKey>> = [
  { key: 'template', label: () => t('surveys.campaigns.template'), value: r => r.template?.name },
  { key: 'program', label: () => t('surveys.campaigns.program'), value: r => r.program?.name },
  { key: 'audience', label: () => t('surveys.audience.label'), value: r => SURVEY_AUDIENCES.indexOf(r.campaign.audience) },
  { key: 'phase', label: () => t('surveys.phase.label'), value: r => SURVEY_PHASES.indexOf(r.campaign.phase) },
  { key: 'mode', label: () => t('surveys.mode.label'), value: r => SURVEY_MODES.indexOf(r.campaign.mode) },
  { key: 'opens', label: () => t('surveys.campaigns.opensOn'), value: r => r.campaign.opensOn },
  { key: 'closes', label: () => t('surveys.campaigns.closesOn'), value: r => r.campaign.closesOn },
  { key: 'state', label: () => t('surveys.campaigns.stateLabel'), value: r => STATE_ORDER.indexOf(r.state) },
]

/** A template as its list shows it: marked when a newer version was built on it. */
export interface TemplateRow { template: SurveyTemplate, superseded: boolean }
export type TemplateSortKey = 'name' | 'version' | 'audience' | 'items'

export const TEMPLATE_COLUMNS: ReadonlyArray<SortColumn<TemplateRow, TemplateSortKey>> = [
  { key: 'name', label: () => t('surveys.templates.name'), value: r => r.template.name },
  { key: 'version', label: () => t('surveys.templates.versionColumn'), value: r => r.template.version },
  { key: 'audience', label: () => t('surveys.audience.label'), value: r => SURVEY_AUDIENCES.indexOf(r.template.audience) },
  { key: 'items', label: () => t('surveys.templates.itemsColumn'), value: r => r.template.items.length },
]
