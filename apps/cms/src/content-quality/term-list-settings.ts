import { describeTermLineErrors, parseTermPairs, type TermList, type TermLists } from '@govsite/domain'
import type { Field, GlobalBeforeChangeHook, Payload, PayloadRequest } from 'payload'

import { Refusal } from '../shared/refusal'

/** The 预审词库 fields holding each list, one `wrong => right` pair a line. */
export const TERM_LIST_FIELDS: Readonly<Record<TermList, string>> = { serious: 'seriousErrors', typo: 'typos' }

const LABELS: Readonly<Record<TermList, { zh: string; en: string; description: string }>> = {
  serious: {
    zh: '严重错误（错误写法 => 正确写法）',
    en: 'Serious errors (wrong => right)',
    description: '领导姓名职务、机构名称等严重表述错误，每行一组，如“张三市长 => 张三副市长”。已发布信息中出现即告警，计入严重错误和安全问题（单项否决）。',
  },
  typo: {
    zh: '常见错别字（错误写法 => 正确写法）',
    en: 'Common misspellings (wrong => right)',
    description: '每行一组，如“再接再励 => 再接再厉”，也可写作“再接再励→再接再厉”。已发布信息中出现时预警并生成整改通知。',
  },
}

export const termListFields: Field[] = (Object.keys(TERM_LIST_FIELDS) as TermList[]).map((list) => ({
  name: TERM_LIST_FIELDS[list],
  type: 'textarea',
  label: { zh: LABELS[list].zh, en: LABELS[list].en },
  admin: { description: { zh: LABELS[list].description, en: 'One pair per line: wrong => right' }, rows: 8 },
}))

const textOf = (value: unknown): string => (typeof value === 'string' ? value : '')

/** R-DAILY-INSPECT: a list with an unreadable line is refused as a whole (400), naming each line. */
export const refuseMalformedTermLists: GlobalBeforeChangeHook = ({ data }) => {
  for (const list of Object.keys(TERM_LIST_FIELDS) as TermList[]) {
    const result = parseTermPairs(textOf(data[TERM_LIST_FIELDS[list]]))
    if (result.ok) continue
    throw new Refusal(400, 'content_quality.term_list_invalid', `${LABELS[list].zh.replace(/（.*$/, '')}有误：${describeTermLineErrors(result.errors)}`, {
      issues: result.errors.map((error) => ({ path: `${TERM_LIST_FIELDS[list]}.${error.line}`, message: error.problem })),
    })
  }
  return data
}

/** The platform's lists as stored (saves are checked, so an unreadable one is treated as empty). */
export async function loadTermLists(payload: Payload, req?: PayloadRequest): Promise<TermLists> {
  const settings = (await payload.findGlobal({ slug: 'content-check-settings', overrideAccess: true, req })) as unknown as Record<string, unknown>
  const read = (list: TermList) => {
    const result = parseTermPairs(textOf(settings[TERM_LIST_FIELDS[list]]))
    return result.ok ? result.pairs : []
  }
  return { serious: read('serious'), typo: read('typo') }
}
