import type { SurveyQuestionKind } from './survey-rules.js'

export interface SurveyQuestion {
  id: string
  label: string
  kind: SurveyQuestionKind
  options: string[]
  required: boolean
}

export interface SurveyAnswer {
  question: string
  choices?: string[] | undefined
  text?: string | undefined
}

export interface SurveyAnswerIssue {
  question: string
  message: string
}

/** Whether an answer fills its question: choices for choice questions, text for free-text ones. */
const fills = (question: SurveyQuestion, answer: SurveyAnswer | undefined): boolean =>
  question.kind === 'text' ? (answer?.text?.trim().length ?? 0) > 0 : (answer?.choices?.length ?? 0) > 0

/**
 * Check a visitor's answers against the survey's questions: every answer names a known question
 * once, choices are options of that question (one for single choice), text only for free-text
 * questions, and every required question is answered. Returns the problems in Chinese.
 */
export function validateSurveyAnswers(questions: readonly SurveyQuestion[], answers: readonly SurveyAnswer[]): SurveyAnswerIssue[] {
  const issues: SurveyAnswerIssue[] = []
  const byId = new Map(questions.map((question) => [question.id, question]))
  const seen = new Set<string>()
  for (const answer of answers) {
    const question = byId.get(answer.question)
    if (!question) {
      issues.push({ question: answer.question, message: '问卷中没有这个问题' })
      continue
    }
    if (seen.has(question.id)) issues.push({ question: question.id, message: `“${question.label}”重复作答` })
    seen.add(question.id)
    const choices = answer.choices ?? []
    if (question.kind === 'text') {
      if (choices.length > 0) issues.push({ question: question.id, message: `“${question.label}”是填空题，不能选择选项` })
      continue
    }
    if (answer.text !== undefined && answer.text.trim() !== '') {
      issues.push({ question: question.id, message: `“${question.label}”是选择题，请选择选项` })
    }
    const unknown = choices.filter((choice) => !question.options.includes(choice))
    if (unknown.length > 0) issues.push({ question: question.id, message: `“${question.label}”没有选项“${unknown.join('、')}”` })
    if (new Set(choices).size !== choices.length) issues.push({ question: question.id, message: `“${question.label}”的选项重复` })
    if (question.kind === 'single' && choices.length > 1) issues.push({ question: question.id, message: `“${question.label}”只能选择一项` })
  }
  for (const question of questions) {
    const answer = answers.find((candidate) => candidate.question === question.id)
    if (question.required && !fills(question, answer)) issues.push({ question: question.id, message: `请回答“${question.label}”` })
  }
  return issues
}

export interface QuestionTally {
  question: string
  label: string
  kind: SurveyQuestionKind
  /** Respondents who answered this question. */
  answered: number
  /** Count per option, in the survey's option order (choice questions). */
  options: { option: string; count: number }[]
  /** Free-text answers, newest last (text questions). */
  texts: string[]
}

export interface SurveyTally {
  responses: number
  questions: QuestionTally[]
}

/** Live results: counts per option and the free-text answers, over all stored responses. */
export function tallySurveyResponses(questions: readonly SurveyQuestion[], responses: readonly (readonly SurveyAnswer[])[]): SurveyTally {
  return {
    responses: responses.length,
    questions: questions.map((question) => {
      const given = responses
        .map((response) => response.find((answer) => answer.question === question.id))
        .filter((answer): answer is SurveyAnswer => fills(question, answer))
      return {
        question: question.id,
        label: question.label,
        kind: question.kind,
        answered: given.length,
        options: question.options.map((option) => ({ option, count: given.filter((answer) => answer.choices?.includes(option)).length })),
        texts: question.kind === 'text' ? given.map((answer) => answer.text?.trim() ?? '') : [],
      }
    }),
  }
}
