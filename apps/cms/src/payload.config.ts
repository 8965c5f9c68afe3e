import { cmsEnvSchema, formatConfigIssues, parseEnv, REVIEW_WORKFLOW } from '@govsite/domain'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig, type Config } from 'payload'

import { isolateCollection, isolateGlobal } from './access/isolate-relationships'
import { clientErrorsAre400 } from './api/client-errors'
import { inputValidation } from './api/input-validation'
import { Articles } from './collections/articles'
import { AuditLogs } from './collections/audit-logs'
import { Columns } from './collections/columns'
import { ErrorReports } from './collections/error-reports'
import { Faqs } from './collections/faqs'
import { Interpretations } from './collections/interpretations'
import { mediaCollection } from './collections/media'
import { Messages } from './collections/messages'
import { Notices } from './collections/notices'
import { PolicyDocuments } from './collections/policy-documents'
import { Sites } from './collections/sites'
import { SurveyResponses } from './collections/survey-responses'
import { Surveys } from './collections/surveys'
import { usersCollection } from './collections/users'
import { ColumnContentSummaries } from './compliance/column-content-summaries'
import { complianceEndpoints } from './compliance/compliance-endpoints'
import { ComplianceSettingsGlobal } from './compliance/compliance-settings-global'
import { InspectionSnapshots } from './compliance/inspection-snapshots'
import { withColumnSummaries } from './compliance/keep-column-summaries'
import { QualityFindings } from './content-quality/quality-findings-collection'
import { QualityRuns } from './content-quality/quality-runs-collection'
import { withQualityChecks, withTermLists } from './content-quality/with-quality-checks'
import { databaseAdapter } from './database/adapter'
import { backfillMediaBindings } from './content/backfill-media-bindings'
import { runMigrations } from './database/run-migrations'
import { healthEndpoint } from './endpoints/health'
import { migrations } from './migrations'
import { buildSearchIndex } from './search/build-search-index'
import { qaEndpoint, searchEndpoint } from './search/search-endpoints'
import { RectificationOrders } from './rectification/rectification-orders'
import { reviewDeskEndpoints } from './review-desk/review-desk-endpoints'
import { richTextEditor } from './content/rich-text-editor'
import { announceSiteWebhook, notifySiteOfStart } from './site-notify/site-webhook'
import { verifyMutation } from './accounts/email-verification-off'
import { uniformLoginFailure } from './accounts/login-refusal'
import { AccountSecuritySettings } from './globals/account-security'
import { ContentCheckSettings } from './globals/content-check-settings'
import { announceCalendarCoverage, WorkingCalendarSettings } from './globals/working-calendar'
import { publicEndpoints } from './interaction/public-api/public-endpoints'
import { smtpEmailAdapter } from './mail/smtp-adapter'
import { NotificationSends } from './notifications/notification-sends-collection'
import { quarterlyResultsEndpoint } from './quarterly-results/quarterly-results-endpoint'
import { QuarterlyResults } from './quarterly-results/quarterly-results-collection'
import { Notifications } from './notifications/notifications-collection'
import { seedDemo } from './seed/seed-demo'
import { currentTime } from './shared/clock'
import { REFUSAL_NAME } from './shared/refusal'
import { complianceReportEndpoint } from './reports/report-endpoint'
import { startScheduler } from './jobs/scheduler'
import { AvailabilityDays } from './monitoring/availability-days-collection'
import { ChannelChecks } from './monitoring/channel-checks-collection'
import { LinkCheckRuns } from './monitoring/link-check-runs-collection'
import { LinkFindings } from './monitoring/link-findings-collection'
import { createMonitorRuntime } from './monitoring/monitor-runtime'
import { MonitorSettings } from './monitoring/monitor-settings-global'
import { workflowMutations } from './workflow/workflow-graphql'
import { reviewWorkflowSetting } from './workflow/workflow-table'
import { onDangerousLink } from './monitoring/danger-alerts'
import { alertOnDangerousLink } from './notifications/dangerous-link-alerts'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// `next build` evaluates this file to collect page data; the real secret is needed only at run time.
const building = process.env.NEXT_PHASE === 'phase-production-build'
const env = parseEnv(cmsEnvSchema, building ? { ...process.env, PAYLOAD_SECRET: 'build-time-placeholder-never-used-at-run-time' } : process.env)
if (!env.ok) throw new Error(formatConfigIssues('GovSite CMS', env.issues))
const settings = env.value
const users = usersCollection({
  sessionLifetimeMinutes: settings.sessionLifetimeMinutes,
  mailEnabled: Boolean(settings.mail.smtp),
  publicUrl: settings.publicUrl,
})

