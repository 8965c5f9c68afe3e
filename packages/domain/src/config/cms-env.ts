import { z } from 'zod'

import { DEFAULT_SITE_WEBHOOK_URL, webhookSecretField } from '../webhook/site-webhook.js'
import { adminOrigins, allowedOriginsField } from './allowed-origins.js'
import { databaseUrlField } from './database-url.js'
import {
  booleanField,
  DEFAULT_MEDIA_DIR,
  textField,
  httpUrlField,
  nodeEnvField,
  passwordField,
  portField,
  optionalSecretField,
  secretField,
} from './env-fields.js'
import { SERVICE_SECRET_MIN_LENGTH } from '../interaction/public-api.js'
import { sessionLifetimeField } from './account-env.js'
import { parseMailEnv } from './mail-env.js'
import { trustProxyField } from './trust-proxy.js'
import { monitorHostAddressesField, monitorNetworksField, monitorSiteAddressField, monitorUncheckedDomainsField } from './monitor-env.js'

export const DEFAULT_CMS_PORT = 3000
export const DEFAULT_DEMO_PASSWORD = 'demo-password-2026'

/** The CMS's environment. Every variable is documented in the README's configuration table. */
export const cmsEnvSchema = z
  .object({
    NODE_ENV: nodeEnvField,
    PAYLOAD_SECRET: secretField('PAYLOAD_SECRET', 32),
    DATABASE_URL: databaseUrlField,
    CMS_PORT: portField('CMS_PORT', DEFAULT_CMS_PORT),
    HOST: textField('::'),
    CMS_PUBLIC_URL: z.string().optional(),
    CMS_ALLOWED_ORIGINS: allowedOriginsField,
    TRUST_PROXY: trustProxyField,
    SEED_DEMO: booleanField('SEED_DEMO', true),
    DEMO_PASSWORD: passwordField('DEMO_PASSWORD', DEFAULT_DEMO_PASSWORD, 12),
    MEDIA_DIR: textField(DEFAULT_MEDIA_DIR),
    SITE_WEBHOOK_URL: httpUrlField('SITE_WEBHOOK_URL', DEFAULT_SITE_WEBHOOK_URL),
    SITE_WEBHOOK_SECRET: webhookSecretField,
    SITE_SERVICE_SECRET: optionalSecretField('SITE_SERVICE_SECRET', SERVICE_SECRET_MIN_LENGTH),
    SESSION_LIFETIME_MINUTES: sessionLifetimeField,
    SMTP_HOST: z.string().optional(),
    SMTP_PORT: z.string().optional(),
    SMTP_SECURE: z.string().optional(),
    SMTP_USER: z.string().optional(),
    SMTP_PASSWORD: z.string().optional(),
    MAIL_FROM: z.string().optional(),
    MONITOR_SITE_ADDRESS: monitorSiteAddressField,
    MONITOR_ALLOWED_NETWORKS: monitorNetworksField,
    MONITOR_HOST_ADDRESSES: monitorHostAddressesField,
    MONITOR_UNCHECKED_DOMAINS: monitorUncheckedDomainsField,
  })
  .transform((env, ctx) => {
    const publicUrl = httpUrlField('CMS_PUBLIC_URL', `http://localhost:${env.CMS_PORT}`).safeParse(env.CMS_PUBLIC_URL)
    if (!publicUrl.success) {
      for (const zodIssue of publicUrl.error.issues) ctx.addIssue({ ...zodIssue, path: ['CMS_PUBLIC_URL'] })
      return z.NEVER
    }
    const mail = parseMailEnv(env, { production: env.NODE_ENV === 'production', publicHost: new URL(publicUrl.data).hostname })
    if ('issues' in mail) {
      for (const { variable, code, message } of mail.issues) ctx.addIssue({ code: 'custom', message, path: [variable], params: { code } })
      return z.NEVER
    }
    return {
      nodeEnv: env.NODE_ENV,
      secret: env.PAYLOAD_SECRET,
      database: env.DATABASE_URL,
      port: env.CMS_PORT,
      host: env.HOST,
      publicUrl: publicUrl.data,
      /** Origins the admin may be used from (Payload's csrf and cors lists); the public URL's first. */
      allowedOrigins: adminOrigins(publicUrl.data, env.CMS_ALLOWED_ORIGINS),
      trustProxy: env.TRUST_PROXY,
      seedDemo: env.SEED_DEMO,
      demoPassword: env.DEMO_PASSWORD,
      mediaDir: env.MEDIA_DIR,
      siteWebhook: { url: env.SITE_WEBHOOK_URL, secret: env.SITE_WEBHOOK_SECRET },
      /** The public site's credential for `/api/public/*`; undefined → those endpoints answer 503. */
      siteServiceSecret: env.SITE_SERVICE_SECRET,
      /** R-SEC-ACCOUNTS: sign-ins expire after this many minutes without a refresh. */
      sessionLifetimeMinutes: env.SESSION_LIFETIME_MINUTES,
      /** Outgoing mail (password reset); `smtp` undefined → none is sent. */
      mail,
      /** R-DAILY-INSPECT: where the monitors find each site, which networks they may reach and which link domains they leave unchecked. */
      monitors: {
        siteAddress: env.MONITOR_SITE_ADDRESS,
        networks: env.MONITOR_ALLOWED_NETWORKS,
        hostAddresses: env.MONITOR_HOST_ADDRESSES,
        uncheckedDomains: env.MONITOR_UNCHECKED_DOMAINS,
      },
    }
  })

export type CmsConfig = z.output<typeof cmsEnvSchema>
