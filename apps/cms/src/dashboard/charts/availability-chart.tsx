import type { IsoDate } from '@govsite/domain'

import { CHART_COLORS, ChartFrame } from './chart-frame'

const WIDTH = 360
const HEIGHT = 200
const LEFT = 36
const RIGHT = 70
const TOP = 30
const BOTTOM = 40

interface Props {
  days: { date: IsoDate; checks: number; failures: number; percent: number | null }[]
  warningPercent: number
  vetoPercent: number
  summary: string
}

/** The 7-day availability window: each day's failing share of the checks against the warning and veto lines. */
export function AvailabilityChart({ days, warningPercent, vetoPercent, summary }: Props) {
  const plotWidth = WIDTH - LEFT - RIGHT
  const plotHeight = HEIGHT - TOP - BOTTOM
  const top = Math.ceil(Math.max(vetoPercent * 1.6, ...days.map((day) => day.percent ?? 0)))
  const y = (percent: number) => TOP + plotHeight - (percent / top) * plotHeight
  const slot = plotWidth / Math.max(days.length, 1)
  const ticks = [0, Math.round(top / 2), top]
  const colour = (percent: number) => (percent >= vetoPercent ? CHART_COLORS.fail : percent >= warningPercent ? CHART_COLORS.warning : CHART_COLORS.pass)
  return (
    <ChartFrame
      id="availability"
      title="近 7 天可用性"
      summary={summary}
      table={{
        columns: ['日期', '检测次数', '失败次数', '失败率'],
        rows: days.map((day) => [day.date, day.checks, day.failures, day.percent === null ? '无检测' : `${day.percent}%`]),
      }}
    >
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="availability-title availability-summary">
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} stroke={CHART_COLORS.grid} />
            <text x={LEFT - 6} y={y(tick) + 4} textAnchor="end" fontSize="12" fill={CHART_COLORS.text}>
              {tick}%
            </text>
          </g>
        ))}
        <text x={4} y={TOP - 14} fontSize="12" fill={CHART_COLORS.text}>
          失败率（%）
        </text>
        {days.map((day, index) => {
          const x = LEFT + index * slot
          return (
            <g key={day.date}>
              {day.percent === null ? (
                <text x={x + slot / 2} y={y(0) - 6} fontSize="11" textAnchor="middle" fill={CHART_COLORS.text}>
                  无检测
                </text>
              ) : (
                <rect x={x + slot * 0.2} width={slot * 0.6} y={y(day.percent)} height={Math.max(y(0) - y(day.percent), 1)} fill={colour(day.percent)}>
                  <title>{`${day.date} 失败 ${day.failures}/${day.checks}（${day.percent}%）`}</title>
                </rect>
              )}
              <text x={x + slot / 2} y={HEIGHT - BOTTOM + 16} fontSize="11" textAnchor="middle" fill={CHART_COLORS.text}>
                {`${Number(day.date.slice(8))}日`}
              </text>
            </g>
          )
        })}
        {[
          { percent: warningPercent, label: '预警线', stroke: CHART_COLORS.warning },
          { percent: vetoPercent, label: '否决线', stroke: CHART_COLORS.fail },
        ].map((line) => (
          <g key={line.label}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(line.percent)} y2={y(line.percent)} stroke={line.stroke} strokeDasharray="6 4" strokeWidth="1.5" />
            <text x={WIDTH - RIGHT + 4} y={y(line.percent) + 4} fontSize="12" fill={line.stroke}>
              {`${line.label} ${line.percent}%`}
            </text>
          </g>
        ))}
        <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(0)} y2={y(0)} stroke={CHART_COLORS.axis} />
        <text x={WIDTH - RIGHT} y={HEIGHT - 4} fontSize="12" fill={CHART_COLORS.text} textAnchor="end">
          日期
        </text>
      </svg>
    </ChartFrame>
  )
}
