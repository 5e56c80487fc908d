import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { startInvalidFocus } from './composables/invalidFocus.ts'
import { startTheme } from './composables/theme.ts'
import { locale, restoreLocale } from './i18n/index.ts'
import { createAppRouter } from './router.ts'
import { sendQueuedAnswersFromAnyPage } from './features/surveys/answer/sendFromAnyPage.ts'
import { startSyncService } from './sync/service.ts'
import './styles.css'

document.documentElement.lang = locale.value
startTheme()
startInvalidFocus()
void restoreLocale()
createApp(App).use(createPinia()).use(createAppRouter()).mount('#app')
startSyncService()
sendQueuedAnswersFromAnyPage()
