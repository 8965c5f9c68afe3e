import { missingIdentityForOnline, normalizeDomain, validateIndexNumberPattern, validateSiteDomains, type SiteKind, type RuleIssue } from '@govsite/domain'
import { ValidationError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { idOf } from '../shared/relation-id'

async function domainTaken(req: PayloadRequest, domain: string, ownId: unknown): Promise<boolean> {
  const { totalDocs } = await req.payload.count({
    collection: 'sites',
    where: {
      and: [{ or: [{ englishDomain: { equals: domain } }, { chineseDomain: { equals: domain } }] }, ...(ownId ? [{ id: { not_equals: ownId } }] : [])],
    },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/**
 * R-SITE-DOMAIN and R-SITE-IDENT on every save: domain forms, department sub-domains, platform-wide
 * uniqueness across English and Chinese domains, and the identity codes a site needs to go online.
 */
export const validateSiteRules: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const site = { ...originalDoc, ...data } as Record<string, unknown>
  const englishDomain = normalizeDomain(String(site.englishDomain ?? ''))
  const chineseDomain = site.chineseDomain ? normalizeDomain(String(site.chineseDomain)) : null
  const parentId = idOf(site.parent)
  const parent = parentId ? await req.payload.findByID({ collection: 'sites', id: parentId, depth: 0, overrideAccess: true, disableErrors: true, req }) : null

  const issues: RuleIssue[] = validateSiteDomains({
    kind: site.kind as SiteKind,
    englishDomain,
    chineseDomain,
    parentEnglishDomain: parent?.englishDomain ?? null,
  })
  if (parentId && parentId === idOf(originalDoc?.id)) {
    issues.push({ field: 'parent', code: 'site.parent_self', message: '上级门户不能是本站点' })
  }
  for (const [field, domain] of [
    ['englishDomain', englishDomain],
    ['chineseDomain', chineseDomain],
  ] as const) {
    if (domain && (await domainTaken(req, domain, originalDoc?.id))) {
      issues.push({ field, code: 'site.domain_taken', message: `域名 ${domain} 已被平台上的其他站点使用` })
    }
  }
  if (site.status === 'online') issues.push(...missingIdentityForOnline(site))
  if (site.indexNumberPattern) {
    issues.push(...validateIndexNumberPattern(String(site.indexNumberPattern)).map((issue) => ({ ...issue, field: 'indexNumberPattern' })))
  }

  if (issues.length > 0) {
    // The domain rules name the parent's domain; in the admin that is the `parent` field.
    const path = (field: string) => (field === 'parentEnglishDomain' ? 'parent' : field)
    throw new ValidationError({ collection: 'sites', errors: issues.map((issue) => ({ path: path(issue.field), message: issue.message })), req }, req.t)
  }
  return { ...data, englishDomain, chineseDomain }
}
