/** R-VETO-SERVICE: the eight element categories every 办事指南 must state. */
export const SERVICE_GUIDE_ELEMENTS = ['item-name', 'legal-basis', 'conditions', 'materials', 'location', 'hours', 'phone', 'procedure'] as const
export type ServiceGuideElement = (typeof SERVICE_GUIDE_ELEMENTS)[number]

export const SERVICE_GUIDE_ELEMENT_LABELS: Readonly<Record<ServiceGuideElement, string>> = {
  'item-name': '事项名称',
  'legal-basis': '设定依据',
  conditions: '申请条件',
  materials: '办理材料',
  location: '办理地点',
  hours: '办理时间',
  phone: '联系电话',
  procedure: '办理流程',
}

/** The headings and labels guides use for each category (data: add wording here, not code). */
const LABELS: Readonly<Record<ServiceGuideElement, readonly string[]>> = {
  'item-name': ['事项名称', '项目名称', '服务事项名称', '服务事项', '服务项目', '办理事项', '审批事项', '事项全称'],
  'legal-basis': ['设定依据', '法律依据', '办理依据', '政策依据', '实施依据', '法定依据', '审批依据', '受理依据', '依据'],
  conditions: ['申请条件', '办理条件', '受理条件', '申报条件', '准入条件', '受理标准', '申请人条件'],
  materials: ['办理材料', '申请材料', '申报材料', '所需材料', '提交材料', '所需资料', '申请资料', '材料清单'],
  location: ['办理地点', '受理地点', '办公地点', '办理地址', '受理地址', '受理窗口', '办理窗口', '窗口地址'],
  hours: ['办理时间', '受理时间', '办公时间', '工作时间', '窗口办公时间'],
  phone: ['联系电话', '咨询电话', '咨询方式', '联系方式', '咨询途径', '咨询及监督电话'],
  procedure: ['办理流程', '办事流程', '办理程序', '受理流程', '审批流程', '办理步骤', '办理环节', '流程图'],
}

/** The second half of a combined heading such as 办理时间及地点 or 咨询电话和监督电话. */
const SHORT_LABELS: Readonly<Record<ServiceGuideElement, readonly string[]>> = {
  'item-name': ['名称'],
  'legal-basis': ['依据'],
  conditions: ['条件'],
  materials: ['材料', '资料'],
  location: ['地点', '地址'],
  hours: ['时间'],
  phone: ['电话', '咨询方式'],
  procedure: ['流程', '程序', '步骤'],
}

/** Words a heading may add after its label: 申请材料目录, 办理流程图. */
const LABEL_SUFFIX = /^(?:目录|清单|一览表|说明|要求|图|示意图)?$/
/** 一、 （二） 3. 3.1 第四条 ① ■ … before a heading. */
const NUMBERING =
  /^(?:第[一二三四五六七八九十百\d]+[部分章节条项]\s*|[（(][一二三四五六七八九十\d]+[)）]\s*|[一二三四五六七八九十百]+[、.．]\s*|\d+(?:\.\d+)*[、.．]?\s*|[①-⑳]\s*|[■□●○◆◇▲△★☆·•\-*]\s*)+/
const BRACKETED = /^[【[〔]([^】\]〕]{1,20})[】\]〕]\s*/
/** Where a label ends and its value begins: a colon, a table cell or spaces. */
const SEPARATOR = /[：:|｜\t]|\s{1,}/
const MAX_HEADING_LENGTH = 20
const JOINERS = /[和及与、/]/

const byLabel = new Map<string, ServiceGuideElement>()
for (const element of SERVICE_GUIDE_ELEMENTS) for (const label of LABELS[element]) byLabel.set(label, element)
const shortByLabel = new Map<string, ServiceGuideElement>()
for (const element of SERVICE_GUIDE_ELEMENTS) for (const label of SHORT_LABELS[element]) shortByLabel.set(label, element)

function fullLabel(part: string): ServiceGuideElement | undefined {
  for (let end = part.length; end >= 2; end--) {
    const element = byLabel.get(part.slice(0, end))
    if (element && LABEL_SUFFIX.test(part.slice(end))) return element
  }
  return undefined
}

/** The categories a heading names: 办理时间及地点 → hours, location. The first part must be a whole label. */
function headingElements(heading: string): ServiceGuideElement[] {
  const [first = '', ...rest] = heading.split(JOINERS).map((part) => part.trim())
  const leading = fullLabel(first)
  if (!leading) return []
  const elements = [leading]
  for (const part of rest) {
    const element = fullLabel(part) ?? shortByLabel.get(part)
    if (element) elements.push(element)
  }
  return elements
}

/** A line as heading and value, or null for running text. */
function parseLine(line: string): { elements: ServiceGuideElement[]; value: string } | null {
  let text = line.replace(NUMBERING, '')
  const bracketed = BRACKETED.exec(text)
  if (bracketed) text = `${bracketed[1]}：${text.slice(bracketed[0].length)}`
  const separator = SEPARATOR.exec(text)
  const heading = separator && separator.index <= MAX_HEADING_LENGTH ? text.slice(0, separator.index) : text.replace(/[。；;，,]$/, '')
  if (heading.length > MAX_HEADING_LENGTH) return null
  const elements = headingElements(heading)
  if (elements.length === 0) return null
  const value = separator && separator.index <= MAX_HEADING_LENGTH ? text.slice(separator.index + separator[0].length).replace(/^[\s：:|｜]+/, '') : ''
  return { elements, value }
}

/**
 * R-VETO-SERVICE: the element categories a 办事指南's text states — a heading or label (事项名称：…,
 * 三、申请材料, 【办理时间】…, a table row) followed by content on its line or below it, up to the
 * next heading. Running text that merely mentions a word (请携带申请材料) states nothing. Lines
 * are the guide's paragraphs, headings and table cells.
 */
export function findServiceGuideElements(text: string): ServiceGuideElement[] {
  const found = new Set<ServiceGuideElement>()
  let open: ServiceGuideElement[] = []
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/[\u00a0\u3000]/g, ' ').trim()
    if (line === '') continue
    const parsed = parseLine(line)
    if (parsed === null) {
      for (const element of open) found.add(element)
      open = []
      continue
    }
    open = parsed.elements
    if (parsed.value !== '') {
      for (const element of open) found.add(element)
      open = []
    }
  }
  return SERVICE_GUIDE_ELEMENTS.filter((element) => found.has(element))
}

/** The categories a guide lacks, in the canonical order. */
export function missingServiceGuideElements(found: readonly ServiceGuideElement[]): ServiceGuideElement[] {
  return SERVICE_GUIDE_ELEMENTS.filter((element) => !found.includes(element))
}
