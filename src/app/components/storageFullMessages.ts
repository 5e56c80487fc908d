import { addMessages } from '../i18n/index.ts'

/** When the device's storage is full (StorageFullBanner.vue): loaded with the banner only, and precached for offline. */
const ru = {
  text: 'Память устройства заполнена: новые записи не сохраняются. Освободите место (удалите ненужные файлы, фото или данные других сайтов) и сохраните снова. Уже сохранённое не потеряно; неотправленные изменения можно выгрузить в файл и отправить с другого устройства.',
  export: 'Выгрузить неотправленное',
}

const en: typeof ru = {
  text: 'The device\'s storage is full: new records are not being saved. Free some space (unneeded files, photos or other sites\' data) and save again. Nothing saved before is lost; unsent changes can be exported to a file and sent from another device.',
  export: 'Export unsent changes',
}

declare module '../i18n/messages.ts' {
  interface Namespaces { storageFull: typeof ru }
}

addMessages('storageFull', { ru, en })
