import type { NoticeView } from '../reports/notice-rows'

/** Lexical's serialized nodes, as the admin's editor saves them (headings and lists are default features). */
const block = { version: 1, direction: 'ltr' as const, format: '' as const, indent: 0 }
const text = (value: string) => ({ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' })
const paragraph = (value: string) => ({ type: 'paragraph', ...block, textFormat: 0, textStyle: '', children: [text(value)] })
const heading = (value: string) => ({ type: 'heading', tag: 'h2', ...block, children: [text(value)] })
const numbered = (items: string[]) => ({
  type: 'list',
  listType: 'number',
  tag: 'ol',
  start: 1,
  ...block,
  children: items.map((item, index) => ({ type: 'listitem', value: index + 1, ...block, children: [text(item)] })),
})

/** `第1名 示例市人民政府（市政府门户）：合格。合格 80 天，预警 10 天，不合格 2 天。` */
const rankingLine = (site: NoticeView['ranking'][number]) =>
  `第${site.rank}名 ${site.name}（${site.kind}）：${site.statusLabel}。合格 ${site.pass} 天，预警 ${site.warning} 天，不合格 ${site.fail} 天。`

/**
 * The quarter's public result (季度检查结果, R-INSPECT-CYCLE 季公开) as the body of a notice or an
 * article, in Chinese: what was inspected and how the result is decided, every site's result in
 * rank order, the failing sites with their failing rules, and the attached workbook. Lists and
 * paragraphs only (tables are not enabled in the editor). Built from the same view as the
 * printable page and the workbook, so the three say the same.
 */
export function publicResultBody(view: NoticeView, quarterName: string, attachmentName: string) {
  const total = view.ranking.length
  const passed = view.ranking.filter((site) => site.status === 'pass').length
  const children = [
    paragraph(`按照政府网站日常监测和季度检查工作要求，平台对所辖政府网站逐日开展检查。现将${quarterName}（${view.period}）检查结果公开如下。`),
    paragraph(`本季度共检查网站 ${total} 个，其中合格 ${passed} 个、不合格 ${total - passed} 个。${view.definition ?? ''}`),
    heading('一、检查结果'),
    total > 0 ? numbered(view.ranking.map(rankingLine)) : paragraph('本季度没有网站的检查记录。'),
    heading('二、不合格网站及主要问题'),
    view.failing.length > 0
      ? numbered(view.failing.map((site) => `${site.name}：${site.rules.join('；')}。`))
      : paragraph(`${view.periodWord}没有不合格网站。`),
    ...(view.notInspected.length > 0 ? [paragraph(`${view.periodWord}未检查的网站：${view.notInspected.join('、')}。`)] : []),
    heading('三、整改要求'),
    paragraph('检查发现的问题已通过整改通知交相关网站主办单位限期整改，整改情况将在后续检查中逐项复核。'),
    paragraph(`附件：${attachmentName}`),
  ]
  return { root: { type: 'root', ...block, children } }
}
