/** One benchmark target and how the run measured against it. */
export interface TargetCheck {
  /** What is measured, e.g. "Cached homepage p99 (50 connections)". */
  name: string
  /** The target as written in the issue, e.g. "< 25 ms". */
  target: string
  /** The measured value, formatted. */
  actual: string
  pass: boolean
}

/** What a suite hands back: its BENCHMARKS.md section and its targets. */
export interface SuiteResult {
  /** Section heading (without the leading ##). */
  title: string
  /** Section body in Markdown. */
  markdown: string
  targets: TargetCheck[]
}

export interface SuiteContext {
  repoRoot: string
  /** Progress line for the console. */
  log: (message: string) => void
  /**
   * Register a clean-up (stop a process, remove a directory). The runner calls every one, last
   * registered first, when the suite ends, fails or the bench is interrupted.
   */
  onCleanup: (cleanup: () => Promise<void> | void) => void
}

/**
 * A benchmark suite: an async function that measures something and reports it. Register new
 * suites in `suites.ts`. Throw on errors (the bench then exits non-zero); report missed targets
 * in the result instead.
 */
export interface Suite {
  /** Short id, e.g. "site"; `npm run bench -- site` runs only the suites named. */
  id: string
  run: (context: SuiteContext) => Promise<SuiteResult>
}
