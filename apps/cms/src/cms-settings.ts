import { cmsEnvSchema, formatConfigIssues, parseEnv } from '@govsite/domain'

// `next build` evaluates the config to collect page data; the real secret is needed only at run time.
const building = process.env.NEXT_PHASE === 'phase-production-build'
const env = parseEnv(cmsEnvSchema, building ? { ...process.env, PAYLOAD_SECRET: 'build-time-placeholder-never-used-at-run-time' } : process.env)
if (!env.ok) throw new Error(formatConfigIssues('GovSite CMS', env.issues))

/** The CMS's validated environment, read once per process (Payload's config and the Next.js proxy). */
export const settings = env.value
