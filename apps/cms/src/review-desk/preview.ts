import {
  PREVIEW_REFUSALS,
  PREVIEW_TOKEN_TTL_MS,
  PUBLIC_COLLECTIONS,
  PUBLIC_DETAIL_SCHEMAS,
  previewEnvSchema,
  previewPath,
  publicSiteSchema,
  type PreviewSettings,
  type PublicCollection,
} from '@govsite/domain'
// The subpath keeps the rest of the kit (the mail receiver) out of Payload's bundle.
import { signPreviewToken, verifyPreviewToken } from '@govsite/node-kit/preview-token'
import type { PayloadRequest } from 'payload'

import { isPlatformAdmin } from '../access/roles'
import { rolesOnSite } from '../access/site-membership'
import { Refusal } from '../shared/refusal'
import { idOf } from '../shared/relation-id'
import { loadForActor } from '../workflow/engine'
import { workflowOptions, workflowSiteOf, type PublishableSlug } from '../workflow/workflow-options'

/** The preview settings from the environment, read per call like the webhook's (tests and restarts see changes). */
export function previewSettings(env: NodeJS.ProcessEnv = process.env): PreviewSettings {
  const parsed = previewEnvSchema.safeParse(env)
  if (!parsed.success) throw new Refusal(503, 'preview.misconfigured', 'SITE_PREVIEW_URL 或 SITE_WEBHOOK_SECRET 设置不正确，无法预览')
  return parsed.data
}

function secretOrRefuse(settings: PreviewSettings): string {
  if (!settings.secret) throw new Refusal(503, 'preview.disabled', '未设置 SITE_WEBHOOK_SECRET，公共网站无法显示预览')
  return settings.secret
}

/** The collections the public site renders a page for. */
function previewable(collection: PublishableSlug): PublicCollection {
  const found = PUBLIC_COLLECTIONS.find((candidate) => candidate === collection)
  if (!found) throw new Refusal(400, 'preview.unsupported', '该类内容在公共网站上没有独立页面，无法预览')
  return found
}

/** The id of the document's latest version (the one under review), or null. */
async function latestVersionId(req: PayloadRequest, collection: PublishableSlug, id: string): Promise<string | null> {
  const { docs } = await req.payload.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0] ? String(docs[0].id) : null
}

/**
 * A preview link for the latest version of a document the user may see (their own site's
 * staff): signed for that version and user, open for ten minutes.
 */
export async function issuePreview(req: PayloadRequest, collection: PublishableSlug, id: string, now: Date): Promise<{ url: string; expiresAt: string }> {
  const settings = previewSettings()
  const secret = secretOrRefuse(settings)
  previewable(collection)
  await loadForActor(req, collection, id)
  const version = await latestVersionId(req, collection, id)
  if (!version) throw new Refusal(404, 'workflow.not_found', '内容不存在或您无权访问')
  const expiresAt = now.getTime() + PREVIEW_TOKEN_TTL_MS
  const token = signPreviewToken(secret, { collection, id, version, user: String(req.user?.id ?? ''), expiresAt })
  return { url: `${settings.siteUrl}${previewPath(token)}`, expiresAt: new Date(expiresAt).toISOString() }
}

const refuse = (reason: keyof typeof PREVIEW_REFUSALS): never => {
  const { code, message } = PREVIEW_REFUSALS[reason]
  throw new Refusal(403, code, message)
}

/**
 * What the public site renders for a preview token: the exact version the token names, in the
 * shape of the site's own reads, only while the token is valid, that version is still the
 * document's latest and the user it was issued to still works on the document's site.
 */
export async function previewContent(req: PayloadRequest, token: string, now: Date) {
  const verdict = verifyPreviewToken(secretOrRefuse(previewSettings()), token, now)
  if (verdict.verdict !== 'valid') return refuse(verdict.verdict)
  const { claims } = verdict
  const collection = PUBLIC_COLLECTIONS.find((candidate) => candidate === claims.collection)
  if (!collection) return refuse('invalid')
  const version = await req.payload
    .findVersionByID({ collection, id: claims.version, depth: 1, overrideAccess: true, disableErrors: true, req })
    .catch(() => null)
  if (!version || idOf(version.parent) !== claims.id) return refuse('stale')
  if ((await latestVersionId(req, collection, claims.id)) !== claims.version) return refuse('stale')
  const doc = version.version as unknown as Record<string, unknown>
  const siteId = idOf(workflowSiteOf(workflowOptions(req.payload, collection), doc)) ?? ''
  const user = await req.payload.findByID({ collection: 'users', id: claims.user, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!user || (!isPlatformAdmin(user) && rolesOnSite(user, siteId).length === 0)) return refuse('forbidden')
  const site = await req.payload.findByID({ collection: 'sites', id: siteId, depth: 0, overrideAccess: true, req })
  return {
    collection,
    site: publicSiteSchema.parse(site),
    doc: PUBLIC_DETAIL_SCHEMAS[collection].parse({ ...doc, id: claims.id }),
  }
}
