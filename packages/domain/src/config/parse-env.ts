import type { z } from 'zod'

import type { ConfigIssue, ConfigResult } from './config-result.js'
import type { EnvSource } from './env-fields.js'

/** Validate an environment against one of GovSite's env schemas, collecting every problem at once. */
export function parseEnv<S extends z.ZodType>(schema: S, env: EnvSource): ConfigResult<z.output<S>> {
  const result = schema.safeParse(env)
  if (result.success) return { ok: true, value: result.data }
  const issues: ConfigIssue[] = result.error.issues.map((zodIssue) => {
    const variable = String(zodIssue.path[0] ?? '')
    const params = 'params' in zodIssue ? (zodIssue.params as { code?: unknown } | undefined) : undefined
    return {
      variable,
      code: typeof params?.code === 'string' ? params.code : 'config.invalid',
      message: typeof params?.code === 'string' ? zodIssue.message : `${variable} 的值无效：${zodIssue.message}`,
    }
  })
  return { ok: false, issues }
}
