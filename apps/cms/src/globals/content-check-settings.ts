import { DEFAULT_WORD_LISTS, type WordListCategory, type WordLists } from '@govsite/domain'
import type { GlobalConfig, PayloadRequest } from 'payload'

import { isPlatformAdmin, platformAdminOnly } from '../access/roles'

const CATEGORY_LABELS: Record<WordListCategory, { zh: string; en: string }> = {
  gambling: { zh: '赌博、彩票、博彩类', en: 'Gambling and lottery' },
  advertising: { zh: '商业广告类', en: 'Commercial advertising' },
  pornography: { zh: '色情低俗类', en: 'Pornography' },
}

const CATEGORIES = Object.keys(CATEGORY_LABELS) as WordListCategory[]

/** One term per line (commas and 、 also separate), so admins can paste lists as they get them. */
export function parseWordList(text: unknown): string[] {
  if (typeof text !== 'string') return []
  return [...new Set(text.split(/[\n,，、;；]+/).map((term) => term.trim()).filter(Boolean))]
}

/**
 * 预审词库 (R-NO-ADS): the forbidden-word lists used by the pre-review checks. A platform
 * setting, edited in the admin without a deploy; starts with GovSite's default lists.
 */
export const ContentCheckSettings: GlobalConfig = {
  slug: 'content-check-settings',
  label: { zh: '预审词库', en: 'Pre-review word lists' },
  admin: { group: { zh: '平台管理', en: 'Platform' }, hidden: ({ user }) => !isPlatformAdmin(user) },
  access: { read: ({ req }) => Boolean(req.user), update: platformAdminOnly },
  fields: CATEGORIES.map((category) => ({
    name: category,
    type: 'textarea' as const,
    label: CATEGORY_LABELS[category],
    defaultValue: DEFAULT_WORD_LISTS[category].join('\n'),
    admin: { description: { zh: '每行一个词，也可用逗号或顿号分隔', en: 'One term per line' }, rows: 12 },
  })),
}

export async function loadWordLists(req: PayloadRequest): Promise<WordLists> {
  const settings = await req.payload.findGlobal({ slug: 'content-check-settings', overrideAccess: true, req })
  return Object.fromEntries(
    CATEGORIES.map((category) => {
      const stored = settings[category]
      return [category, stored === undefined || stored === null ? DEFAULT_WORD_LISTS[category] : parseWordList(stored)]
    }),
  ) as WordLists
}
