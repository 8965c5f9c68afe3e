import type { ServerProps } from 'payload'

import { calendarWarning } from '../../globals/working-calendar'
import { currentTime } from '../../shared/clock'
import { interactionOverview } from '../interaction-overview'

const warning = { border: '1px solid var(--theme-warning-500)', background: 'var(--theme-warning-100)', padding: 12, borderRadius: 4, marginBottom: 16 }

/** Dashboard 互动交流: deadline queues with links to the filtered lists, same-day answers, calendar coverage. */
export async function InteractionDashboard({ payload, user }: ServerProps) {
  if (!user) return null
  const overview = await interactionOverview(payload, user, currentTime())
  const share = overview.answered > 0 ? Math.round((overview.answeredSameDay / overview.answered) * 100) : 0
  return (
    <section aria-label="互动交流" style={{ marginBottom: 32 }}>
      <h2 style={{ marginBottom: 12 }}>互动交流</h2>
      {overview.calendar.covered ? null : (
        <p role="alert" style={warning} data-calendar-warning={overview.calendar.year}>
          {calendarWarning(overview.calendar)}。<a href="/admin/globals/working-calendar">前往工作日历</a>
        </p>
      )}
      <ul style={{ display: 'flex', flexWrap: 'wrap', gap: 24, listStyle: 'none', padding: 0 }}>
        {overview.queues.map((queue) => (
          <li key={queue.key} data-queue={queue.key}>
            <a href={queue.href}>
              {queue.title}：<strong>{queue.count}</strong>
            </a>
          </li>
        ))}
      </ul>
      <p data-same-day>
        已答复留言 {overview.answered} 件，其中当日答复 {overview.answeredSameDay} 件（{share}%）
      </p>
    </section>
  )
}
