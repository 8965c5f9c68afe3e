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
  /** Collections REST does not serve (Payload's migration records). */
  unserved: string[]
}

async function getJson<T>(cmsUrl: string, token: string, path: string): Promise<{ status: number; body: T }> {
  const response = await fetch(`${cmsUrl}/api/${path}`, { headers: { authorization: `JWT ${token}` } })
  // File URLs are built from the CMS's own address, not stored: compare them without it.
  return { status: response.status, body: JSON.parse((await response.text()).replaceAll(cmsUrl, '<cms>')) as T }
}

async function allDocs(cmsUrl: string, token: string, path: string): Promise<Doc[] | 'unserved'> {
  const separator = path.includes('?') ? '&' : '?'
  const { status, body } = await getJson<{ docs: Doc[] }>(cmsUrl, token, `${path}${separator}depth=0&pagination=false&sort=id`)
  if (status === 501) return 'unserved'
  if (status !== 200) throw new Error(`GET ${path}: HTTP ${status} ${JSON.stringify(body)}`)
  return body.docs
}

/** Read every collection and global the admin may read (`/api/access` names them), their versions, and the media files. */
export async function dumpPlatform(cmsUrl: string, token: string): Promise<PlatformDump> {
  const access = await getJson<{ collections: Record<string, unknown>; globals: Record<string, unknown> }>(cmsUrl, token, 'access')
  const dump: PlatformDump = { latest: {}, current: {}, versions: {}, globals: {}, mediaFiles: {}, unserved: [] }
  const served = async (path: string) => {
    const docs = await allDocs(cmsUrl, token, path)
    if (docs === 'unserved') throw new Error(`GET ${path}: not served`)
    return docs
  }
  for (const slug of Object.keys(access.body.collections).sort()) {
    const latest = await allDocs(cmsUrl, token, `${slug}?draft=true`)
    if (latest === 'unserved') {
      dump.unserved.push(slug)
      continue
    }
    dump.latest[slug] = latest
    dump.current[slug] = await served(slug)
    // Versions come with drafts here (publishableCollection), and drafts give documents a `_status`.
    if (latest.some((doc) => '_status' in doc)) dump.versions[slug] = await served(`${slug}/versions`)
  }
  for (const slug of Object.keys(access.body.globals).sort()) {
    dump.globals[slug] = (await getJson(cmsUrl, token, `globals/${slug}?depth=0&draft=true`)).body
  }
  for (const media of dump.latest.media ?? []) {
    const response = await fetch(`${cmsUrl}/api/media/file/${encodeURIComponent(String(media.filename))}`, { headers: { authorization: `JWT ${token}` } })
    if (!response.ok) throw new Error(`media file ${String(media.filename)}: HTTP ${response.status}`)
    dump.mediaFiles[String(media.filename)] = createHash('sha256')
      .update(Buffer.from(await response.arrayBuffer()))
      .digest('hex')
  }
  return dump
}
