import { createRequire } from 'node:module'

// src/network and dist/network both sit two levels below the package's own package.json.
const { version } = createRequire(import.meta.url)('../../package.json') as { version: string }

/**
 * R-DAILY-INSPECT: the monitors say who they are, so a site's operator can tell our checks from
 * an attack and knows whom to ask: `GovSiteMonitor/0.1.0 (+https://platform.example.gov.cn/monitor)`.
 */
export function monitorUserAgent(contactUrl: string): string {
  if (!URL.canParse(contactUrl)) throw new TypeError(`monitor contact URL is not a URL: ${contactUrl}`)
  return `GovSiteMonitor/${version} (+${contactUrl})`
}
