import type { FreshnessBar } from '../view-model/site-detail'
import { CHART_COLORS, ChartFrame } from './chart-frame'

const WIDTH = 360
const ROW = 30
const LEFT = 86
const RIGHT = 84
const TOP = 22

/** How far each counted column is into its update interval: the bar is the days since its last publication, the mark its limit. */
export function FreshnessChart({ bars }: { bars: FreshnessBar[] }) {
  const height = TOP + bars.length * ROW + 8
  const track = WIDTH - LEFT - RIGHT
  // The limit sits at two thirds of the track, so a stale column's overrun still shows.
  const limitX = LEFT + (track * 2) / 3
  const barEnd = (bar: FreshnessBar) =>
    bar.daysSince === null || !bar.allowedDays ? LEFT + track : LEFT + Math.min(bar.daysSince / bar.allowedDays, 1.5) * ((track * 2) / 3)
  const stale = bars.filter((bar) => bar.stale).length
  const label = (bar: FreshnessBar) => (bar.daysSince === null ? '从未发布' : `${bar.daysSince} / ${bar.allowedDays} 天`)
  const summary =
    bars.length === 0
      ? '没有计入更新检查的栏目'
      : `${bars.length} 个栏目计入更新检查，${stale} 个已超期${bars[0] && !bars[0].stale && bars[0].staleOn ? `；最接近期限的是${bars[0].name}（${bars[0].staleOn} 超期）` : ''}`
  return (
    <ChartFrame
      id="freshness"
      title="栏目更新情况"
      summary={`${summary}。条形为未更新天数，虚线为更新期限；右侧为“未更新天数 / 期限天数”`}
      table={{
        columns: ['栏目', '未更新天数', '更新期限（天）', '超期日期', '状态'],
        rows: bars.map((bar) => [bar.name, bar.daysSince ?? '从未发布', bar.allowedDays ?? '—', bar.staleOn ?? '—', bar.stale ? '已超期' : '按期']),
      }}
    >
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="freshness-title freshness-summary">
        <line x1={limitX} x2={limitX} y1={TOP - 6} y2={height - 4} stroke={CHART_COLORS.fail} strokeDasharray="4 3" />
        <text x={limitX} y={TOP - 10} fontSize="12" textAnchor="middle" fill={CHART_COLORS.fail}>
          更新期限
        </text>
        {bars.map((bar, index) => {
          const y = TOP + index * ROW
          const share = bar.daysSince === null || !bar.allowedDays ? Infinity : bar.daysSince / bar.allowedDays
          const fill = bar.stale ? CHART_COLORS.fail : share >= 0.75 ? CHART_COLORS.warning : CHART_COLORS.pass
          return (
            <g key={`${bar.name}-${index}`}>
              <text x={LEFT - 8} y={y + 17} fontSize="13" textAnchor="end" fill={CHART_COLORS.text}>
                {bar.name.length > 6 ? `${bar.name.slice(0, 5)}…` : bar.name}
                <title>{bar.name}</title>
              </text>
              <rect x={LEFT} y={y + 6} width={track} height={14} fill={CHART_COLORS.grid} rx="2" />
              <rect x={LEFT} y={y + 6} width={Math.max(barEnd(bar) - LEFT, 2)} height={14} fill={fill} rx="2" />
              <text x={WIDTH - RIGHT + 6} y={y + 17} fontSize="12" fill={CHART_COLORS.text}>
                {label(bar)}
              </text>
            </g>
          )
        })}
      </svg>
    </ChartFrame>
  )
}
