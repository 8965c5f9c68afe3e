import { escapeAttribute, escapeText } from 'entities'

/** An element of the cleaned paste: only tags and attributes the cleaner writes itself. */
export interface OutElement {
  tag: string
  attrs: Record<string, string>
  children: OutNode[]
}
export type OutNode = OutElement | string

export const element = (tag: string, children: OutNode[], attrs: Record<string, string> = {}): OutElement => ({ tag, attrs, children })

export const isElement = (node: OutNode): node is OutElement => typeof node !== 'string'

/** The text of a cleaned subtree (images count as content, so they are marked). */
export function outText(nodes: readonly OutNode[]): string {
  return nodes.map((node) => (isElement(node) ? (node.tag === 'img' ? '\u{FFFC}' : outText(node.children)) : node)).join('')
}

/** True when the text is only spaces (Word pads with `&nbsp;` and full-width spaces). */
export const isBlank = (text: string): boolean => /^[\s\u00a0\u3000]*$/.test(text)

const VOID_TAGS = new Set(['br', 'img'])

export function serialize(nodes: readonly OutNode[]): string {
  return nodes
    .map((node) => {
      if (!isElement(node)) return escapeText(node)
      const attrs = Object.entries(node.attrs)
        .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
        .join('')
      return VOID_TAGS.has(node.tag) ? `<${node.tag}${attrs}>` : `<${node.tag}${attrs}>${serialize(node.children)}</${node.tag}>`
    })
    .join('')
}
