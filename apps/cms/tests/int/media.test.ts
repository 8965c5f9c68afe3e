import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { workflowFixture, type WorkflowFixture } from './workflow-fixture'

/** A valid 1×1 PNG, so the upload is a real image. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==', 'base64')
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer << /Size 2 /Root 1 0 R >>\nstartxref\n50\n%%EOF\n',
)

describe('media (images need alt text; types and sizes limited)', () => {
  let f: WorkflowFixture

  beforeAll(async () => {
    f = await workflowFixture()
  })

  afterAll(async () => f?.cleanup())

  const upload = (data: Record<string, unknown>, bytes: Buffer, type: string, filename: string, token = f.tokenOf('editorA')) =>
    f.api.upload('media', { token, data, file: new Blob([new Uint8Array(bytes)], { type }), filename })

  it('refuses an image without alt text and accepts it with alt text', async () => {
    const without = await upload({ site: f.siteA }, PNG, 'image/png', 'photo.png')
    expect(without.status).toBe(400)
    expect(JSON.stringify(without.body)).toContain('图片必须填写替代文字')
    const withAlt = await upload({ site: f.siteA, alt: '市政府常务会议现场' }, PNG, 'image/png', 'photo.png')
    expect(withAlt.status).toBe(201)
    expect(withAlt.body.doc).toMatchObject({ mimeType: 'image/png', alt: '市政府常务会议现场' })
  })

  it('accepts a PDF attachment without alt text', async () => {
    const response = await upload({ site: f.siteA }, PDF, 'application/pdf', '通知.pdf')
    expect(response.status).toBe(201)
  })

  it('refuses file types that are not images, office documents or archives', async () => {
    const response = await upload({ site: f.siteA }, Buffer.from('MZ\u0090\u0000'), 'application/x-msdownload', 'setup.exe')
    expect(response.status).toBe(400)
  })

  it('refuses images over 10 MB with a Chinese message', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024 + 1)])
    const response = await upload({ site: f.siteA, alt: '过大的图片' }, big, 'image/png', 'big.png')
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('图片不能超过 10 MB')
  })

  it('keeps uploads within the uploader’s sites', async () => {
    const response = await upload({ site: f.siteB, alt: '其他站点' }, PNG, 'image/png', 'other.png')
    expect(response.status).toBe(403)
    const list = await f.api.rest('GET', 'media', { token: f.tokenOf('editorB') })
    expect(list.body.totalDocs).toBe(0)
  })
})
