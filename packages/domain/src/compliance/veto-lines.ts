import { MESSAGE_VETO_MONTHS } from '../interaction/message-deadlines.js'

/**
 * The national veto lines (检查指标, 国办秘函〔2019〕19号; ../shared/RULES.md): fixed, so a platform
 * sets only the warning lines inside them (R-WARN-EARLY, `complianceSettingsSchema`).
 */
export const VETO_LINES = {
  /** R-VETO-HOME: days without new homepage content. */
  homepageDays: 14,
  /** R-VETO-NEWS-COLS: stale 动态/要闻 and first-level 通知公告/政策文件 columns. */
  newsColumns: 5,
  /** R-VETO-STALE-10: columns that should be updated but long have not been. */
  staleColumns: 10,
  /** R-VETO-EMPTY-5: published columns without published content. */
  emptyColumns: 5,
  /** R-VETO-AVAILABILITY: failing share of the checks, in percent, over the window. */
  unavailablePercent: 5,
  availabilityWindowDays: 7,
  minChecksPerDay: 20,
  /** R-MSG-3M: months a consultation may stay unanswered, looked at over the year before the check. */
  consultationMonths: MESSAGE_VETO_MONTHS,
  consultationLookbackMonths: 12,
  /** R-VETO-SERVICE: missing element categories that fail a 办事指南. */
  serviceGuideMissingElements: 4,
  /** R-ERROR-REPORT: months an error report may stay open. */
  errorReportMonths: 1,
} as const
