import { createRouter, createWebHistory, type RouteLocationRaw, type RouteRecordRaw, type RouterScrollBehavior } from 'vue-router'
import type { Role } from '#shared/roles'
import MentorHomePage from './features/mentor/MentorHomePage.vue'
import { reportUnsavedPages } from './pwa/offlineReadiness.ts'
import { useSession } from './stores/session.ts'

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean
    /** Reachable by anyone, signed in or not, and never redirected (a survey card's link). */
    anyone?: boolean
    /** Roles that may open the route; absent means every signed-in role. */
    roles?: Role[]
  }
}

const CURATOR_SIDE: Role[] = ['curator', 'observer']

/**
 * The explicit route table. The mentor's first screen is bundled with the shell; curator screens load
 * on demand (and are precached, so they open offline too).
 */
export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: () => homeOf(useSession().user?.role) },
  { path: '/setup', component: () => import('./features/setup/SetupPage.vue'), meta: { public: true } },
  // On demand too: a mentor's phone, signed in by its code, never shows it.
  { path: '/login', component: () => import('./features/auth/LoginPage.vue'), meta: { public: true } },
  { path: '/programs', component: () => import('./features/programs/ProgramsPage.vue'), meta: { roles: CURATOR_SIDE } },
  { path: '/programs/new', component: () => import('./features/programs/ProgramEditPage.vue'), meta: { roles: ['curator'] } },
  { path: '/programs/:id', component: () => import('./features/programs/ProgramEditPage.vue'), meta: { roles: ['curator'] } },
  { path: '/programs/:id/roadmap', component: () => import('./features/roadmap/RoadmapPage.vue'), meta: { roles: CURATOR_SIDE } },
  { path: '/roadmap', component: () => import('./features/roadmap/RoadmapPage.vue'), meta: { roles: CURATOR_SIDE } },
  { path: '/conflicts', component: () => import('./features/conflicts/ConflictsPage.vue'), meta: { roles: ['curator'] } },
  { path: '/handovers', component: () => import('./features/handovers/HandoversPage.vue'), meta: { roles: CURATOR_SIDE } },
  { path: '/roadmap/import', component: () => import('./features/roadmap/RoadmapImportPage.vue'), meta: { roles: ['curator'] } },
  { path: '/partners', component: () => import('./features/partners/PartnersPage.vue'), meta: { roles: CURATOR_SIDE } },
  { path: '/partners/new', component: () => import('./features/partners/PartnerEditPage.vue'), meta: { roles: ['curator'] } },
  { path: '/partners/:id', component: () => import('./features/partners/PartnerEditPage.vue'), meta: { roles: ['curator'] } },
  { path: '/people', component: () => import('./features/people/PeoplePage.vue'), meta: { roles: CURATOR_SIDE } },
  { path: '/people/new', component: () => import('./features/people/PersonEditPage.vue'), meta: { roles: ['curator'] } },
  { path: '/people/:id', component: () => import('./features/people/PersonEditPage.vue'), meta: { roles: ['curator'] } },
  { path: '/consents', component: () => import('./features/consents/MissingConsentsPage.vue'), meta: { roles: CURATOR_SIDE } },
  { path: '/pairs', component: () => import('./features/pairs/PairsPage.vue'), meta: { roles: CURATOR_SIDE } },
  { path: '/pairs/new', component: () => import('./features/pairs/PairEditPage.vue'), meta: { roles: ['curator'] } },
  { path: '/pairs/:id', component: () => import('./features/pairs/PairEditPage.vue'), meta: { roles: ['curator'] } },
  { path: '/meetings', component: () => import('./features/meetings/journal/MeetingsJournalPage.vue'), meta: { roles: CURATOR_SIDE } },
  // The mentor's form, for the curator typing in a paper journal's meetings; observers read them in the journal.
  { path: '/pairs/:pairId/meetings/new', component: () => import('./features/meetings/MeetingEditPage.vue'), meta: { roles: ['curator'] } },
  { path: '/meetings/:id', component: () => import('./features/meetings/MeetingEditPage.vue'), meta: { roles: ['curator'] } },
  { path: '/users', component: () => import('./features/users/UsersPage.vue'), meta: { roles: ['curator'] } },
  { path: '/people/import', component: () => import('./features/import/ImportPage.vue'), props: { kind: 'people' }, meta: { roles: ['curator'] } },
  { path: '/consents/received', component: () => import('./features/consents/ReceivedConsentsPage.vue'), meta: { roles: ['curator'] } },
  { path: '/consents/import', component: () => import('./features/import/ImportPage.vue'), props: { kind: 'consents' }, meta: { roles: ['curator'] } },
  { path: '/monitoring/awards', component: () => import('./features/awards/AwardsPage.vue'), meta: { roles: CURATOR_SIDE } },
  { path: '/monitoring/awards/new', component: () => import('./features/awards/AwardEditPage.vue'), meta: { roles: ['curator'] } },
  { path: '/monitoring/awards/:id', component: () => import('./features/awards/AwardEditPage.vue'), meta: { roles: ['curator'] } },
  { path: '/monitoring/practices', component: () => import('./features/practices/PracticesPage.vue'), meta: { roles: CURATOR_SIDE } },
  { path: '/monitoring/practices/new', component: () => import('./features/practices/PracticeEditPage.vue'), meta: { roles: ['curator'] } },
  { path: '/monitoring/practices/:id', component: () => import('./features/practices/PracticeEditPage.vue'), meta: { roles: ['curator'] } },
  { path: '/exports', component: () => import('./features/exports/ExportsPage.vue'), meta: { roles: ['curator'] } },
  { path: '/enroll/:code?', component: () => import('./features/enroll/EnrollPage.vue'), meta: { public: true } },
  { path: '/my', component: MentorHomePage, meta: { roles: ['mentor'] } },
  { path: '/my/pairs/:id', component: () => import('./features/pairs/PairPage.vue'), meta: { roles: ['mentor'] } },
  { path: '/my/pairs/:pairId/meetings/new', component: () => import('./features/meetings/MeetingEditPage.vue'), meta: { roles: ['mentor'] } },
  { path: '/my/meetings/:id', component: () => import('./features/meetings/MeetingEditPage.vue'), meta: { roles: ['mentor'] } },
  { path: '/surveys', component: () => import('./features/surveys/SurveysPage.vue'), meta: { roles: CURATOR_SIDE } },
  { path: '/surveys/templates/new', component: () => import('./features/surveys/TemplateEditPage.vue'), meta: { roles: ['curator'] } },
  { path: '/surveys/templates/:id', component: () => import('./features/surveys/TemplateEditPage.vue'), meta: { roles: ['curator'] } },
  { path: '/surveys/campaigns/new', component: () => import('./features/surveys/CampaignEditPage.vue'), meta: { roles: ['curator'] } },
  { path: '/surveys/campaigns/:id/ballots', component: () => import('./features/surveys/BallotsPage.vue'), meta: { roles: ['curator'] } },
  { path: '/surveys/campaigns/:id/paper', component: () => import('./features/surveys/PaperEntryPage.vue'), meta: { roles: ['curator'] } },
  { path: '/surveys/campaigns/:id/results', component: () => import('./features/surveys/ResultsPage.vue'), meta: { roles: CURATOR_SIDE } },
  { path: '/monitoring', component: () => import('./features/monitoring/MonitoringPage.vue'), meta: { roles: CURATOR_SIDE } },
  { path: '/monitoring/definitions', component: () => import('./features/indicators/IndicatorDefinitionsPage.vue'), meta: { roles: CURATOR_SIDE } },
  { path: '/monitoring/definitions/new', component: () => import('./features/indicators/IndicatorDefinitionEditPage.vue'), meta: { roles: ['curator'] } },
  { path: '/monitoring/definitions/paste', component: () => import('./features/indicators/IndicatorTablePage.vue'), meta: { roles: ['curator'] } },
  { path: '/monitoring/definitions/:id', component: () => import('./features/indicators/IndicatorDefinitionEditPage.vue'), meta: { roles: ['curator'] } },
  { path: '/monitoring/indicators/:year(\\d{4})', component: () => import('./features/monitoring/IndicatorYearPage.vue'), meta: { roles: ['curator'] } },
  { path: '/reports/spravka', component: () => import('./features/reports/SpravkaPage.vue'), meta: { roles: CURATOR_SIDE } },
  { path: '/reports/order', component: () => import('./features/reports/OrderPage.vue'), meta: { roles: CURATOR_SIDE } },
  { path: '/reports', component: () => import('./features/reports/DocumentsPage.vue'), meta: { roles: CURATOR_SIDE } },
  { path: '/reports/appointment', component: () => import('./features/reports/AppointmentPage.vue'), meta: { roles: CURATOR_SIDE } },
  { path: '/reports/roadmap', component: () => import('./features/reports/RoadmapDocumentPage.vue'), meta: { roles: CURATOR_SIDE } },
  { path: '/reports/agreement/:personId', component: () => import('./features/reports/AgreementPage.vue'), meta: { roles: CURATOR_SIDE } },
  { path: '/reports/plan/:pairId', component: () => import('./features/reports/PairPlanPage.vue'), meta: { roles: CURATOR_SIDE } },
  { path: '/reports/journal', component: () => import('./features/reports/JournalDocumentPage.vue'), meta: { roles: CURATOR_SIDE } },
  { path: '/audit', component: () => import('./features/audit/AuditPage.vue'), meta: { roles: CURATOR_SIDE } },
  { path: '/region', component: () => import('./features/region/RegionPage.vue'), meta: { roles: ['region'] } },
  { path: '/s/:code', component: () => import('./features/surveys/answer/AnswerPage.vue'), meta: { anyone: true } },
  { path: '/my/surveys', component: () => import('./features/surveys/named/MySurveysPage.vue'), meta: { roles: ['mentor', 'mentee'] } },
  { path: '/my/surveys/:campaignId', component: () => import('./features/surveys/named/NamedAnswerPage.vue'), meta: { roles: ['mentor', 'mentee'] } },
  { path: '/surveys/summary', component: () => import('./features/surveys/SummaryPage.vue'), meta: { roles: CURATOR_SIDE } },
  { path: '/settings/school', component: () => import('./features/school/SchoolRequisitesPage.vue'), meta: { roles: ['curator'] } },
  { path: '/settings', component: () => import('./features/settings/SettingsPage.vue') },
  { path: '/:unknown(.*)*', redirect: '/' },
]

