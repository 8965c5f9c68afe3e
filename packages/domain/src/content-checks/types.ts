/** What the pre-review checks read: plain texts, link targets and images of one document. */
export interface ContentForCheck {
  texts: string[]
  links: string[]
  images: { src?: string | null; alt?: string | null }[]
}

/** The content of one public field, named as the editor sees it (问题 2 › 选项 1). */
export interface FieldContent extends ContentForCheck {
  field: string
}

/** One problem found before review; `blocking` findings must be fixed before submission. */
export interface Finding {
  /** Stable English code, e.g. `check.forbidden_word.gambling`. */
  code: string
  severity: 'blocking' | 'warning'
  /** Simplified Chinese, addressed to the editor. */
  message: string
  /** The offending text as it appears in the content (personal data masked). */
  excerpt?: string
  /** The field it was found in, by its Chinese label. */
  field?: string
}
