'use client'

import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { SurveyResults } from '../survey-results'

const STATE_LABELS = { upcoming: '未开始', open: '进行中', closed: '已结束' } as const

/** Live results on the survey edit view: tallies per option, free-text answers, the R-SURVEY-1M deadline. */
export function SurveyResultsPanel() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const [results, setResults] = useState<SurveyResults | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (!id) return
    const load = async () => {
      const response = await fetch(`${config.routes.api}/surveys/${id}/results`, { credentials: 'include' })
      const body = await response.json()
      if (response.ok) setResults(body as SurveyResults)
      else setError((body as { message?: string }).message ?? '无法读取调查结果')
    }
    load().catch(() => setError('无法读取调查结果'))
  }, [id, config.routes.api])

  if (!id) return null
  if (!results) return <p>{error ?? '正在读取实时结果…'}</p>
  return (
    <section style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 12, margin: '16px 0' }}>
      <h3>
        实时结果（{STATE_LABELS[results.state]}，共 {results.responses} 份答卷）
      </h3>
      {results.resultsDueDate ? (
        <p style={results.resultsOverdue ? { color: 'var(--theme-error-500)' } : undefined}>
          结果公布期限：{results.resultsDueDate}
          {results.resultsOverdue ? '（已逾期）' : results.resultsPublishedAt ? '（已公布）' : ''}
        </p>
      ) : null}
      {results.questions.map((question) => (
        <div key={question.question} style={{ marginTop: 8 }}>
          <strong>
            {question.label}（{question.answered} 人作答）
          </strong>
          {question.kind === 'text' ? (
            <ul>
              {question.texts.slice(-20).map((text, index) => (
                <li key={index}>{text}</li>
              ))}
            </ul>
          ) : (
            <ul>
              {question.options.map((option) => (
                <li key={option.option}>
                  {option.option}：{option.count}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  )
}
