/** Reading the inline styles of pasted Word/WPS markup: the few properties that carry meaning. */

/** `style` as a map of lower-case property → value; malformed declarations are skipped. */
export function parseStyle(style: string | undefined): Map<string, string> {
  const declarations = new Map<string, string>()
  for (const part of (style ?? '').split(';')) {
    const colon = part.indexOf(':')
    if (colon <= 0) continue
    declarations.set(
      part.slice(0, colon).trim().toLowerCase(),
      part
        .slice(colon + 1)
        .trim()
        .toLowerCase(),
    )
  }
  return declarations
}

export const isBoldWeight = (value: string | undefined): boolean => value !== undefined && /^(bold|bolder|[6-9]00)$/.test(value)
export const isNormalWeight = (value: string | undefined): boolean => value !== undefined && /^(normal|lighter|[1-4]00)$/.test(value)

const ALIGNMENTS = new Set(['center', 'right', 'justify'])

/** A block's alignment from `text-align` or the old `align` attribute; left/start/unknown: none. */
export function alignment(style: Map<string, string>, alignAttribute: string | undefined): string | undefined {
  const value = style.get('text-align') ?? alignAttribute?.toLowerCase()
  return value !== undefined && ALIGNMENTS.has(value) ? value : undefined
}

/** A positive `text-indent` (Word's and WPS's 首行缩进 is 2em, 21pt, 24pt, 28pt…); hanging indents are not. */
export function hasPositiveTextIndent(style: Map<string, string>): boolean {
  const match = /^(\d+(?:\.\d+)?)/.exec(style.get('text-indent') ?? '')
  return match !== null && Number(match[1]) > 0
}

/** Word's list paragraph: `mso-list:l0 level2 lfo1` → level 2; `mso-list:Ignore`/`none` are not items. */
export function msoListLevel(style: Map<string, string>): number | undefined {
  const match = /\blevel(\d+)\b/.exec(style.get('mso-list') ?? '')
  return match ? Math.min(Number(match[1]), 9) : undefined
}

/** Hidden text (`display:none`, `mso-hide:all`) is dropped with its content. */
export const isHidden = (style: Map<string, string>): boolean => style.get('display') === 'none' || style.get('mso-hide') === 'all'
