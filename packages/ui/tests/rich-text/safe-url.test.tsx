import { describe, expect, it } from 'vitest'
import { safeImageSrc, safeLink } from '../../src/index.js'

describe('safeLink', () => {
  it('classifies http(s) hosts outside .gov.cn as external', () => {
    expect(safeLink('https://www.example.com/a')).toEqual({ href: 'https://www.example.com/a', external: true, web: true })
    expect(safeLink('HTTPS://WWW.GOV.CN/A')).toEqual({ href: 'https://www.gov.cn/A', external: false, web: true })
    expect(safeLink('https://gov.cn/')).toEqual({ href: 'https://gov.cn/', external: false, web: true })
    expect(safeLink('https://xgov.cn/')?.external).toBe(true)
    expect(safeLink('https://www.gov.cn.example.com/')?.external).toBe(true)
  })

  it('treats every government host as internal: .政务 and the fully qualified form too (R-SITE-DOMAIN)', () => {
    expect(safeLink('https://www.陕西.政务/zwgk/')?.external).toBe(false)
    expect(safeLink('https://www.xianyang.gov.cn./')?.external).toBe(false)
    expect(safeLink('https://www.红十字会.公益/')?.external).toBe(true)
  })

  it('keeps relative URLs as written', () => {
    expect(safeLink('  ./tzgg/1.html ')).toEqual({ href: './tzgg/1.html', external: false, web: true })
    expect(safeLink('?page=2')).toEqual({ href: '?page=2', external: false, web: true })
  })

  it('accepts mailto and tel as non-web links', () => {
    expect(safeLink('mailto:zwgk@example.gov.cn')).toEqual({ href: 'mailto:zwgk@example.gov.cn', external: false, web: false })
    expect(safeLink('tel:010-12345678')).toEqual({ href: 'tel:010-12345678', external: false, web: false })
  })

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,x',
    'vbscript:x',
    'file:///c:/x',
    'blob:https://a/b',
    'https://',
    '',
  ])('rejects %j', (url) => {
    expect(safeLink(url)).toBeNull()
  })
})

describe('safeImageSrc', () => {
  it('allows http(s) and relative sources only', () => {
    expect(safeImageSrc('https://www.gov.cn/a.png')).toBe('https://www.gov.cn/a.png')
    expect(safeImageSrc('/api/media/file/a.png')).toBe('/api/media/file/a.png')
    expect(safeImageSrc('mailto:a@b.cn')).toBeNull()
    expect(safeImageSrc('data:image/png;base64,AAAA')).toBeNull()
    expect(safeImageSrc('javascript:alert(1)')).toBeNull()
    expect(safeImageSrc(undefined)).toBeNull()
  })
})
