import { formatConfigIssues, parseEnv, type EnvSource } from '@govsite/domain'
import type { z } from 'zod'

/** Validate the environment or exit with a one-line explanation (no stack trace). */
export function loadConfigOrExit<S extends z.ZodType>(appName: string, schema: S, env: EnvSource): z.output<S> {
  const result = parseEnv(schema, env)
  if (result.ok) return result.value
  process.stderr.write(`${formatConfigIssues(appName, result.issues)}\n`)
  process.exit(1)
}
