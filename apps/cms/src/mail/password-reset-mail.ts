import type { PayloadRequest } from 'payload'

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** The reset page of the admin at CMS_PUBLIC_URL (never the Host a request claims). */
export const resetLink = (publicUrl: string, token: string): string => `${publicUrl}/admin/reset/${encodeURIComponent(token)}`

export const PASSWORD_RESET_SUBJECT = 'GovSite 政府网站集约化平台：重置密码'

/** 找回密码 mail in Chinese: who asked, the link, how long it lasts, what to do if it was not you. */
export function passwordResetHtml(publicUrl: string) {
  return (args?: { req?: PayloadRequest; token?: string; user?: { name?: string | null; email?: string | null } }): string => {
    const { token, user } = args ?? {}
    const link = escapeHtml(resetLink(publicUrl, token ?? ''))
    const name = escapeHtml(user?.name ?? user?.email ?? '')
    return [
      `<p>${name}，您好：</p>`,
      '<p>我们收到了重置您 GovSite 平台账户密码的请求。请在 1 小时内点击下面的链接设置新密码：</p>',
      `<p><a href="${link}">${link}</a></p>`,
      '<p>新密码至少 12 个字符，不能包含您的邮箱，也不能是常见密码。</p>',
      '<p>如果这不是您本人的操作，请忽略本邮件，您的密码不会改变；如多次收到此类邮件，请联系平台管理员。</p>',
      '<p>—— GovSite 政府网站集约化平台（系统邮件，请勿回复）</p>',
    ].join('\n')
  }
}
