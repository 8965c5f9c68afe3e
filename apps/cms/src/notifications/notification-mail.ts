import { formatChinaMinute } from '@govsite/domain'

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

export interface MailItem {
  title: string
  body?: string | null
  link?: string | null
  createdAt: string
  urgent?: boolean
}

export interface NotificationMail {
  subject: string
  html: string
  text: string
}

const SIGNATURE = '—— GovSite 政府网站集约化平台（系统邮件，请勿回复；通知设置见后台“我的账户”）'

/** Admin links are paths; a mail needs the whole address, at CMS_PUBLIC_URL (never a Host a request claimed). */
const absolute = (publicUrl: string, link: string): string => (/^https?:\/\//.test(link) ? link : `${publicUrl}${link}`)

/** One notification, or (several due together: the digest, retries, the end of quiet hours) a list of them, as one Chinese mail. */
export function notificationMail(items: readonly MailItem[], publicUrl: string): NotificationMail {
  const single = items.length === 1 ? items[0]! : null
  const subject = single ? `GovSite：${single.title}` : `GovSite 通知汇总：${items.length} 条通知`
  const html = items
    .map((item) => {
      const link = item.link ? absolute(publicUrl, item.link) : null
      return [
        `<h3>${item.urgent ? '【紧急】' : ''}${escapeHtml(item.title)}</h3>`,
        `<p>${escapeHtml(formatChinaMinute(item.createdAt))}</p>`,
        item.body ? `<p>${escapeHtml(item.body)}</p>` : '',
        link ? `<p><a href="${escapeHtml(link)}">在后台查看</a>：${escapeHtml(link)}</p>` : '',
      ].join('\n')
    })
    .concat(`<p>${SIGNATURE}</p>`)
    .join('\n')
  const text = items
    .map((item) =>
      [`${item.urgent ? '【紧急】' : ''}${item.title}`, formatChinaMinute(item.createdAt), item.body ?? '', item.link ? absolute(publicUrl, item.link) : '']
        .filter(Boolean)
        .join('\n'),
    )
    .concat(SIGNATURE)
    .join('\n\n')
  return { subject, html, text }
}
