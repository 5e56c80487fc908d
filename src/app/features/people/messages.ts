import { addMessages } from '../../i18n/index.ts'

/** The participants' registry and card (curator and observer): curator-only words, loaded with their chunk. */
const peopleRu = {
  title: 'Участники',
  mentors: 'База наставников',
  mentees: 'База наставляемых',
  all: 'Все',
  unpaired: 'Без наставника',
  noConsent: 'Без согласия',
  filters: 'Фильтры',
  anyCategory: 'Любая категория',
  anyClass: 'Любой класс',
  anyProgram: 'Любая программа',
  program: 'Программа',
  import: 'Загрузить из Excel или CSV',
  export: 'Выгрузить в Excel',
  add: 'Добавить участника',
  edit: 'Карточка участника',
  name: 'ФИО',
  category: 'Категория',
  classGroup: 'Класс или группа',
  birthDate: 'Дата рождения',
  ovz: 'ОВЗ',
  gifted: 'Одарённый',
  roles: 'Роли',
  isMentor: 'Наставник',
  isMentee: 'Наставляемый',
  competencies: 'Компетенции',
  listHint: 'Через запятую',
  notes: 'Заметки куратора',
  search: 'Поиск по ФИО или классу',
  empty: 'Пока никого нет.',
  count: { one: '{n} человек', few: '{n} человека', many: '{n} человек', other: '{n} человека' },
  categories: { student: 'обучающийся', teacher: 'педагог', young_specialist: 'молодой специалист', college_student: 'студент', partner_employee: 'сотрудник организации-партнёра', graduate: 'выпускник' },
  notFound: 'Участник не найден',
}

const peopleEn: typeof peopleRu = {
  title: 'Participants',
  mentors: 'Mentors',
  mentees: 'Mentees',
  all: 'All',
  unpaired: 'Without a mentor',
  noConsent: 'Without consent',
  filters: 'Filters',
  anyCategory: 'Any category',
  anyClass: 'Any class',
  anyProgram: 'Any programme',
  program: 'Programme',
  import: 'Load from Excel or CSV',
  export: 'Export to Excel',
  add: 'Add a participant',
  edit: 'Participant',
  name: 'Full name',
  category: 'Category',
  classGroup: 'Class or group',
  birthDate: 'Date of birth',
  ovz: 'Special needs',
  gifted: 'Gifted',
  roles: 'Roles',
  isMentor: 'Mentor',
  isMentee: 'Mentee',
  competencies: 'Competencies',
  listHint: 'Comma-separated',
  notes: 'Curator\'s notes',
  search: 'Search by name or class',
  empty: 'Nobody here yet.',
  count: { one: '{n} person', few: '{n} people', many: '{n} people', other: '{n} people' },
  categories: { student: 'student', teacher: 'teacher', young_specialist: 'young specialist', college_student: 'college student', partner_employee: 'partner employee', graduate: 'graduate' },
  notFound: 'Participant not found',
}

/** Consents to personal data processing, on the person's card. */
const consentsRu = {
  title: 'Согласия на обработку персональных данных',
  none: 'Согласия нет: участника нельзя включить в пару.',
  active: 'действует',
  withdrawn: 'отозвано {date}',
  add: 'Записать согласие',
  signedBy: 'Кто подписал',
  signers: { self: 'сам участник', guardian: 'законный представитель' },
  guardianName: 'ФИО законного представителя',
  date: 'Дата подписания',
  documentRef: 'Номер или место хранения документа',
  withdraw: 'Отозвать',
  confirmWithdraw: 'Отметить согласие отозванным? Участник не сможет состоять в новых парах.',
  missing: 'Без согласия',
}

const consentsEn: typeof consentsRu = {
  title: 'Consents to personal data processing',
  none: 'No consent: the participant cannot be put into a pair.',
  active: 'in force',
  withdrawn: 'withdrawn {date}',
  add: 'Record a consent',
  signedBy: 'Signed by',
  signers: { self: 'the participant', guardian: 'legal guardian' },
  guardianName: 'Legal guardian\'s full name',
  date: 'Date signed',
  documentRef: 'Document number or where it is kept',
  withdraw: 'Withdraw',
  confirmWithdraw: 'Mark the consent withdrawn? The participant cannot join new pairs.',
  missing: 'No consent',
}

/** Erasure of personal data (152-ФЗ), on the person's card: curator-only words, loaded with the card. */
const erasureRu = {
  title: 'Персональные данные',
  erase: 'Удалить персональные данные',
  erasing: 'Удаляем…',
  confirm: 'Удалить персональные данные участника «{name}»? ФИО, класс, дата рождения (останется только год), заметки, запросы, компетенции, отметки ОВЗ и «одарённый», ФИО законного представителя в согласиях будут стёрты на сервере и на всех устройствах. Отменить это нельзя. Участие в парах, встречи и показатели сохранятся.',
  hint: 'По заявлению участника или его законного представителя (152-ФЗ). Нужна связь с сервером.',
  erased: 'Персональные данные удалены: карточка обезличена. Участник по-прежнему учтён в парах и показателях; изменить карточку нельзя.',
  mentions: {
    title: 'Упоминания в других записях',
    hint: 'ФИО участника ещё встречается в этих записях (так было при удалении). Исправьте текст: запись уйдёт из списка, когда это поле изменят.',
    none: 'В тексте других записей ФИО участника не осталось.',
    open: 'Открыть',
    notYours: 'Ответ участника на анкету: изменить его может только он сам',
    field: { notes: 'заметки', topic: 'тема', goals: 'цели', title: 'название', name: 'название', result: 'результат', description: 'описание', basis: 'основание', guardianName: 'законный представитель', documentRef: 'документ', requests: 'запросы', competencies: 'компетенции', curators: 'кураторы', endReason: 'причина завершения', answers: 'ответ на анкету', other: 'текст' },
  },
}

const erasureEn: typeof erasureRu = {
  title: 'Personal data',
  erase: 'Erase personal data',
  erasing: 'Erasing…',
  confirm: 'Erase the personal data of «{name}»? Name, class, birth date (only the year stays), notes, requests, competencies, the special-needs and gifted marks and the guardian\'s name in consents will be wiped on the server and on every device. This cannot be undone. Pairs, meetings and indicators stay.',
  hint: 'At the request of the participant or their legal guardian (152-ФЗ). Needs a connection to the server.',
  erased: 'Personal data erased: the card is anonymous. The participant still counts in pairs and indicators; the card can no longer be edited.',
  mentions: {
    title: 'Mentions in other records',
    hint: 'The participant\'s name still appears in these records (as at the erasure). Edit the text: a record leaves the list once that field is changed.',
    none: 'No other record\'s text names the participant any more.',
    open: 'Open',
    notYours: 'The participant\'s own questionnaire answer: only they can change it',
    field: { notes: 'notes', topic: 'topic', goals: 'goals', title: 'title', name: 'name', result: 'result', description: 'description', basis: 'basis', guardianName: 'guardian', documentRef: 'document', requests: 'requests', competencies: 'competencies', curators: 'curators', endReason: 'reason for ending', answers: 'questionnaire answer', other: 'text' },
  },
}

declare module '../../i18n/messages.ts' {
  interface Namespaces { people: typeof peopleRu, consents: typeof consentsRu, erasure: typeof erasureRu }
}

addMessages('people', { ru: peopleRu, en: peopleEn })
addMessages('consents', { ru: consentsRu, en: consentsEn })
addMessages('erasure', { ru: erasureRu, en: erasureEn })
