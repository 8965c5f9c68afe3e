import type { RuleIssue } from '../rule-issue.js'
import type { SurveyQuestion } from './survey-answers.js'

export interface SurveyDefinition {
  opensAt: Date | null
  closesAt: Date | null
  questions: readonly Pick<SurveyQuestion, 'kind' | 'options'>[]
}

/**
 * A survey staff can publish. R-SURVEY-1M: results are due a month after the close, so a
 * survey closes after it opens. A choice question offers at least two options, all different
 * (a visitor's choice is recorded by its text). `field` is the path of the field in the CMS.
 */
export function validateSurveyDefinition(survey: SurveyDefinition): RuleIssue[] {
  const issues: RuleIssue[] = []
  if (survey.opensAt && survey.closesAt && survey.closesAt.getTime() <= survey.opensAt.getTime()) {
    issues.push({ field: 'closesAt', code: 'survey.closes_before_opening', message: '截止时间须晚于开始时间' })
  }
  survey.questions.forEach((question, index) => {
    if (question.kind !== 'text' && (question.options.length < 2 || new Set(question.options).size !== question.options.length)) {
      issues.push({
        field: `questions.${index}.options`,
        code: 'survey.choice_options_invalid',
        message: `第 ${index + 1} 题（选择题）须有至少两个互不相同的选项`,
      })
    }
  })
  return issues
}
