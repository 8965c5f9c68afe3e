import type { RuleStatus } from '@govsite/domain'

import { statusLabel } from '../view-model/labels'

/** 合格 / 预警 / 不合格 in words and colour (never colour alone). */
export function StatusBadge({ status }: { status: RuleStatus }) {
  return (
    <span className={`gs-sv-badge gs-sv-${status}`} data-status={status}>
      {statusLabel(status)}
    </span>
  )
}
