/** One problem found in the environment: which variable, a stable English code, a Chinese explanation. */
export interface ConfigIssue {
  variable: string
  code: string
  message: string
}

export type ConfigResult<T> = { ok: true; value: T } | { ok: false; issues: ConfigIssue[] }

/** A single line a civil servant or operator can act on, e.g. for stderr before exiting. */
export function formatConfigIssues(appName: string, issues: readonly ConfigIssue[]): string {
  const details = issues.map((issue) => `${issue.message} [${issue.code}]`).join('；')
  return `${appName} 配置错误：${details}`
}
