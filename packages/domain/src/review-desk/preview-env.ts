import { z } from 'zod'

import { httpUrlField } from '../config/env-fields.js'
import { DEFAULT_SITE_WEBHOOK_URL, webhookSecretField } from '../webhook/site-webhook.js'

/**
 * The CMS's preview settings: `SITE_PREVIEW_URL`, where reviewers' browsers reach the public
 * site (default: the origin of SITE_WEBHOOK_URL, which is right when both are on one host), and
 * the shared SITE_WEBHOOK_SECRET that signs the tokens (unset → previews are off).
 */
export const previewEnvSchema = z
  .object({
    SITE_WEBHOOK_URL: httpUrlField('SITE_WEBHOOK_URL', DEFAULT_SITE_WEBHOOK_URL),
    SITE_PREVIEW_URL: z.string().optional(),
    SITE_WEBHOOK_SECRET: webhookSecretField,
  })
  .transform((env, ctx) => {
    const siteUrl = httpUrlField('SITE_PREVIEW_URL', new URL(env.SITE_WEBHOOK_URL).origin).safeParse(env.SITE_PREVIEW_URL)
    if (!siteUrl.success) {
      for (const zodIssue of siteUrl.error.issues) ctx.addIssue({ ...zodIssue, path: ['SITE_PREVIEW_URL'] })
      return z.NEVER
    }
    return { siteUrl: siteUrl.data, secret: env.SITE_WEBHOOK_SECRET }
  })
export type PreviewSettings = z.output<typeof previewEnvSchema>
