import { MEETING_KINDS, type MeetingKind, type MeetingKindName } from '../model/meetingKinds.ts'

/**
 * How roadmaps name the meetings of a pair, each with the name the school's word gives the kind ('' where it is the
 * methodology's own): seed 001's «встреча-знакомство; пробная встреча; встреча-планирование; совместная работа по
 * индивидуальному плану; итоговая встреча», seed 002's «регулярные встречи», «групповой рефлексии», «заключительная
 * встреча», «тематических встреч». Tried on lower-case text with «ё» as «е».
 */
const WORDINGS: ReadonlyArray<{ kind: MeetingKind, pattern: RegExp, name: string }> = [
  { kind: 'intro', pattern: /встреч[а-я]*\s?[-–]\s?знакомств|знакомств[а-я]*\s+встреч|организационн[а-я]*\s+встреч/, name: '' },
  { kind: 'trial', pattern: /пробн[а-я]*\s+встреч/, name: '' },
  { kind: 'planning', pattern: /встреч[а-я]*\s?[-–]\s?планировани/, name: '' },
  { kind: 'work', pattern: /регулярн[а-я]*\s+встреч/, name: 'регулярная встреча' },
  { kind: 'work', pattern: /совместн[а-я]*\s+работ[а-я]*\s+по\s+индивидуальн[а-я]*\s+план/, name: 'совместная работа по индивидуальному плану' },
  { kind: 'work', pattern: /рабоч[а-я]*\s+встреч/, name: '' },
  { kind: 'reflection', pattern: /группов[а-я]*\s+рефлекси/, name: 'групповая рефлексия' },
  { kind: 'reflection', pattern: /рефлекси/, name: '' },
  { kind: 'final', pattern: /заключительн[а-я]*\s+встреч/, name: 'заключительная встреча' },
  { kind: 'final', pattern: /итогов[а-я]*\s+встреч/, name: '' },
  { kind: 'other', pattern: /тематическ[а-я]*\s+встреч/, name: 'тематическая встреча' },
]

/** Fewer kinds of the sequence than this are a mention («в форме рефлексии», seed 000), not the roadmap's plan of meetings. */
const PLANNED_KINDS_MIN = 3

/**
 * The meeting kinds a roadmap's texts plan, in the methodology's order, each under the school's word; «другое» is
 * always among them, under the roadmap's name for it if it has one, so a meeting that fits no kind still has one.
 * Null where the texts name fewer than three kinds of the sequence: the roadmap leaves the meetings to the methodology.
 */
export function meetingKindsNamed(texts: readonly string[]): MeetingKindName[] | null {
  const text = texts.join('\n').toLowerCase().replaceAll('ё', 'е')
  const found = new Map<MeetingKind, string>()
  for (const { kind, pattern, name } of WORDINGS) {
    if (!found.has(kind) && pattern.test(text))
      found.set(kind, name)
  }
  if ([...found.keys()].filter(kind => kind !== 'other').length < PLANNED_KINDS_MIN)
    return null
  return MEETING_KINDS.filter(kind => kind === 'other' || found.has(kind)).map(kind => ({ kind, name: found.get(kind) ?? '' }))
}
