import { ValidationError, type CollectionSlug, type Field, type Payload } from 'payload'
import { flattenTopLevelFields } from 'payload/shared'

import { Refusal } from './refusal'

/** Lexical node types by what editors call them, for rich-text messages (Lexical reports in English only). */
const NODE_NAMES_ZH: Readonly<Record<string, string>> = {
  heading: '标题',
  link: '链接',
  autolink: '链接',
  upload: '上传的文件',
  relationship: '关联内容',
  list: '列表',
  listitem: '列表项',
  quote: '引用',
  block: '内容块',
  inlineBlock: '内容块',
}
const LINK_RULE = '链接地址不能含空格，也不能使用 javascript:、data:、vbscript:、file: 协议'
const CJK = /[\u3400-\u9fff]/

export interface FieldProblem {
  path: string
  /** The field's Chinese label, with its parents' (`问题 > 选项`). */
  label: string
  message: string
}

function labelOf(field: Field): string {
  const label = 'label' in field ? field.label : undefined
  if (label && typeof label === 'object' && 'zh' in label && typeof label.zh === 'string') return label.zh
  if (typeof label === 'string') return label
  return 'name' in field ? field.name : ''
}

/** `body`, `options.2.label`: the Chinese labels along the path, array rows as 第 n 项. */
function labelOfPath(fields: Field[], path: string): string {
  const labels: string[] = []
  let level: Field[] = fields
  for (const segment of path.split('.')) {
    if (/^\d+$/.test(segment)) {
      labels.push(`第 ${Number(segment) + 1} 项`)
      continue
    }
    const field = flattenTopLevelFields(level).find((candidate) => 'name' in candidate && candidate.name === segment) as Field | undefined
    if (!field) break
    labels.push(labelOf(field))
    level = 'fields' in field && Array.isArray(field.fields) ? field.fields : []
  }
  return labels.join(' > ') || path
}

/** The reason in Chinese: Payload's own messages are translated; Lexical's node failures are named by node. */
function reasonOf(message: string): string {
  const node = /^(\w+) node failed to validate/.exec(message)?.[1]
  if (node === 'link' || node === 'autolink') return `其中有无效的链接（${LINK_RULE}）`
  if (node) return `其中的${NODE_NAMES_ZH[node] ?? `“${node}”`}不符合要求`
  return CJK.test(message) ? message.replace(/[。.,，\s]+$/, '') : '填写的内容无效'
}

/** Each field a ValidationError names, with its Chinese label and reason. */
export function fieldProblems(error: ValidationError, payload: Payload): FieldProblem[] {
  const collection = error.data.collection ? payload.collections[error.data.collection as CollectionSlug]?.config : undefined
  return error.data.errors.map(({ path, message }) => ({
    path,
    label: collection ? labelOfPath(collection.fields, path) : path,
    message: reasonOf(message),
  }))
}

/** A ValidationError whose labels and messages are Chinese, for the same refusal on a draft save. */
export function inChinese(error: ValidationError, payload: Payload): ValidationError {
  const errors = fieldProblems(error, payload)
  const translated = new ValidationError({ collection: error.data.collection, errors }, undefined)
  translated.message = `以下字段不符合要求：${errors.map((problem) => problem.label).join('、')}`
  return translated
}

/**
 * The one mapping of Payload's ValidationError into a Refusal: a Refusal stays as it is; a
 * ValidationError, which reaches a refusal only from a workflow action (any path: REST, GraphQL,
 * the scheduler; a draft save answers Payload's own error, `inChinese`), becomes
 * `workflow.invalid_content` naming each field by its Chinese label. Anything else is no refusal.
 */
export function asRefusal(error: unknown, payload: Payload): Refusal | null {
  if (error instanceof Refusal) return error
  if (!(error instanceof ValidationError)) return null
  const problems = fieldProblems(error, payload)
  return new Refusal(
    400,
    'workflow.invalid_content',
    `内容不符合发布要求，请修改后再提交审核：${problems.map((problem) => `${problem.label}：${problem.message}`).join('；')}`,
  )
}
