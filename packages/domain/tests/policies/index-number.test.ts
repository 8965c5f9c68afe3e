import { describe, expect, it } from 'vitest'

import { chinaYear, DEFAULT_INDEX_NUMBER_PATTERN, formatIndexNumber, IndexNumberError, validateIndexNumberPattern } from '../../src/index.js'

const VALUES = { creditCode: '11610400016124906Y', year: 2026, serial: 123 }

function errorCode(run: () => unknown): string | undefined {
  try {
    run()
  } catch (error) {
    return error instanceof IndexNumberError ? error.code : `not an IndexNumberError: ${String(error)}`
  }
  return undefined
}

describe('formatIndexNumber', () => {
  it('formats the default pattern: credit code / year - 5-digit serial', () => {
    expect(DEFAULT_INDEX_NUMBER_PATTERN).toBe('{creditCode}/{year}-{serial:5}')
    expect(formatIndexNumber(DEFAULT_INDEX_NUMBER_PATTERN, VALUES)).toBe('11610400016124906Y/2026-00123')
  })

  it('accepts any non-empty credit code of digits and capitals', () => {
    const creditCode = '00001434911610429016021738F'
    expect(formatIndexNumber(DEFAULT_INDEX_NUMBER_PATTERN, { creditCode, year: 2022, serial: 6410 })).toBe(`${creditCode}/2022-06410`)
  })

  it('pads to the given width and allows a serial of exactly that width', () => {
    expect(formatIndexNumber('{serial:1}', { ...VALUES, serial: 7 })).toBe('7')
    expect(formatIndexNumber('{serial:9}', { ...VALUES, serial: 1 })).toBe('000000001')
    expect(formatIndexNumber('{serial:5}', { ...VALUES, serial: 99999 })).toBe('99999')
  })

  it('refuses a serial longer than the width instead of truncating it', () => {
    expect(errorCode(() => formatIndexNumber('{serial:5}', { ...VALUES, serial: 100000 }))).toBe('index_number.serial_too_long')
    expect(errorCode(() => formatIndexNumber('{serial:1}', { ...VALUES, serial: 10 }))).toBe('index_number.serial_too_long')
  })

  it('leaves an unpadded {serial} as is', () => {
    expect(formatIndexNumber('{year}-{serial}', { ...VALUES, serial: 1234567890 })).toBe('2026-1234567890')
  })

  it('fills in the site slug and literal text', () => {
    expect(formatIndexNumber('XY-{siteSlug}-{year}/{serial:4}', { ...VALUES, siteSlug: 'fgw' })).toBe('XY-fgw-2026/0123')
  })

  it('uses the China-time year of the publish date', () => {
    const year = chinaYear(new Date('2026-12-31T16:30:00Z'))
    expect(formatIndexNumber(DEFAULT_INDEX_NUMBER_PATTERN, { ...VALUES, year })).toBe('11610400016124906Y/2027-00123')
  })

  it.each([
    ['empty credit code', { creditCode: '' }, 'index_number.invalid_credit_code'],
    ['lowercase credit code', { creditCode: '11610400016124906y' }, 'index_number.invalid_credit_code'],
    ['credit code with a slash', { creditCode: '1161/0400' }, 'index_number.invalid_credit_code'],
    ['zero serial', { serial: 0 }, 'index_number.invalid_serial'],
    ['negative serial', { serial: -1 }, 'index_number.invalid_serial'],
    ['fractional serial', { serial: 1.5 }, 'index_number.invalid_serial'],
    ['fractional year', { year: 2026.5 }, 'index_number.invalid_year'],
    ['two-digit year', { year: 26 }, 'index_number.invalid_year'],
  ])('refuses a %s', (_name, override, code) => {
    expect(errorCode(() => formatIndexNumber(DEFAULT_INDEX_NUMBER_PATTERN, { ...VALUES, ...override }))).toBe(code)
  })

  it('refuses a missing or malformed site slug when the pattern uses it', () => {
    expect(errorCode(() => formatIndexNumber('{siteSlug}-{serial:3}', VALUES))).toBe('index_number.invalid_site_slug')
    expect(errorCode(() => formatIndexNumber('{siteSlug}-{serial:3}', { ...VALUES, siteSlug: 'FGW/1' }))).toBe('index_number.invalid_site_slug')
    expect(formatIndexNumber('{serial:3}', { ...VALUES, siteSlug: 'FGW/1' })).toBe('123')
  })

  it('refuses an invalid pattern with the first issue’s code', () => {
    expect(errorCode(() => formatIndexNumber('{creditCode}/{year}', VALUES))).toBe('index_number.serial_required')
    expect(errorCode(() => formatIndexNumber('{unit}/{serial:5}', VALUES))).toBe('index_number.unknown_placeholder')
  })

  it('throws an Error with a Chinese message', () => {
    expect(() => formatIndexNumber('{serial:2}', { ...VALUES, serial: 123 })).toThrow('流水号 123 超过索引号规则规定的 2 位')
  })
})

describe('validateIndexNumberPattern', () => {
  const codes = (pattern: string): string[] => validateIndexNumberPattern(pattern).map((issue) => issue.code)

  it('accepts the default and custom patterns', () => {
    expect(codes(DEFAULT_INDEX_NUMBER_PATTERN)).toEqual([])
    expect(codes('{siteSlug}-{creditCode}-{year}-{serial:9}')).toEqual([])
    expect(codes('{serial}')).toEqual([])
  })

  it('requires a serial, which uniqueness depends on', () => {
    expect(codes('{creditCode}/{year}')).toEqual(['index_number.serial_required'])
    expect(codes('')).toEqual(['index_number.serial_required'])
    expect(codes('serial')).toEqual(['index_number.serial_required'])
  })

  it('reports unknown placeholders by name', () => {
    const issues = validateIndexNumberPattern('{unit}/{Year}-{serial:5}')
    expect(issues.map((issue) => issue.code)).toEqual(['index_number.unknown_placeholder', 'index_number.unknown_placeholder'])
    expect(issues[0]?.message).toContain('{unit}')
    expect(codes('{}{serial:5}')).toEqual(['index_number.unknown_placeholder'])
  })

  it.each(['{serial:0}', '{serial:10}', '{serial:x}', '{serial:}', '{serial:-5}'])('refuses the serial width in %s', (pattern) => {
    expect(codes(pattern)).toEqual(['index_number.invalid_serial_width'])
  })

  it.each(['{year-{serial:5}', '{year}}-{serial:5}', '{serial:5', '{creditCode}/{{serial:5}}'])('refuses unbalanced braces in %s', (pattern) => {
    expect(codes(pattern)).toContain('index_number.unbalanced_brace')
  })
})
