import { type ChildNode, type Element, isTag, isText } from 'domhandler'
import { parseDocument } from 'htmlparser2'
import { forbiddenLinkScheme } from '../content-checks/link-scheme.js'
import { manualImagePlaceholder } from './manual-image-placeholder.js'
import { element, isBlank, isElement, type OutElement, type OutNode, outText, serialize } from './paste-tree.js'
import { alignment, hasPositiveTextIndent, isBoldWeight, isHidden, isNormalWeight, msoListLevel, parseStyle } from './paste-styles.js'
import { buildWordLists, type WordListItem } from './word-lists.js'

/** What a paste from Word, WPS or a web page becomes before the editor reads it. */
export interface CleanedPaste {
  /** The pasted HTML reduced to what the editor keeps (see `cleanPastedHtml`). */
  html: string
  /** Images embedded as `data:` URLs: kept, the editor uploads them (asking for alt text). */
  uploadableImages: number
  /** Names of images the browser cannot read (`file://` in Word's HTML, other addresses): to upload by hand. */
  manualImages: string[]
}

/** Elements dropped with everything inside: document furniture, scripts, forms, embedded objects. */
const DROPPED = new Set([
  'head',
  'style',
  'script',
  'title',
  'meta',
  'link',
  'xml',
  'template',
  'noscript',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'button',
  'input',
  'select',
  'textarea',
  'col',
  'colgroup',
])

/** Word's heading levels one step down: the page's title is the only `h1`. */
const HEADINGS: Readonly<Record<string, string>> = { h1: 'h2', h2: 'h3', h3: 'h4', h4: 'h5', h5: 'h6', h6: 'h6' }

/** Source elements that make a `div` a container of blocks rather than a line of text. */
const BLOCK_SOURCE_TAGS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'blockquote', 'section', 'article'])

const INLINE_WRAPPERS: Readonly<Record<string, string>> = {
  b: 'strong',
  strong: 'strong',
  i: 'em',
  em: 'em',
  u: 'u',
  ins: 'u',
  s: 's',
  strike: 's',
  del: 's',
  sub: 'sub',
  sup: 'sup',
}

const DATA_IMAGE = /^data:image\/(png|jpe?g|gif|webp|bmp);base64,/i

/** Marks a Word caption paragraph (`MsoCaption`) until it is moved into the table it precedes. */
const CAPTION_CANDIDATE = 'data-caption-candidate'

interface Context {
  uploadableImages: number
  manualImages: string[]
  /** Inside a Word list item, whose marker (`mso-list:Ignore`) the list now numbers. */
  dropListMarker: boolean
  inTableHead: boolean
}

/**
 * Pasted HTML from Word, WPS or a web page, reduced to what the editor keeps: headings (one
 * level down, `h1` → `h2`), paragraphs (alignment and 首行缩进 kept as the editor's own marks),
 * bold/italic/underline/strikethrough/sub/superscript, links with a safe address, lists (Word's
 * `mso-list` paragraphs rebuilt as nested `ol`/`ul`), tables (header cells, merged cells, a
 * `caption` or a Word caption just above), line breaks and `data:` images. Fonts, colours,
 * sizes, classes, every other style and attribute, comments, Office's namespaced elements
 * (`<o:p>`, VML) and empty paragraphs are dropped. Line breaks in the source text between
 * Chinese characters are no spaces. Pure: the same string in, the same result out.
 */
export function cleanPastedHtml(html: string): CleanedPaste {
  const context: Context = { uploadableImages: 0, manualImages: [], dropListMarker: false, inTableHead: false }
  const nodes = convertChildren(parseDocument(html, { decodeEntities: true }).children, context)
  return { html: serialize(nodes), uploadableImages: context.uploadableImages, manualImages: context.manualImages }
}

const styleOf = (node: Element) => parseStyle(node.attribs.style)

function listLevel(node: ChildNode): number | undefined {
  return isTag(node) && node.name === 'p' ? msoListLevel(styleOf(node)) : undefined
}

function convertChildren(children: readonly ChildNode[], context: Context): OutNode[] {
  const out: OutNode[] = []
  let index = 0
  while (index < children.length) {
    if (listLevel(children[index]!) === undefined) {
      out.push(...convertNode(children[index]!, context))
      index += 1
      continue
    }
    const items: WordListItem[] = []
    for (; index < children.length; index += 1) {
      const child = children[index]!
      if (isText(child) && isBlank(child.data)) continue
      const level = listLevel(child)
      if (level === undefined) break
      const item = child as Element
      items.push({ level, marker: listMarker(item), content: convertChildren(item.children, { ...context, dropListMarker: true }) })
    }
    out.push(...buildWordLists(items))
  }
  return attachCaptions(dropLayoutSpace(out))
}

const BLOCK_TAGS = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'table', 'caption', 'tr', 'td', 'th'])

