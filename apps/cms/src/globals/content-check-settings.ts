import { SPAM_LEXICON, WORD_LIST_CATEGORIES, type WordListCategory, type WordLists } from '@govsite/domain'
import type { GlobalConfig, PayloadRequest } from 'payload'

import { isPlatformAdmin, platformAdminOnly } from '../access/roles'

const CATEGORY_LABELS: Record<WordListCategory, { zh: string; en: string }> = {
  gambling: { zh: '赌博、彩票、博彩类', en: 'Gambling and lottery' },
  pornography: { zh: '色情低俗类', en: 'Pornography' },
  advertising: { zh: '商业广告类', en: 'Commercial advertising' },
  invoices: { zh: '假发票、假证件类', en: 'Fake invoices and certificates' },
  gaming: { zh: '游戏私服、外挂类', en: 'Private game servers and cheats' },
  loans: { zh: '非法贷款、套现类', en: 'Illegal loans' },
}

const FIELDS = [...WORD_LIST_CATEGORIES, 'allowed'] as const

/** One term per line (commas and 、 also separate), so admins can paste lists as they get them. */
export function parseWordList(text: unknown): string[] {
  if (typeof text !== 'string') return []
  return [
    ...new Set(
      text
        .split(/[\n,，、;；]+/)
        .map((term) => term.trim())
        .filter(Boolean),
    ),
  ]
}

/**
 * 预审词库 (R-NO-ADS): the platform's additions to GovSite's shipped lexicon, edited in the admin
 * without a deploy. The shipped terms always apply (a release updates them); terms listed here
 * block too, and an allowed phrase keeps a listed term inside it from being reported.
 */
export const ContentCheckSettings: GlobalConfig = {
  slug: 'content-check-settings',
  label: { zh: '预审词库', en: 'Pre-review word lists' },
  admin: {
    group: { zh: '平台管理', en: 'Platform' },
    hidden: ({ user }) => !isPlatformAdmin(user),
    description: {
      zh: '系统内置的违禁词库始终生效，此处填写本平台补充的词语，每行一个，也可用逗号或顿号分隔。',
      en: 'The shipped lexicon always applies; add the platform’s own terms here, one per line.',
    },
  },
  access: { read: ({ req }) => Boolean(req.user), update: platformAdminOnly },
  fields: [
    ...WORD_LIST_CATEGORIES.map((category) => ({
      name: category,
      type: 'textarea' as const,
      label: CATEGORY_LABELS[category],
      admin: {
        description: {
          zh: `补充违禁词（系统内置 ${SPAM_LEXICON[category].terms.length} 个）`,
          en: `Additional terms (${SPAM_LEXICON[category].terms.length} shipped)`,
        },
        rows: 6,
      },
    })),
    {
      name: 'allowed',
      type: 'textarea',
      label: { zh: '例外词语', en: 'Allowed phrases' },
      admin: {
        description: {
          zh: '本平台正常使用、不应被拦截的词语（如含有违禁词的机构名称），其中出现的违禁词不再提示',
          en: 'Phrases of your own that contain a listed term and are fine',
        },
        rows: 6,
      },
    },
  ],
}

export async function loadWordLists(req: PayloadRequest): Promise<WordLists> {
  const settings = await req.payload.findGlobal({ slug: 'content-check-settings', overrideAccess: true, req })
  return Object.fromEntries(FIELDS.map((field) => [field, parseWordList(settings[field])]))
}
