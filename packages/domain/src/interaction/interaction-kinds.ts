export const MESSAGE_CATEGORIES = ['consultation', 'complaint', 'suggestion'] as const
export type MessageCategory = (typeof MESSAGE_CATEGORIES)[number]

export const MESSAGE_CATEGORY_LABELS: Record<MessageCategory, { zh: string; en: string }> = {
  consultation: { zh: '咨询', en: 'Consultation' },
  complaint: { zh: '投诉', en: 'Complaint' },
  suggestion: { zh: '建议', en: 'Suggestion' },
}

export const ERROR_REPORT_STATES = ['new', 'processing', 'fixed', 'rejected'] as const
export type ErrorReportState = (typeof ERROR_REPORT_STATES)[number]

export const ERROR_REPORT_STATE_LABELS: Record<ErrorReportState, { zh: string; en: string }> = {
  new: { zh: '待处理', en: 'New' },
  processing: { zh: '处理中', en: 'Processing' },
  fixed: { zh: '已修复', en: 'Fixed' },
  rejected: { zh: '不予处理', en: 'Rejected' },
}
