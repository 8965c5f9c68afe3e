import type { IsoDate, RuleStatus } from '@govsite/domain'

import { statusLabel } from '../view-model/labels'
import { CHART_COLORS, ChartFrame } from './chart-frame'

const WIDTH = 360
const HEIGHT = 170
const LEFT = 46
const RIGHT = 8
const TOP = 12
const BOTTOM = 36
const LEVELS: RuleStatus[] = ['pass', 'warning', 'fail']

/** 90-day trend: one bar a day, as high and as coloured as the day's result (合格 low, 不合格 high); months on the x axis. */
export function TrendChart({ days, summary }: { days: { date: IsoDate; status: RuleStatus }[]; summary: string }) {
  const plotWidth = WIDTH - LEFT - RIGHT
  const plotHeight = HEIGHT - TOP - BOTTOM
  const slot = plotWidth / Math.max(days.length, 1)
  const levelY = (status: RuleStatus) => TOP + plotHeight - ((LEVELS.indexOf(status) + 1) / LEVELS.length) * plotHeight
  const monthStarts = days.map((day, index) => ({ day, index })).filter(({ day, index }) => index === 0 || day.date.endsWith('-01'))
  return (
    <ChartFrame
      id="trend"
      title="近 90 天检查结果"
      summary={summary}
      table={{ columns: ['日期', '结果'], rows: days.map((day) => [day.date, statusLabel(day.status)]) }}
    >
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="trend-title trend-summary">
        {LEVELS.map((status) => (
          <g key={status}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={levelY(status)} y2={levelY(status)} stroke={CHART_COLORS.grid} />
            <text x={LEFT - 8} y={levelY(status) + 4} textAnchor="end" fontSize="12" fill={CHART_COLORS.text}>
              {statusLabel(status)}
            </text>
          </g>
        ))}
        {days.map((day, index) => (
          <rect
            key={day.date}
            x={LEFT + index * slot + slot * 0.1}
            width={Math.max(slot * 0.8, 1)}
            y={levelY(day.status)}
            height={TOP + plotHeight - levelY(day.status)}
            fill={CHART_COLORS[day.status]}
          >
            <title>{`${day.date} ${statusLabel(day.status)}`}</title>
          </rect>
        ))}
        <line x1={LEFT} x2={WIDTH - RIGHT} y1={TOP + plotHeight} y2={TOP + plotHeight} stroke={CHART_COLORS.axis} />
        {monthStarts.map(({ day, index }) => (
          <g key={day.date}>
            <line x1={LEFT + index * slot} x2={LEFT + index * slot} y1={TOP + plotHeight} y2={TOP + plotHeight + 5} stroke={CHART_COLORS.axis} />
            <text x={LEFT + index * slot} y={HEIGHT - 14} fontSize="12" fill={CHART_COLORS.text} textAnchor={index === 0 ? 'start' : 'middle'}>
              {index === 0 ? day.date.slice(5).replace('-', '月') + '日' : `${Number(day.date.slice(5, 7))}月`}
            </text>
          </g>
        ))}
        <text x={WIDTH - RIGHT} y={HEIGHT - 2} fontSize="12" fill={CHART_COLORS.text} textAnchor="end">
          日期
        </text>
      </svg>
    </ChartFrame>
  )
}