const isBlockElement = (node: OutNode | undefined): boolean => node !== undefined && isElement(node) && BLOCK_TAGS.has(node.tag)

/** White space beside a block is the source's layout (indentation, line ends), not text. */
function dropLayoutSpace(nodes: OutNode[]): OutNode[] {
  const merged: OutNode[] = []
  for (const node of nodes) {
    const last = merged.at(-1)
    if (typeof node === 'string' && typeof last === 'string') merged[merged.length - 1] = last + node
    else merged.push(node)
  }
  return merged.filter(
    (node, index) =>
      isElement(node) ||
      !isBlank(node) ||
      !(index === 0 || index === merged.length - 1 || isBlockElement(merged[index - 1]) || isBlockElement(merged[index + 1])),
  )
}

/** The text of a Word list item's marker span (`mso-list:Ignore`). */
function listMarker(node: Element): string {
  for (const child of node.children) {
    if (!isTag(child)) continue
    if (child.name === 'span' && styleOf(child).get('mso-list') === 'ignore') return textOf(child)
    const inner = listMarker(child)
    if (inner !== '') return inner
  }
  return ''
}

function textOf(node: ChildNode): string {
  if (isText(node)) return node.data
  return isTag(node) ? node.children.map(textOf).join('') : ''
}

function convertNode(node: ChildNode, context: Context): OutNode[] {
  if (isText(node)) {
    const text = joinSourceLines(node.data)
    return text === '' ? [] : [text]
  }
  if (!isTag(node)) return []
  const name = node.name.toLowerCase()
  const style = styleOf(node)
  if (name.includes(':') || DROPPED.has(name) || isHidden(style)) return []
  const children = (): OutNode[] => convertChildren(node.children, context)
  if (Object.hasOwn(HEADINGS, name)) return block(HEADINGS[name]!, node, children())
  if (Object.hasOwn(INLINE_WRAPPERS, name)) {
    const tag = INLINE_WRAPPERS[name]!
    return tag === 'strong' && isNormalWeight(style.get('font-weight')) ? children() : wrap(tag, children())
  }
  switch (name) {
    case 'br':
      return [element('br', [])]
    case 'img':
      return image(node, context)
    case 'a':
      return link(node, children())
    case 'span':
    case 'font':
      if (style.get('mso-list') === 'ignore' && context.dropListMarker) return []
      return styledInline(style, children())
    case 'p':
      return paragraph(node, children())
    case 'blockquote':
      return block('blockquote', node, children())
    case 'ul':
    case 'ol':
      return [
        element(
          name,
          children().filter((child) => isElement(child) && child.tag === 'li'),
        ),
      ]
    case 'li':
      return [element('li', children())]
    case 'table':
      return [table(node, context)]
    case 'caption':
      return [element('caption', children())]
    case 'thead':
      return convertChildren(node.children, { ...context, inTableHead: true })
    case 'tr':
      return [
        element(
          'tr',
          children().filter((child) => isElement(child) && (child.tag === 'td' || child.tag === 'th')),
        ),
      ]
    case 'td':
    case 'th':
      return [cell(node, name === 'th' || context.inTableHead, children())]
    case 'div':
      // A web page's line (`<div>一行</div>`) is a paragraph; Word's WordSection1 holds blocks.
      return node.children.some((child) => isTag(child) && BLOCK_SOURCE_TAGS.has(child.name.toLowerCase())) ? children() : paragraph(node, children())
    default:
      // html, body, section, center …: their content.
      return children()
  }
}

/** Chinese characters and full-width punctuation. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u

/**
 * The source's own line breaks are white space to HTML; Word wraps long lines anywhere, so
 * between two Chinese characters a break is nothing and elsewhere one space.
 */
function joinSourceLines(text: string): string {
  return text.replace(/[ \t]*\r?\n[ \t]*/g, (_match, offset: number, whole: string) => {
    const before = whole.charAt(offset - 1)
    const after = whole.charAt(offset + _match.length)
    return CJK.test(before) && CJK.test(after) ? '' : ' '
  })
}

function wrap(tag: string, children: OutNode[]): OutNode[] {
  return isBlank(outText(children)) ? children : [element(tag, children)]
}

/** A `span`/`font` carries formatting only through its style: bold, italic, underline, strikethrough. */
function styledInline(style: Map<string, string>, children: OutNode[]): OutNode[] {
  let out = children
  const decoration = style.get('text-decoration') ?? style.get('text-decoration-line') ?? ''
  if (isBoldWeight(style.get('font-weight'))) out = wrap('strong', out)
  if (style.get('font-style') === 'italic') out = wrap('em', out)
  if (decoration.includes('underline')) out = wrap('u', out)
  if (decoration.includes('line-through')) out = wrap('s', out)
  return out
}

