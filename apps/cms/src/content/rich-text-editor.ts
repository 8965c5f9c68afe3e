import { asNode, forbiddenLinkScheme, readString, walkLexical } from '@govsite/domain'
import { EXPERIMENTAL_TableFeature, FixedToolbarFeature, lexicalEditor, LinkFeature, type LexicalRichTextAdapter } from '@payloadcms/richtext-lexical'
import type { FieldAffectingData, TextFieldSingleValidation } from 'payload'
import { GovSiteEditorFeature } from './editor/govsite-editor-feature'

/** Lexical's own node types, present in every editor whatever its features. */
const CORE_NODE_TYPES = ['root', 'text', 'linebreak', 'tab', 'paragraph']

/** A link's address: Payload's own check, and never a forbidden scheme (`javascript:`, `data:`, `vbscript:`, `file:`). */
function safeUrl(validate: TextFieldSingleValidation | undefined): TextFieldSingleValidation {
  return (value, options) => {
    const scheme = typeof value === 'string' ? forbiddenLinkScheme(value) : null
    if (scheme) return `链接地址不能使用“${scheme}:”协议`
    return validate ? validate(value, options) : true
  }
}

/** The link drawer's fields, for links and the autolinks made from pasted URLs alike. */
const linkFields = ({ defaultFields }: { defaultFields: FieldAffectingData[] }): FieldAffectingData[] =>
  defaultFields.map((field) => (field.type === 'text' && !field.hasMany && field.name === 'url' ? { ...field, validate: safeUrl(field.validate) } : field))

/**
 * What the editor's node validations leave out: node types it does not know, and a forbidden
 * address on a link of any type (Payload skips the address field of a link marked internal,
 * whose stored address the public site still falls back to). The first problem in the document.
 */
function nodeProblem(value: unknown, known: ReadonlySet<string>): string | null {
  let problem: string | null = null
  walkLexical(
    value,
    {
      enter(node, depth) {
        // The root is Lexical's own; once a problem is found the rest need not be read.
        if (depth === 0) return true
        if (problem !== null) return false
        if (typeof node.type !== 'string' || !known.has(node.type)) problem = `其中有编辑器不支持的内容类型“${String(node.type)}”`
        const url = readString(asNode(node.fields), 'url')
        const scheme = url === undefined ? null : forbiddenLinkScheme(url)
        if (problem === null && scheme) problem = `其中有链接地址使用了“${scheme}:”协议`
        return problem === null
      },
    },
    { bounded: false },
  )
  return problem
}

const lexical = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.map((feature) => (feature.key === 'link' ? LinkFeature({ fields: linkFields }) : feature)),
    EXPERIMENTAL_TableFeature(),
    FixedToolbarFeature(),
    GovSiteEditorFeature(),
  ],
})

/**
 * The rich-text editor of every field (payload.config.ts `editor`, so articles, policies,
 * interpretations, notices and every other rich text share it; `docs/editor.md`): Lexical's
 * defaults (headings, bold/italic/underline, lists, alignment, links, uploads of images and
 * files) with a fixed toolbar, tables, 首行缩进, table captions and the Word/WPS paste cleaner, and
 * Payload's validation refusing forbidden link schemes (in the link drawer's address field, and
 * on every link node) and node types the editor does not know (which the admin could not open
 * and the public site would drop).
 */
export const richTextEditor: typeof lexical = async (args) => {
  const adapter = await lexical(args)
  const known = new Set([
    ...CORE_NODE_TYPES,
    ...adapter.editorConfig.features.nodes.map(({ node }) => ('getType' in node ? node.getType() : node.replace.getType())),
  ])
  const validate: LexicalRichTextAdapter['validate'] = async (value, options) => {
    const result = await adapter.validate(value, options)
    if (result !== true) return result
    return nodeProblem(value, known) ?? true
  }
  return { ...adapter, validate }
}
