export { formatConfigIssues, type ConfigIssue, type ConfigResult } from './config/config-result.js'
export { parseEnv } from './config/parse-env.js'
export type { EnvSource } from './config/env-fields.js'
export { DEFAULT_DATABASE_URL, databaseSupportsTransactions, parseDatabaseUrl, type DatabaseTarget } from './config/database-url.js'
export { backupEnvSchema, DEFAULT_BACKUP_DIR, type BackupConfig } from './config/backup-env.js'
export { DEFAULT_MEDIA_DIR, DEFAULT_SECRETS_DIR } from './config/env-fields.js'
export { DEFAULT_MONITOR_SITE_ADDRESS, MONITOR_NETWORKS, monitorSiteAddress, type MonitorNetwork } from './config/monitor-env.js'
export { DEMO_LINK_TARGETS, DEMO_LINK_TARGETS_PORT, DEMO_UNCHECKED_DOMAINS, demoLinkTargetUrl } from './config/demo-link-targets.js'
export { cmsEnvSchema, DEFAULT_CMS_PORT, DEFAULT_DEMO_PASSWORD, type CmsConfig } from './config/cms-env.js'
export { DEFAULT_SESSION_LIFETIME_MINUTES } from './config/account-env.js'
export { parseMailEnv, SMTP_SECURITY_MODES, type MailSettings, type SmtpSecurity, type SmtpSettings } from './config/mail-env.js'
export { siteEnvSchema, DEFAULT_SITE_PORT, type SiteConfig } from './config/site-env.js'
export { type TrustProxySetting } from './config/trust-proxy.js'
export { CONTENT_WRITER_ROLES, PLATFORM_ROLES, ROLE_LABELS, SITE_ROLES, type PlatformRole, type SiteRole } from './roles/roles.js'
export { findRoleSeparationConflicts, ROLE_SEPARATION_MESSAGE, type SiteRoleAssignment } from './roles/role-separation.js'
export { LIVE_STATE, REVIEW_QUEUES, REVIEW_STATE_LABELS, REVIEW_STATES, type ReviewState } from './workflow/review-states.js'
export { AUDIT_ACTION_LABELS } from './workflow/audit-action-labels.js'
export {
  commentedTransitionsInto,
  isWorkflowAction,
  REVIEW_WORKFLOW,
  rolesActingIn,
  scheduledAuditAction,
  WORKFLOW_ACTIONS,
  type CommentRequirement,
  type ReviewWorkflow,
  type Transition,
  type TransitionRequirements,
  type WorkflowAction,
} from './workflow/review-workflow.js'
export { SYSTEM_TRANSITIONS, type SystemTransitionKind } from './workflow/system-transitions.js'
export { CHECKLIST_ITEMS, REVIEW_CHECKLIST, type ChecklistItem } from './workflow/review-checklist.js'
export { parseWorkflowActionBody, workflowActionBodySchema, type BodyParseResult, type WorkflowActionBody } from './workflow/action-request.js'
export { decideTransition, type TransitionDecision, type WorkflowActor, type WorkflowDocument } from './workflow/decide-transition.js'
export { decidePublishSchedule, type ScheduleDecision } from './workflow/publish-schedule.js'
export { canonicalContent, DERIVED_FIELD_NAMES, NON_CONTENT_FIELDS, WORKFLOW_FIELD_NAMES, type MediaFingerprint } from './workflow/canonical-content.js'
export { documentIdsInRichText, referencesInRichText, type RichTextReference } from './workflow/rich-text-media.js'
export {
  asNode,
  createNodeBudget,
  editorRoot,
  forEachChild,
  nodeType,
  readInteger,
  readString,
  RICH_TEXT_LIMITS,
  type LexicalNode,
  type NodeBudget,
} from './rich-text/lexical-nodes.js'
export { walkLexical, type LexicalVisitor } from './rich-text/walk-lexical.js'
export { plainText } from './rich-text/plain-text.js'
export { EDITOR_STATES, hasFirstLineIndent, TABLE_CAPTION_MAX_LENGTH, tableCaption } from './editor/editor-states.js'
export { decideMediaChange, MEDIA_BINDING_STATES, type MediaBinder, type MediaChangeDecision } from './workflow/media-binding.js'
export type { ContentForCheck, FieldContent, Finding } from './content-checks/types.js'
export { SPAM_LEXICON, WORD_LIST_CATEGORIES, WORD_LIST_LABELS, type WordListCategory, type WordLists } from './content-checks/word-lists.js'
export { checkPublicFields, runPreReviewChecks } from './content-checks/run-pre-review-checks.js'
export { describeTermLineErrors, parseTermPairs, type TermLineError, type TermPair, type TermPairsResult } from './content-quality/term-pairs.js'
export { findTermErrors, TERM_LIST_LABELS, TERM_LISTS, type TermHit, type TermList, type TermLists } from './content-quality/find-term-errors.js'
export { extractCheckableContent } from './content-checks/extract-checkable-content.js'
export { isValidResidentIdNumber } from './content-checks/resident-id-number.js'
export { FORBIDDEN_LINK_SCHEMES, forbiddenLinkScheme } from './content-checks/link-scheme.js'
export { SITE_KIND_LABELS, SITE_KINDS, SITE_STATUS_LABELS, SITE_STATUSES, type SiteKind, type SiteStatus } from './sites/site-kinds.js'
export type { RuleIssue } from './rule-issue.js'
export { normalizeDomain, validateSiteDomains, type SiteDomainsInput } from './sites/validate-site-domains.js'
export { isGovernmentHost } from './sites/government-host.js'
export { isValidIcpNumber, isValidSecurityRecordNumber, isValidSiteCode, missingIdentityForOnline, type SiteIdentity } from './sites/site-online-readiness.js'
export { isMandatoryPinKind, MANDATORY_PIN_KINDS, NOTICE_KIND_LABELS, NOTICE_KINDS, type NoticeKind } from './notices/notice-kinds.js'
export {
  decideNoticeChange,
  defaultPinWindow,
  dueForAutoUnpin,
  isPinnedAt,
  MIN_PIN_DAYS,
  pinLockedUntil,
  type AutoUnpinCandidate,
  type NoticeChange,
  type NoticeChangeDecision,
  type NoticeChangeInput,
  type PinState,
  type PinWindow,
} from './notices/pin-window.js'
export { decideNoticeEdit, type NoticeEditDecision, type NoticeEditInput, type NoticePlacement } from './notices/notice-edit.js'
export { closureNoticeIssue } from './notices/closure-notice.js'
export {
  DEFAULT_INDEX_NUMBER_PATTERN,
  formatIndexNumber,
  IndexNumberError,
  validateIndexNumberPattern,
  type IndexNumberValues,
  type IndexPatternIssue,
} from './policies/index-number.js'
export {
  POLICY_VALIDITY,
  POLICY_VALIDITY_LABELS,
  validatePolicyValidity,
  validityBanner,
  type PolicyValidity,
  type PolicyValidityInput,
  type ValidityBanner,
} from './policies/policy-validity.js'
export {
  decideImportantPolicyPublish,
  decideInterpretationPublish,
  INTERPRETATION_FORM_LABELS,
  INTERPRETATION_FORMS,
  type ImportantPolicyPublishDecision,
  type InterpretationForm,
  type InterpretationPublishDecision,
} from './policies/interpretation-publishing.js'
export {
  acceptedColumnKindLabels,
  COLUMN_KIND_LABELS,
  COLUMN_KINDS,
  columnAccepts,
  columnCollection,
  type ColumnCollection,
  type ColumnKind,
} from './columns/column-kinds.js'
export {
  cacheTtlField,
  DEFAULT_SITE_CACHE_TTL_SECONDS,
  DEFAULT_SITE_WEBHOOK_URL,
  siteStructureEvents,
  siteWebhookEnvSchema,
  siteWebhookEvents,
  siteWebhookPayloadSchema,
  WEBHOOK_SECRET_MIN_LENGTH,
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOK_TIMESTAMP_HEADER,
  WEBHOOK_TOLERANCE_MS,
  webhookSecretField,
  webhookSigningInput,
  webhookTimestampFresh,
  type CmsStartPayload,
  type SiteChangePayload,
  type SiteWebhookEvent,
  type SiteWebhookPayload,
} from './webhook/site-webhook.js'
export {
  addCalendarMonths,
  addDays,
  chinaDate,
  chinaDayEnd,
  chinaDayStart,
  chinaYear,
  formatChinaDate,
  formatChinaMinute,
  isIsoDate,
  ISO_DATE_PATTERN,
  weekdayOf,
  type IsoDate,
} from './time/china-time.js'
export {
  CALENDAR_OVERRIDE_KIND_LABELS,
  CALENDAR_OVERRIDE_KINDS,
  calendarOverrideSchema,
  workingCalendar,
  type CalendarCoverage,
  type CalendarOverride,
  type CalendarOverrideKind,
  type WorkingCalendar,
} from './interaction/working-calendar.js'
export { HANDLING_QUEUE_KEYS, handlingQueues, type HandlingQueue, type HandlingQueueKey, type QueueCondition } from './interaction/handling-queues.js'
export {
  handlingWorkingDays,
  MESSAGE_ANSWER_PERIOD,
  MESSAGE_ANSWER_WORKING_DAYS,
  MESSAGE_DEADLINE_STATUS_LABELS,
  MESSAGE_VETO_MONTHS,
  messageDeadlineStatus,
  messageDueDate,
  threeMonthVetoReceivedBefore,
  unansweredOverThreeMonths,
  type MessageDeadlineStatus,
} from './interaction/message-deadlines.js'
export {
  SURVEY_QUESTION_KIND_LABELS,
  SURVEY_QUESTION_KINDS,
  surveyResultsDeadline,
  surveyResultsOverdue,
  surveyState,
  type SurveyQuestionKind,
  type SurveyState,
} from './interaction/survey-rules.js'
export {
  tallySurveyResponses,
  validateSurveyAnswers,
  type QuestionTally,
  type SurveyAnswer,
  type SurveyAnswerIssue,
  type SurveyQuestion,
  type SurveyTally,
} from './interaction/survey-answers.js'
export { validateSurveyDefinition, type SurveyDefinition } from './interaction/survey-definition.js'
export {
  ERROR_REPORT_STATE_LABELS,
  ERROR_REPORT_STATES,
  MESSAGE_CATEGORIES,
  MESSAGE_CATEGORY_LABELS,
  type ErrorReportState,
  type MessageCategory,
} from './interaction/interaction-kinds.js'
export { normalizeTrackingCode, TRACKING_CODE_ALPHABET, TRACKING_CODE_LENGTH, TRACKING_CODE_PATTERN, trackingCodeFrom } from './interaction/tracking-code.js'
export {
  CHINESE_PHONE_PATTERN,
  createdResultSchema,
  errorReportSubmissionSchema,
  fieldIssues,
  lexicalStateSchema,
  messageReceiptSchema,
  messageStatusSchema,
  messageSubmissionSchema,
  okResultSchema,
  publicApiErrorSchema,
  publicMessageListQuerySchema,
  publicMessageListSchema,
  publicSurveyListSchema,
  publicSurveyQuestionSchema,
  publicSurveySchema,
  SERVICE_AUTH_HEADER,
  SERVICE_CLIENT_IP_HEADER,
  SERVICE_CLIENT_USER_AGENT_HEADER,
  SERVICE_SECRET_MIN_LENGTH,
  siteSlugField,
  surveyResponseSubmissionSchema,
  type ErrorReportSubmission,
  type MessageReceipt,
  type MessageStatus,
  type MessageSubmission,
  type PublicApiError,
  type PublicMessageList,
  type PublicSurvey,
  type PublicSurveyList,
  type SurveyResponseSubmission,
} from './interaction/public-api.js'
export {
  decideRelationshipTarget,
  isRelationshipScope,
  RELATIONSHIP_SCOPES,
  type RelationshipDecision,
  type RelationshipScope,
  type RelationshipTarget,
} from './roles/relationship-scopes.js'
export { adminOriginDecision, type AdminOriginDecision, type AdminRequest } from './security/admin-origin.js'
export { SUPPORTED_WHERE_OPERATORS, whereProblem, type WhereField, type WhereProblem } from './query/where-validation.js'
export {
  COLUMN_FEED_ROUTE,
  COLUMN_ROUTE,
  collectionOfType,
  columnFeedPath,
  columnPath,
  documentPath,
  documentRoute,
  isPublicSite,
  MEDIA_ROUTE,
  mediaPath,
  PUBLIC_COLLECTIONS,
  PUBLIC_DOCUMENT_TYPES,
  PUBLIC_DOCUMENTS,
  PUBLIC_SITE_STATUSES,
  SITE_PREFIX_ROUTE,
  sitePrefix,
  type PublicCollection,
  type PublicDocumentType,
} from './content/public-paths.js'
export { publicPageOfUrl, type PublicPage } from './content/public-page-of-url.js'
export {
  DETAIL_POPULATE,
  PUBLIC_DETAIL_SCHEMAS,
  PUBLIC_LISTED_SCHEMAS,
  publicArticleSchema,
  publicColumnSchema,
  publicFaqSchema,
  publicInterpretationLinkSchema,
  publicInterpretationSchema,
  publicListedFaqSchema,
  publicListedNoticeSchema,
  publicListedSchema,
  publicListSchema,
  publicMediaSchema,
  publicNoticeSchema,
  publicPolicyLinkSchema,
  publicPolicySchema,
  publicSiteSchema,
  selectOf,
  type PublicArticle,
  type PublicColumn,
  type PublicDetailOf,
  type PublicFaq,
  type PublicInterpretation,
  type PublicInterpretationLink,
  type PublicList,
  type PublicListed,
  type PublicListedFaq,
  type PublicListedNotice,
  type PublicListedOf,
  type PublicMedia,
  type PublicNotice,
  type PublicPolicy,
  type PublicPolicyLink,
  type PublicQuery,
  type PublicSite,
} from './content/public-content.js'
export {
  highlightSegmentsSchema,
  PUBLIC_SEARCH_SUGGESTION_KINDS,
  publicQaAnswerSchema,
  publicQaHitSchema,
  publicSearchHitSchema,
  publicSearchRefusalSchema,
  publicSearchResultSchema,
  type HighlightSegments,
  type PublicQaAnswer,
  type PublicQaHit,
  type PublicSearchHit,
  type PublicSearchResult,
  type PublicSearchSuggestion,
} from './content/public-search.js'
export {
  COMPLIANCE_RULE_IDS,
  COMPLIANCE_RULES,
  NO_FORECAST,
  RULE_STATUS_LABELS,
  type ComplianceRuleId,
  type Forecast,
  type RuleResult,
  type RuleStatus,
} from './compliance/compliance-rules.js'
export { VETO_LINES } from './compliance/veto-lines.js'
export {
  complianceSettingsSchema,
  DEFAULT_COMPLIANCE_SETTINGS,
  type ComplianceSettings,
  type ComplianceSettingsInput,
} from './compliance/compliance-settings.js'
export { formatInterval } from './compliance/interval-text.js'
export {
  addInterval,
  INTERVAL_UNIT_LABELS,
  INTERVAL_UNITS,
  updateIntervalSchema,
  type IntervalUnit,
  type UpdateInterval,
} from './compliance/update-interval.js'
export { COLUMN_FRESHNESS, type KindExpectation, type KindFreshness } from './compliance/column-freshness-table.js'
export { columnFreshness, type ColumnExpectation, type ColumnFreshness, type ExpectationSource, type FreshnessRule } from './compliance/column-freshness.js'
export {
  homepageLastPublishedAt,
  rollUpColumnContent,
  tallyColumnContent,
  type ColumnContentFigures,
  type ColumnContentTally,
  type ColumnStructure,
  type ContentItemFacts,
} from './compliance/column-content-summary.js'
export {
  findServiceGuideElements,
  missingServiceGuideElements,
  SERVICE_GUIDE_ELEMENT_LABELS,
  SERVICE_GUIDE_ELEMENTS,
  type ServiceGuideElement,
} from './compliance/service-guide-elements.js'
export {
  HOMEPAGE_LAYOUT_LABELS,
  HOMEPAGE_LAYOUTS,
  SECURITY_FINDING_KIND_LABELS,
  SECURITY_FINDING_KINDS,
  type AvailabilityDay,
  type ChannelCheck,
  type ColumnSummary,
  type ErrorReportSummary,
  type FailedCheck,
  type HomepageLayout,
  type MessageSummary,
  type QualityFinding,
  type SecurityFinding,
  type SecurityFindingKind,
  type ServiceGuideSummary,
  type SiteComplianceInput,
  type SurveySummary,
} from './compliance/site-summary.js'
export { homeRule, type HomeEvidence, type TestedPage } from './compliance/rules/home-rule.js'
export { newsColumnsRule } from './compliance/rules/news-columns-rule.js'
export { staleColumnsRule } from './compliance/rules/stale-columns-rule.js'
export type { StaleColumnsEvidence, UpcomingStaleColumn } from './compliance/rules/stale-column-count.js'
export { emptyColumnsRule, type EmptyColumnsEvidence } from './compliance/rules/empty-columns-rule.js'
export { channelRule, type ChannelEvidence } from './compliance/rules/channel-rule.js'
export { consultationRule, type ConsultationEvidence, type ConsultationItem } from './compliance/rules/consultation-rule.js'
export { availabilityRule, type AvailabilityEvidence } from './compliance/rules/availability-rule.js'
export { securityRule, type SecurityEvidence, type SecurityItem } from './compliance/rules/security-rule.js'
export { serviceRule, type IncompleteGuide, type ServiceEvidence } from './compliance/rules/service-rule.js'
export { answerDeadlineRule, type AnswerDeadlineEvidence, type DueMessage } from './compliance/rules/answer-deadline-rule.js'
export { surveyResultsRule, type AwaitedSurvey, type SurveyResultsEvidence } from './compliance/rules/survey-results-rule.js'
export { errorReportRule, type ErrorReportEvidence, type OpenErrorReport } from './compliance/rules/error-report-rule.js'
export { contentQualityRule, type ContentQualityEvidence } from './compliance/rules/content-quality-rule.js'
export { evaluateSite, type PredictedFailure, type SiteEvaluation, type SiteRuleResults } from './compliance/evaluate-site.js'
export { evaluatePlatform, type PlatformEvaluation } from './compliance/evaluate-platform.js'
export {
  COMPLIANCE_API,
  COMPLIANCE_TREND_DAYS,
  complianceDateQuerySchema,
  complianceRunRequestSchema,
  type ComplianceRuleSummary,
  type ComplianceRunAnswer,
  type ComplianceSiteAnswer,
  type ComplianceSiteRow,
  type ComplianceSitesAnswer,
  type ComplianceTrendDay,
  type SerializedEvaluation,
} from './compliance/compliance-api.js'
export {
  ACTIVE_RECTIFICATION_STATES,
  isActiveRectificationState,
  RECTIFICATION_SEVERITY_LABELS,
  RECTIFICATION_SOURCE_LABELS,
  RECTIFICATION_SOURCES,
  RECTIFICATION_STATE_LABELS,
  RECTIFICATION_STATES,
  type RectificationActor,
  type RectificationSeverity,
  type RectificationSource,
  type RectificationState,
} from './compliance/rectification/rectification-states.js'
export {
  decideRectificationMove,
  RECTIFICATION_MOVES,
  type RectificationMove,
  type RectificationMoveDecision,
  type RectificationNoteField,
} from './compliance/rectification/rectification-moves.js'
export { RECTIFICATION_DEADLINE_DAYS, rectificationDeadline } from './compliance/rectification/rectification-deadlines.js'
export { evaluationFindings, ruleFindings, type FindingTarget, type RectificationFinding } from './compliance/rectification/rectification-findings.js'
export { planRectification, type RecordedOrder, type RectificationPlan } from './compliance/rectification/plan-rectification.js'
export {
  NOTIFICATION_KIND_IDS,
  NOTIFICATION_KINDS,
  notificationTitle,
  type NotificationAudience,
  type NotificationKind,
  type NotificationKindSpec,
  type TitleValues,
} from './notifications/notification-kinds.js'
export { notificationDedupeKey } from './notifications/dedupe-key.js'
export {
  CLOCK_TIME_PATTERN,
  DEFAULT_QUIET_HOURS,
  DIGEST_TIME,
  EMAIL_MAX_ATTEMPTS,
  planEmail,
  quietUntil,
  type DeliveryPreferences,
  type EmailPlan,
  type QuietHours,
} from './notifications/delivery-plan.js'
export {
  ISO_MONTH_PATTERN,
  monthlyNotice,
  monthRange,
  periodNotice,
  type InspectionNotice,
  type InspectionSnapshot,
  type IsoMonth,
  type MonthlyNotice,
  type MonthlyRuleCount,
  type MonthlyRuleDays,
  type MonthlySiteResult,
  type NoticeSite,
  type PeriodResult,
} from './compliance/monthly-notice.js'
export {
  ISO_QUARTER_PATTERN,
  QUARTER_TOLERATED_FAIL_DAYS,
  quarterIsOver,
  quarterlyNotice,
  quarterlyResultPending,
  quarterOf,
  quarterRange,
  quarterResult,
  type IsoQuarter,
  type QuarterlyNotice,
} from './compliance/quarterly-result.js'
export { QUARTERLY_RESULTS_API, quarterlyResultRequestSchema, type QuarterlyResultAnswer } from './compliance/quarterly-results-api.js'
export {
  COMPLIANCE_REPORT_API,
  COMPLIANCE_REPORT_FORMATS,
  complianceReportQuerySchema,
  type ComplianceReportAnswer,
  type ComplianceReportFormat,
  type ComplianceReportQuery,
} from './compliance/compliance-report-api.js'
export * from './review-desk/index.js'
