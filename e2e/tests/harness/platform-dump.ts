import { createHash } from 'node:crypto'

export type Doc = Record<string, unknown> & { id: string }

/** Everything the REST API shows a platform admin, read with depth 0 so documents are compared as stored. */
export interface PlatformDump {
  /** Latest version of every document (`draft=true`), by collection. */
  latest: Record<string, Doc[]>
  /** The documents as the public API serves them (published versions of versioned collections). */
  current: Record<string, Doc[]>
  /** Every version of every versioned collection. */
  versions: Record<string, Doc[]>
  globals: Record<string, unknown>
  /** SHA-256 of each media file as the CMS serves it, by file name. */
  mediaFiles: Record<string, string>
}

async function getJson<T>(cmsUrl: string, token: string, path: string): Promise<{ status: number; body: T }> {
  const response = await fetch(`${cmsUrl}/api/${path}`, { headers: { authorization: `JWT ${token}` } })
  return { status: response.status, body: (await response.json()) as T }
}

async function allDocs(cmsUrl: string, token: string, path: string): Promise<Doc[] | null> {
  const separator = path.includes('?') ? '&' : '?'
  const { status, body } = await getJson<{ docs: Doc[] }>(cmsUrl, token, `${path}${separator}depth=0&pagination=false&sort=id`)
  if (status === 404) return null
  if (status !== 200) throw new Error(`GET ${path}: HTTP ${status} ${JSON.stringify(body)}`)
  return body.docs
}

/** Read every collection and global the admin may read (`/api/access` names them), their versions, and the media files. */
export async function dumpPlatform(cmsUrl: string, token: string): Promise<PlatformDump> {
  const access = await getJson<{ collections: Record<string, unknown>; globals: Record<string, unknown> }>(cmsUrl, token, 'access')
  const dump: PlatformDump = { latest: {}, current: {}, versions: {}, globals: {}, mediaFiles: {} }
  for (const slug of Object.keys(access.body.collections).sort()) {
    dump.latest[slug] = (await allDocs(cmsUrl, token, `${slug}?draft=true`)) ?? []
    dump.current[slug] = (await allDocs(cmsUrl, token, slug)) ?? []
    const versions = await allDocs(cmsUrl, token, `${slug}/versions`)
    if (versions) dump.versions[slug] = versions
  }
  for (const slug of Object.keys(access.body.globals).sort()) {
    dump.globals[slug] = (await getJson(cmsUrl, token, `globals/${slug}?depth=0&draft=true`)).body
  }
  for (const media of dump.latest.media ?? []) {
    const response = await fetch(`${cmsUrl}/api/media/file/${encodeURIComponent(String(media.filename))}`, { headers: { authorization: `JWT ${token}` } })
    if (!response.ok) throw new Error(`media file ${String(media.filename)}: HTTP ${response.status}`)
    dump.mediaFiles[String(media.filename)] = createHash('sha256').update(Buffer.from(await response.arrayBuffer())).digest('hex')
  }
  return dump
}
