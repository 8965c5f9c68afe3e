import type { ColumnKind } from '../columns/column-kinds.js'
import type { IsoDate } from '../time/china-time.js'
import type { MessageCategory } from '../interaction/interaction-kinds.js'
import type { SiteKind, SiteStatus } from '../sites/site-kinds.js'
import type { ServiceGuideElement } from './service-guide-elements.js'
import type { UpdateInterval } from './update-interval.js'

export const HOMEPAGE_LAYOUTS = ['content', 'navigation'] as const
/** `navigation`: the homepage only links to the columns, so R-VETO-HOME tests every second-level page instead. */
export type HomepageLayout = (typeof HOMEPAGE_LAYOUTS)[number]

export const HOMEPAGE_LAYOUT_LABELS: Readonly<Record<HomepageLayout, { zh: string; en: string }>> = {
  content: { zh: '信息发布首页', en: 'Content homepage' },
  navigation: { zh: '仅栏目导航', en: 'Navigation only' },
}

/**
 * One column as the CMS keeps it for supervision. The content figures are what the column's
 * page lists: its own published content and its sub-columns' of the same type (`rollUpColumnContent`).
 */
export interface ColumnSummary {
  id: string
  name: string
  kind: ColumnKind
  /** null for a first-level (一级) column; a parent missing from the list counts as none. */
  parentId: string | null
  /** Visible on the public site; other columns count for no rule (their settings still pass down). */
  published: boolean
  /** Replaces the kind's interval for this column and the sub-columns that set none of their own. */
  intervalOverride?: UpdateInterval | null
  /** Non-blank: the column and its sub-columns need not be updated (e.g. a historical 专题 archive). */
  exemptReason?: string | null
  /** Latest publish time of the listed published content that shows one; content without a visible publish time counts as not updated. */
  lastPublishedAt: Date | null
  publishedCount: number
}

/** An unanswered valid message, or a 咨询 answered within the year before the check (R-MSG-3M counts late answers). */
export interface MessageSummary {
  id: string
  title: string
  category: MessageCategory
  receivedAt: Date
  /** R-MSG-5WD due date, as the CMS stores it (`messageDueDate`). */
  dueDate: IsoDate
  answeredAt?: Date | null
}

/** Availability checks of one China day (R-VETO-AVAILABILITY). */
export interface AvailabilityDay {
  date: IsoDate
  checks: number
  failures: number
}

export interface FailedCheck {
  at: Date
  url: string
  /** e.g. `超时（15 秒）`, `HTTP 502`. */
  reason: string
}

export const SECURITY_FINDING_KINDS = ['dangerous-link', 'serious-error', 'prohibited-content', 'tampering'] as const
export type SecurityFindingKind = (typeof SECURITY_FINDING_KINDS)[number]

export const SECURITY_FINDING_KIND_LABELS: Readonly<Record<SecurityFindingKind, { zh: string; en: string }>> = {
  'dangerous-link': { zh: '危险链接', en: 'Dangerous link' },
  'serious-error': { zh: '严重表述错误', en: 'Serious content error' },
  'prohibited-content': { zh: '违规内容', en: 'Prohibited content' },
  tampering: { zh: '页面篡改或恶意代码', en: 'Tampering or injected code' },
}

/** A serious finding not handled yet (R-VETO-SECURITY). */
export interface SecurityFinding {
  id: string
  kind: SecurityFindingKind
  foundAt: Date
  /** What was found, in Chinese, e.g. the wrong wording and its correction. */
  detail: string
  url?: string | null
  documentId?: string | null
  columnId?: string | null
}

/** An open 错别字 finding in published content (R-DAILY-INSPECT content quality); 严重错误 are `SecurityFinding`s. */
export interface QualityFinding {
  id: string
  foundAt: Date
  wrong: string
  right: string
  documentTitle: string
  documentId: string
  columnId?: string | null
}

/** The last check of the consultation channel: the site's message form and the CMS's intake behind it. */
export interface ChannelCheck {
  checkedAt: Date
  formWorks: boolean
  intakeWorks: boolean
  /** What failed, in Chinese. */
  problem?: string | null
}

/** A 我为政府网站找错 report not closed yet (R-ERROR-REPORT). */
export interface ErrorReportSummary {
  id: string
  receivedAt: Date
  url?: string | null
}

/** A closed survey whose results are not published yet (R-SURVEY-1M). */
export interface SurveySummary {
  id: string
  title: string
  closesAt: Date
}

/** A published 办事指南 and the element categories `findServiceGuideElements` found in it. */
export interface ServiceGuideSummary {
  id: string
  title: string
  columnId: string
  elements: readonly ServiceGuideElement[]
}

/**
 * Everything supervision needs about one site, kept up to date by the CMS as content changes,
 * so an evaluation never reads documents: it is linear in the columns and items listed here.
 */
export interface SiteComplianceInput {
  site: { id: string; name: string; kind: SiteKind; status: SiteStatus }
  homepage: {
    layout: HomepageLayout
    /** Latest visible publish time among what the homepage lists (`homepageLastPublishedAt`). */
    lastPublishedAt: Date | null
  }
  columns: readonly ColumnSummary[]
  messages: readonly MessageSummary[]
  /** Daily tallies covering at least the availability window; missing days count as unchecked. */
  availability: readonly AvailabilityDay[]
  /** The latest failed checks, for the evidence. */
  failedChecks: readonly FailedCheck[]
  securityFindings: readonly SecurityFinding[]
  /** null when the channel has never been checked. */
  channel: ChannelCheck | null
  errorReports: readonly ErrorReportSummary[]
  surveys: readonly SurveySummary[]
  serviceGuides: readonly ServiceGuideSummary[]
  /** Open 错别字 findings; absent when the platform keeps none. */
  qualityFindings?: readonly QualityFinding[]
}
