import { addMessages } from '../../i18n/index.ts'

/** Who may use the app and their devices: the curator's words, loaded with the access page. */
const ru = {
  title: 'Доступ и устройства',
  intro: 'Наставник входит с телефона по одноразовому коду: пароль не нужен.',
  mentorsWithoutAccess: 'Наставники без доступа',
  grant: 'Выдать доступ',
  newCode: 'Новый код',
  code: 'Код: {code}',
  expires: 'Действует до {when}',
  qr: 'QR-код для входа',
  accounts: 'Учётные записи',
  devices: 'Устройства',
  noDevices: 'Устройств пока нет',
  lastSync: 'последняя синхронизация {when}',
  neverSynced: 'ещё не синхронизировалось',
  revoke: 'Отозвать',
  revoked: 'отозвано {when}',
  confirmRevoke: 'Отозвать доступ устройства «{name}»? Неотправленные с него изменения можно будет выгрузить в файл на самом устройстве.',
  needsNetwork: 'Этот раздел работает только при связи с сервером.',
  unnamedDevice: 'устройство',
}

const en: typeof ru = {
  title: 'Access and devices',
  intro: 'A mentor signs in on a phone with a one-time code: no password needed.',
  mentorsWithoutAccess: 'Mentors without access',
  grant: 'Grant access',
  newCode: 'New code',
  code: 'Code: {code}',
  expires: 'Valid until {when}',
  qr: 'QR code to sign in',
  accounts: 'Accounts',
  devices: 'Devices',
  noDevices: 'No devices yet',
  lastSync: 'last synced {when}',
  neverSynced: 'never synced',
  revoke: 'Revoke',
  revoked: 'revoked {when}',
  confirmRevoke: 'Revoke access of the device «{name}»? Its unsent changes can still be exported on the device itself.',
  needsNetwork: 'This section needs a connection to the server.',
  unnamedDevice: 'device',
}

declare module '../../i18n/messages.ts' {
  interface Namespaces { users: typeof ru }
}

addMessages('users', { ru, en })