function homeOf(role: Role | undefined): RouteLocationRaw {
  if (!role)
    return '/login'
  const homes: Partial<Record<Role, string>> = { mentor: '/my', curator: '/programs', observer: '/programs', region: '/region', mentee: '/my/surveys' }
  return homes[role] ?? '/settings'
}

/**
 * Back and forward return to where the page was left (a meeting opened from far down a pair's list); a new page
 * opens at its top, not at the height of the one before. A change of the query alone (a filter, a tab) stays put.
 */
export const scrollBehavior: RouterScrollBehavior = (to, from, saved) => saved ?? (to.path === from.path ? false : { top: 0 })

export function createAppRouter() {
  const router = createRouter({ history: createWebHistory(), routes, scrollBehavior })
  router.beforeEach(async (to) => {
    if (to.meta.anyone)
      return true
    const session = useSession()
    if (!session.loaded)
      await session.load()
    const role = session.user?.role
    // Signed in, the sign-in pages lead home — except to sign in again after the server ended the
    // session, or to enroll this device anew from a curator's link.
    if (to.meta.public)
      return role && !to.query.again && !to.path.startsWith('/enroll') ? homeOf(role) : true
    if (!role)
      return '/login'
    return !to.meta.roles || to.meta.roles.includes(role) ? true : homeOf(role)
  })
  reportUnsavedPages(router)
  return router
}
