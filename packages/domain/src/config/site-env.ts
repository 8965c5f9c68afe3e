import { z } from 'zod'

import { cacheTtlField, webhookSecretField } from '../webhook/site-webhook.js'
import { textField, httpUrlField, nodeEnvField, portField } from './env-fields.js'

export const DEFAULT_SITE_PORT = 3001

/** The public site's environment: it knows the CMS only by URL and holds no database credentials. */
export const siteEnvSchema = z
  .object({
    NODE_ENV: nodeEnvField,
    SITE_PORT: portField('SITE_PORT', DEFAULT_SITE_PORT),
    HOST: textField('::'),
    CMS_URL: httpUrlField('CMS_URL', 'http://localhost:3000'),
    SITE_WEBHOOK_SECRET: webhookSecretField,
    SITE_CACHE_TTL_SECONDS: cacheTtlField,
  })
  .transform((env) => ({
    nodeEnv: env.NODE_ENV,
    port: env.SITE_PORT,
    host: env.HOST,
    cmsUrl: env.CMS_URL,
    /** Shared with the CMS; undefined → the invalidation hook answers 503. */
    webhookSecret: env.SITE_WEBHOOK_SECRET,
    cacheTtlSeconds: env.SITE_CACHE_TTL_SECONDS,
  }))

export type SiteConfig = z.output<typeof siteEnvSchema>
