export { formatConfigIssues, type ConfigIssue, type ConfigResult } from './config/config-result.js'
export { parseEnv } from './config/parse-env.js'
export type { EnvSource } from './config/env-fields.js'
export {
  DEFAULT_DATABASE_URL,
  mongoUrlSupportsTransactions,
  parseDatabaseUrl,
  type DatabaseTarget,
} from './config/database-url.js'
export { cmsEnvSchema, DEFAULT_CMS_PORT, DEFAULT_DEMO_PASSWORD, type CmsConfig } from './config/cms-env.js'
export { siteEnvSchema, DEFAULT_SITE_PORT, type SiteConfig } from './config/site-env.js'
export { PLATFORM_ROLES, ROLE_LABELS, SITE_ROLES, type PlatformRole, type SiteRole } from './roles/roles.js'
