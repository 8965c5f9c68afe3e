/**
 * The secrets `npm start` generates on first start when they are not set in the environment,
 * and the file each is kept in (mode 600) under `SECRETS_DIR` (default `./data`). Backups carry
 * these files: without the same PAYLOAD_SECRET, sessions and API keys stop working.
 */
export const PERSISTED_SECRETS: readonly { variable: string; file: string }[] = [
  { variable: 'PAYLOAD_SECRET', file: '.payload-secret' },
  // Shared by the CMS (signs publish notifications) and the site (verifies them).
  { variable: 'SITE_WEBHOOK_SECRET', file: '.site-webhook-secret' },
  // Shared by the site (calls the CMS's /api/public/* interaction API) and the CMS (checks it).
  { variable: 'SITE_SERVICE_SECRET', file: '.site-service-secret' },
]
