import { NO_FORECAST, type SerializedEvaluation } from '@govsite/domain'

/**
 * A snapshot's evaluation as the answers read it. Snapshots stored before the content quality
 * rule (R-DAILY-INSPECT) existed have no result for it: content quality was not measured then,
 * so it reads as passed with no findings, and the day's status stays as it was stored.
 */
export function storedEvaluation(value: unknown): SerializedEvaluation {
  const evaluation = value as SerializedEvaluation
  if (evaluation.rules['R-DAILY-INSPECT']) return evaluation
  return {
    ...evaluation,
    rules: {
      ...evaluation.rules,
      'R-DAILY-INSPECT': { rule: 'R-DAILY-INSPECT', status: 'pass', summary: '当日尚未检查内容质量', evidence: { findings: [] }, forecast: NO_FORECAST },
    },
  }
}
