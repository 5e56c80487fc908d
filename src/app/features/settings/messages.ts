import { addMessages } from '../../i18n/index.ts'

/** The settings page: language, theme, storage, the unsent-changes file, signing out. */
const ru = {
  title: 'Настройки',
  language: 'Язык',
  languageNotLoaded: 'Этот язык ещё не загружен на устройство, а сети нет: выберите его снова, когда связь появится.',
  theme: 'Оформление',
  themes: { system: 'Системная', light: 'Светлая', dark: 'Тёмная' },
  account: 'Учётная запись',
  signedInAs: '{name}, {school}',
  signOut: 'Выйти',
  signOutPending: 'После выхода они пропадут с этого устройства: отправьте их или выгрузите в файл.',
  unsent: 'Неотправленные изменения',
  exportUnsent: 'Выгрузить в файл',
  importUnsent: 'Загрузить файл с другого устройства',
  imported: { one: 'Загружено {n} изменение: оно будет отправлено', few: 'Загружено {n} изменения: они будут отправлены', many: 'Загружено {n} изменений: они будут отправлены', other: 'Загружено {n} изменения: они будут отправлены' },
  importErrors: { not_unsent_file: 'Это не файл неотправленных изменений «Наставника»', other_user: 'Файл выгружен другим пользователем или из другой школы' },
  signOutTitle: { one: 'На устройстве {n} неотправленное изменение', few: 'На устройстве {n} неотправленных изменения', many: 'На устройстве {n} неотправленных изменений', other: 'На устройстве {n} неотправленного изменения' },
  sendAndSignOut: 'Отправить и выйти',
  signOutAnyway: 'Выйти без отправки',
  stillPending: 'Отправить не удалось: нет связи с сервером. Выгрузите изменения в файл.',
  signOutAnswersTitle: { one: 'На устройстве {n} неотправленный ответ на анкету', few: 'На устройстве {n} неотправленных ответа на анкету', many: 'На устройстве {n} неотправленных ответов на анкету', other: 'На устройстве {n} неотправленного ответа на анкету' },
  signOutAnswers: 'После выхода ответы на анкеты пропадут, а в файл они не выгружаются: отправьте их.',
  stillAnswers: 'Отправить не удалось: нет связи с сервером. Ответы на анкеты уйдут сами, когда связь появится: выйдите после этого.',
  storage: 'Хранилище на устройстве',
  persistGranted: 'Браузер обещал не удалять данные приложения',
  persistDenied: 'Браузер может удалить данные при нехватке места: отправляйте изменения почаще',
  persistUnknown: 'Ещё не запрашивалось (запросим после первой записи)',
  persistUnsupported: 'Браузер не поддерживает постоянное хранилище',
  version: 'Версия {version}',
  requisites: 'Реквизиты школы для документов',
}

const en: typeof ru = {
  title: 'Settings',
  language: 'Language',
  languageNotLoaded: 'This language is not on this device yet and there is no network: choose it again once you are online.',
  theme: 'Appearance',
  themes: { system: 'System', light: 'Light', dark: 'Dark' },
  account: 'Account',
  signedInAs: '{name}, {school}',
  signOut: 'Sign out',
  signOutPending: 'Signing out removes them from this device: send them or export them to a file first.',
  unsent: 'Unsent changes',
  exportUnsent: 'Export to a file',
  importUnsent: 'Load a file from another device',
  imported: { one: '{n} change loaded: it will be sent', few: '{n} changes loaded: they will be sent', many: '{n} changes loaded: they will be sent', other: '{n} changes loaded: they will be sent' },
  importErrors: { not_unsent_file: 'This is not a Nastavnik unsent-changes file', other_user: 'The file was exported by another user or school' },
  signOutTitle: { one: '{n} unsent change on this device', few: '{n} unsent changes on this device', many: '{n} unsent changes on this device', other: '{n} unsent changes on this device' },
  sendAndSignOut: 'Send and sign out',
  signOutAnyway: 'Sign out without sending',
  stillPending: 'Could not send: the server is unreachable. Export the changes to a file.',
  signOutAnswersTitle: { one: '{n} unsent survey answer on this device', few: '{n} unsent survey answers on this device', many: '{n} unsent survey answers on this device', other: '{n} unsent survey answers on this device' },
  signOutAnswers: 'Signing out removes the survey answers from this device, and they cannot be exported to a file: send them first.',
  stillAnswers: 'Could not send: the server is unreachable. The survey answers leave by themselves once you are online: sign out after that.',
  storage: 'Storage on this device',
  persistGranted: 'The browser promised not to evict the app\'s data',
  persistDenied: 'The browser may evict data when space runs low: sync often',
  persistUnknown: 'Not asked yet (asked after the first saved record)',
  persistUnsupported: 'This browser has no persistent storage',
  version: 'Version {version}',
  requisites: 'School requisites for documents',
}

declare module '../../i18n/messages.ts' {
  interface Namespaces { settings: typeof ru }
}

addMessages('settings', { ru, en })
