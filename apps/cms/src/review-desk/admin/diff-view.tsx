'use client'
import type { ContentDiff } from '../content-diff'

const DIFF_CSS = `
.gs-rd-diff { border: 1px solid var(--theme-elevation-150, #ddd); border-radius: 6px; padding: 12px 16px; margin: 20px 0; }
.gs-rd-diff dl { margin: 0; }
.gs-rd-diff dt { font-weight: 600; margin-top: 12px; }
.gs-rd-diff dd { margin: 4px 0 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.gs-rd-diff ins { background: #d7f5dd; color: #0f5323; text-decoration: underline; }
.gs-rd-diff del { background: #fbd9d6; color: #8a1c13; text-decoration: line-through; }
`

/** The version under review against the live one: insertions underlined in green, deletions struck through in red. */
export function DiffView({ title, diff, onClose }: { title: string; diff: ContentDiff; onClose: () => void }) {
  const changed = diff.fields.filter((field) => field.changed)
  return (
    <section className="gs-rd-diff" aria-label="与线上版本对比" data-testid="diff">
      <style>{DIFF_CSS}</style>
      <h2 style={{ marginTop: 0 }}>与线上版本对比：{title}</h2>
      <p className="gs-sv-muted">
        {diff.live ? `有 ${diff.changedFields} 项内容与线上版本不同；` : '该内容尚未发布，以下全部为新增内容；'}
        <ins>新增</ins> · <del>删除</del>
      </p>
      {changed.length === 0 ? <p>与线上版本相比没有内容变化。</p> : null}
      <dl>
        {changed.map((field) => (
          <div key={field.field} data-field={field.field}>
            <dt>{field.field}</dt>
            <dd>
              {field.parts.map((part, index) =>
                part.kind === 'added' ? (
                  <ins key={index}>{part.text}</ins>
                ) : part.kind === 'removed' ? (
                  <del key={index}>{part.text}</del>
                ) : (
                  <span key={index}>{part.text}</span>
                ),
              )}
            </dd>
          </div>
        ))}
      </dl>
      <button type="button" className="gs-sv-button" onClick={onClose}>
        关闭对比
      </button>
    </section>
  )
}