export default buildConfig({
  serverURL: settings.publicUrl,
  // Payload accepts its session cookie only from these origins and answers CORS for them;
  // the custom server (src/server/admin-origins.ts) refuses writes from any other origin with a clear message.
  csrf: settings.allowedOrigins,
  cors: settings.allowedOrigins,
  secret: settings.secret,
  db: databaseAdapter(settings.database, migrations),
  editor: richTextEditor,
  ...(settings.mail.smtp ? { email: smtpEmailAdapter(settings.mail.smtp, settings.mail.from) } : {}),
  collections: [
    users,
    Sites,
    Columns,
    mediaCollection(path.resolve(settings.mediaDir)),
    Articles,
    PolicyDocuments,
    Interpretations,
    Notices,
    Messages,
    Faqs,
    Surveys,
    SurveyResponses,
    ErrorReports,
    RectificationOrders,
    AuditLogs,
    ColumnContentSummaries,
    InspectionSnapshots,
    AvailabilityDays,
    LinkFindings,
    LinkCheckRuns,
    ChannelChecks,
    Notifications,
    NotificationSends,
    QualityFindings,
    QualityRuns,
    QuarterlyResults,
  ]
    .map(withColumnSummaries)
    .map(withQualityChecks)
    .map(isolateCollection),
  // Attachments are capped per type in the media collection; this bounds any single upload.
  upload: { limits: { fileSize: 50 * 1024 * 1024 } },
  globals: [withTermLists(ContentCheckSettings), WorkingCalendarSettings, AccountSecuritySettings, ComplianceSettingsGlobal, MonitorSettings].map(
    isolateGlobal,
  ),
  graphQL: { mutations: (GraphQL, context) => ({ ...workflowMutations(GraphQL, context), ...verifyMutation(GraphQL, context) }) },
  hooks: { afterError: [uniformLoginFailure, clientErrorsAre400] },
  plugins: [inputValidation],
  endpoints: [
    healthEndpoint,
    searchEndpoint,
    qaEndpoint,
    ...publicEndpoints,
    ...complianceEndpoints,
    complianceReportEndpoint(),
    quarterlyResultsEndpoint,
    ...reviewDeskEndpoints,
  ],
  admin: {
    user: users.slug,
    meta: { titleSuffix: ' - GovSite 政府网站集约化平台' },
    // Government intranets cannot reach Gravatar, and staff e-mail hashes should not leave the platform.
    avatar: 'default',
    importMap: { baseDir: dirname },
    components: {
      beforeDashboard: [
        '/dashboard/admin/supervision-links#SupervisionDashboardLinks',
        '/workflow/admin/review-queues#ReviewQueues',
        '/interaction/admin/interaction-dashboard#InteractionDashboard',
      ],
      afterNavLinks: [
        '/review-desk/admin/review-desk-nav-link#ReviewDeskNavLink',
        '/dashboard/admin/supervision-links#SupervisionNavLink',
        '/notifications/admin/inbox-nav-link#InboxNavLink',
      ],
      views: {
        // Payload's login form has no second step; ours asks for the two-factor code when needed.
        login: { Component: '/accounts/totp/admin/login-view#LoginView', path: '/login' },
        inbox: { Component: '/notifications/admin/inbox-view#InboxView', path: '/inbox' },
        reviewDesk: { Component: '/review-desk/admin/review-desk-view#ReviewDeskView', path: '/review-desk', exact: true },
        // Matched in this order: the notice before a site's drill-down.
        supervisionReport: { Component: '/reports/admin/report-view#ReportView', path: '/supervision/report', exact: true },
        supervisionSite: { Component: '/dashboard/admin/supervision-view#SupervisionView', path: '/supervision/:siteId', exact: true },
        supervision: { Component: '/dashboard/admin/supervision-view#SupervisionView', path: '/supervision', exact: true },
      },
    },
  },
  i18n: {
    fallbackLanguage: 'zh',
    supportedLanguages: { zh, en },
  },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  // The review workflow is this table: the engine, the admin's panel and queues read it from here.
  custom: reviewWorkflowSetting(REVIEW_WORKFLOW),
  telemetry: false,
  // Refusals are answers to users (4xx), not server faults; keep them out of the error log.
  loggingLevels: { [REFUSAL_NAME]: 'info' } as Config['loggingLevels'],
  onInit: async (payload) => {
    await runMigrations(payload, migrations)
    if (settings.database.kind === 'mongodb') await backfillMediaBindings(payload)
    if (settings.seedDemo) await seedDemo(payload, settings.demoPassword)
    const indexed = await buildSearchIndex(payload)
    if (settings.nodeEnv !== 'test') console.log(`GovSite CMS：搜索索引已建立（${indexed} 篇已发布内容）`)
    // R-VETO-SECURITY: a dangerous link is told the moment a check finds it, whoever runs the check.
    onDangerousLink(alertOnDangerousLink)
    // Tests drive scheduled publishing directly with an injected clock.
    if (settings.nodeEnv !== 'test') {
      startScheduler(payload, createMonitorRuntime({ ...settings.monitors, cmsUrl: settings.publicUrl }))
      announceSiteWebhook()
      await notifySiteOfStart()
      await announceCalendarCoverage(payload, currentTime())
      if (!settings.mail.smtp) payload.logger.warn('GovSite CMS：未设置 SMTP_HOST，不发送邮件；找回密码（/api/users/forgot-password）答复 503 mail.disabled')
      if (!settings.siteServiceSecret) payload.logger.warn('GovSite CMS：未设置 SITE_SERVICE_SECRET，公共网站的留言、调查和纠错接口（/api/public/*）不可用')
    }
  },
})
