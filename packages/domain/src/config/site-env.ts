import { z } from 'zod'

import { cacheTtlField, webhookSecretField } from '../webhook/site-webhook.js'
import { SERVICE_SECRET_MIN_LENGTH } from '../interaction/public-api.js'
import { trustProxyField } from './trust-proxy.js'
import { textField, httpUrlField, nodeEnvField, optionalSecretField, portField } from './env-fields.js'

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
    SITE_SERVICE_SECRET: optionalSecretField('SITE_SERVICE_SECRET', SERVICE_SECRET_MIN_LENGTH),
    TRUST_PROXY: trustProxyField,
  })
  .transform((env) => ({
    nodeEnv: env.NODE_ENV,
    port: env.SITE_PORT,
    host: env.HOST,
    cmsUrl: env.CMS_URL,
    /** Shared with the CMS; undefined → the invalidation hook answers 503. */
    webhookSecret: env.SITE_WEBHOOK_SECRET,
    cacheTtlSeconds: env.SITE_CACHE_TTL_SECONDS,
    /** Sent as `Authorization: Bearer …` to the CMS's `/api/public/*`; undefined → the interaction forms are off. */
    serviceSecret: env.SITE_SERVICE_SECRET,
    /** Which hops may name the visitor (`X-Forwarded-For`) and the scheme; express's `trust proxy`. */
    trustProxy: env.TRUST_PROXY,
  }))

export type SiteConfig = z.output<typeof siteEnvSchema>
