import type { Consent } from '#shared/model/consent'
import type { Pair } from '#shared/model/pair'
import type { Person } from '#shared/model/person'
import type { Program } from '#shared/model/program'
import type { Requisites } from '../../data/requisites.ts'
import { documentNames, genderOf } from '../../data/names.ts'
import { formatDate, t } from '../../i18n/index.ts'
import { type Block, editableParagraph, type ReportDocument } from './document.ts'
import { directorNamed, directorPosition, type DraftInput, headLines, placeOf, signature } from './parts.ts'

export interface AgreementInput {
  requisites: Requisites
  mentor: Person
  /** The mentor's written consent to the duties (`mentor_duties`), with the agreement's number, date, period and pay. */
  consent: Consent | undefined
  pairs: readonly Pair[]
  people: readonly Person[]
  programs: readonly Program[]
  draft: DraftInput
}

/** «директора»: the position words the parties' sentence puts after «в лице»; another position stays as written. */
const POSITION_GENITIVE: Record<string, string> = { директор: 'директора', заведующий: 'заведующего', заведующая: 'заведующей', ректор: 'ректора', начальник: 'начальника', руководитель: 'руководителя' }
function positionGenitive(position: string): string {
  const [first = '', ...rest] = (position || 'директор').trim().split(/\s+/)
  const genitive = POSITION_GENITIVE[first.toLocaleLowerCase('ru')]
  return genitive ? [genitive, ...rest].join(' ') : position
}

/** The mentor's pairs the agreement covers: not dissolved, and within its period when the consent gives one. */
function agreementPairs(input: Pick<AgreementInput, 'mentor' | 'consent' | 'pairs'>): Pair[] {
  const { consent } = input
  return input.pairs.filter(p => !p.deleted && p.mentorId === input.mentor.id && p.status !== 'dissolved'
    && (!consent?.validFrom || p.plannedEndDate >= consent.validFrom)
    && (!consent?.validUntil || p.startDate <= consent.validUntil)
    && (consent?.validFrom || p.status === 'active'))
}

const words = (gender: 'male' | 'female' | null) => gender ?? 'unknown'

/**
 * Дополнительное соглашение к трудовому договору о наставничестве (ТК РФ ст. 351.8): the parties (the school by
 * its director, the mentor), what the mentoring is and whom it covers, its period, form and pay — the period, pay,
 * number and date as the mentor's duties consent recorded them — and both sides' signatures.
 */
export function buildAgreement(input: AgreementInput): ReportDocument {
  const { requisites, mentor, consent, draft } = input
  const names = documentNames(draft.names)
  const people = new Map(input.people.map(p => [p.id, p]))
  const programs = new Map(input.programs.map(p => [p.id, p]))
  const pairs = agreementPairs(input)
  const text = (key: string, generated: string) => editableParagraph(key, generated, draft.texts)
  const mentorPlace = placeOf(mentor)
  const blankDate = t('documents.agreement.blankDate')
  const start = consent?.validFrom ? formatDate(consent.validFrom) : blankDate
  const director = requisites.directorName ? directorNamed(names, requisites, 'genitive') : '________________'
  const mentees = pairs.flatMap(pair => pair.menteeIds.map((id) => {
    const mentee = people.get(id)
    return t('documents.agreement.mentee', {
      name: mentee?.name ?? '…',
      place: placeOf(mentee) ? ` (${placeOf(mentee)})` : '',
      program: programs.get(pair.programId)?.name ?? '…',
      start: formatDate(pair.startDate),
      end: formatDate(pair.plannedEndDate),
    })
  }))
  const forms = [...new Set(pairs.map(p => programs.get(p.programId)?.form).filter(Boolean))].join(', ') || '________________'
  const grouped = new Set(pairs.map(p => p.menteeIds.length > 1))
  const mode = grouped.size === 2 ? 'both' : grouped.has(true) ? 'group' : grouped.has(false) ? 'individual' : 'none'
  const blocks: Block[] = [
    { kind: 'paragraph', text: t('documents.agreement.subtitle'), align: 'center' },
    ...headLines(requisites, draft.number || consent?.agreementNumber || '', draft.date || consent?.agreementDate || ''),
    text('parties', t('documents.agreement.parties', {
      school: requisites.fullName || requisites.shortName,
      position: positionGenitive(requisites.directorPosition),
      director,
      acting: t(`documents.agreement.acting.${words(genderOf(requisites.directorName))}`),
      mentor: mentor.name,
      place: mentorPlace ? `, ${mentorPlace}` : '',
      named: t(`documents.agreement.named.${words(genderOf(mentor.name))}`),
    })),
    text('subject', t('documents.agreement.subject')),
    text('duties', mentees.length ? t('documents.agreement.duties') : t('documents.agreement.dutiesNone')),
    ...(mentees.length ? [{ kind: 'list', items: mentees } as const] : []),
    text('period', t('documents.agreement.period', { start, end: consent?.validUntil ? formatDate(consent.validUntil) : blankDate })),
    text('form', t('documents.agreement.form', { forms, mode: t(`documents.agreement.modes.${mode}`) })),
    text('pay', t('documents.agreement.pay', { pay: consent?.payBasis || t('documents.agreement.payBlank') })),
    text('refuse', t('documents.agreement.refuse')),
    text('final', t('documents.agreement.final', { start })),
    { kind: 'heading', text: t('documents.agreement.sides') },
    signature(t('documents.agreement.employer', { position: directorPosition(requisites) }), requisites.directorName),
    signature(mentorPlace ? `${t('documents.agreement.employee')} (${mentorPlace})` : t('documents.agreement.employee'), mentor.name),
    { kind: 'paragraph', text: t('documents.agreement.received') },
  ]
  return {
    fileName: t('documents.agreement.file', { name: mentor.name }),
    title: t('documents.agreement.heading'),
    preamble: [requisites.fullName],
    blocks,
    names: names.used(),
  }
}
