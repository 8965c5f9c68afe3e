import { describe, expect, it } from 'vitest'

import { forbiddenLinkScheme } from '../../src/index.js'

describe('forbidden link schemes', () => {
  it.each([
    ['javascript:alert(1)', 'javascript'],
    ['  JaVaScRiPt:alert(1)', 'javascript'],
    ['\u0000\u001fjavascript:alert(1)', 'javascript'],
    ['java\tscr\nipt:alert(1)', 'javascript'],
    ['&#106;avascript:alert(1)', 'javascript'],
    ['&#x6A;avascript&colon;alert(1)', 'javascript'],
    ['javascript&#58alert(1)', 'javascript'],
    ['java&Tab;script:alert(1)', 'javascript'],
    ['VBScript:msgbox(1)', 'vbscript'],
    ['data:text/html,<script>alert(1)</script>', 'data'],
    [' DATA:image/svg+xml;base64,PHN2Zz4=', 'data'],
    ['file:///etc/passwd', 'file'],
    ['FILE://server/share/a.doc', 'file'],
    ['fi&#108;e:///C:/Windows/win.ini', 'file'],
  ])('refuses %j', (link, scheme) => {
    expect(forbiddenLinkScheme(link)).toBe(scheme)
  })

  it.each([
    'https://www.gov.cn/',
    'http://example.com/javascript:alert(1)',
    '/zwgk/javascript-guide.html',
    '#data',
    'mailto:xxgk@example.gov.cn',
    'tel:029-12345678',
    '%6Aavascript:alert(1)',
    'ftp://ftp.example.gov.cn/a.pdf',
  ])('accepts %j', (link) => {
    expect(forbiddenLinkScheme(link)).toBeNull()
  })
})