/** Alignment as the one `text-align` declaration the editor reads; 首行缩进 as the editor's mark. */
function blockAttributes(node: Element): Record<string, string> {
  const style = styleOf(node)
  const attrs: Record<string, string> = {}
  const align = alignment(style, node.attribs.align)
  if (align) attrs.style = `text-align:${align}`
  if (hasPositiveTextIndent(style)) attrs['data-first-line-indent'] = 'true'
  return attrs
}

function block(tag: string, node: Element, children: OutNode[]): OutNode[] {
  const text = outText(children)
  if (isBlank(text)) return []
  return [element(tag, children, blockAttributes(node))]
}

function paragraph(node: Element, children: OutNode[]): OutNode[] {
  const classes = (node.attribs.class ?? '').toLowerCase().split(/\s+/)
  if (classes.includes('msotitle')) return block('h2', node, children)
  const out = block('p', node, children)
  const first = out[0]
  if (first && isElement(first) && classes.includes('msocaption')) first.attrs[CAPTION_CANDIDATE] = ''
  return out
}

function link(node: Element, children: OutNode[]): OutNode[] {
  const href = node.attribs.href?.trim() ?? ''
  // Word's bookmarks and table-of-contents anchors lead nowhere once pasted.
  if (href === '' || href.startsWith('#') || forbiddenLinkScheme(href) !== null) return children
  return isBlank(outText(children)) ? children : [element('a', children, { href })]
}

function imageName(src: string): string {
  const last = src.split(/[\\/]/).pop()?.split(/[?#]/)[0] ?? ''
  try {
    return decodeURIComponent(last) || '图片'
  } catch {
    return last || '图片'
  }
}

function image(node: Element, context: Context): OutNode[] {
  const src = node.attribs.src?.trim() ?? ''
  if (src === '') return []
  if (DATA_IMAGE.test(src)) {
    context.uploadableImages += 1
    return [element('img', [], { src, alt: (node.attribs.alt ?? node.attribs.title ?? '').trim() })]
  }
  const name = imageName(src)
  context.manualImages.push(name)
  return [manualImagePlaceholder(name)]
}

const SPAN_LIMITS = { colspan: 1000, rowspan: 65534 } as const

function cell(node: Element, header: boolean, children: OutNode[]): OutElement {
  const attrs: Record<string, string> = {}
  for (const [name, max] of Object.entries(SPAN_LIMITS)) {
    const span = Number.parseInt(node.attribs[name] ?? '', 10)
    if (span > 1) attrs[name] = String(Math.min(span, max))
  }
  return element(header ? 'th' : 'td', children, attrs)
}

/** Every piece of text in the cell is bold (Word's header rows are bold cells, not `th`). */
function isBoldCell(cellNode: OutElement): boolean {
  const plain = (nodes: readonly OutNode[]): string =>
    nodes.map((node) => (isElement(node) ? (node.tag === 'strong' ? '' : plain(node.children)) : node)).join('')
  return !isBlank(outText(cellNode.children)) && isBlank(plain(cellNode.children))
}

function unbold(nodes: OutNode[]): OutNode[] {
  return nodes.flatMap((node) => (isElement(node) ? (node.tag === 'strong' ? unbold(node.children) : [{ ...node, children: unbold(node.children) }]) : [node]))
}

/**
 * A table: its rows (through `thead`/`tbody`), then its leading rows whose every filled cell is
 * bold become header rows, unless that would make every row a header.
 */
function table(node: Element, context: Context): OutElement {
  const content = convertChildren(node.children, context).filter(isElement)
  const captions = content.filter((child) => child.tag === 'caption')
  const rows = content.filter((child) => child.tag === 'tr')
  const cells = (row: OutElement) => row.children.filter(isElement)
  const headerRows = rows.findIndex(
    (row) => !cells(row).every((c) => c.tag === 'th' || isBlank(outText(c.children)) || isBoldCell(c)) || cells(row).every((c) => isBlank(outText(c.children))),
  )
  const leading = headerRows === -1 ? 0 : headerRows
  for (const row of rows.slice(0, leading)) {
    row.children = cells(row).map((c) => ({ ...c, tag: 'th', children: unbold(c.children) }))
  }
  return element('table', [...captions.slice(0, 1), ...rows])
}

/** A Word caption paragraph right before a table becomes that table's caption; elsewhere it stays a paragraph. */
function attachCaptions(nodes: OutNode[]): OutNode[] {
  const out: OutNode[] = []
  for (const node of nodes) {
    const previous = out.at(-1)
    if (
      isElement(node) &&
      node.tag === 'table' &&
      previous &&
      isElement(previous) &&
      CAPTION_CANDIDATE in previous.attrs &&
      !node.children.some((c) => isElement(c) && c.tag === 'caption')
    ) {
      out.pop()
      node.children.unshift(element('caption', previous.children))
    }
    out.push(node)
  }
  for (const node of out) if (isElement(node)) delete node.attrs[CAPTION_CANDIDATE]
  return out
}
