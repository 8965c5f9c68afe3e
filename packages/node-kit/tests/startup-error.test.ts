import { describe, expect, it } from 'vitest'

import { describeStartupFailure, StartupError } from '../src/index.js'

describe('describeStartupFailure', () => {
  it('prints a StartupError with its code', () => {
    expect(describeStartupFailure('GovSite CMS', new StartupError('startup.port_in_use', '端口 3000 已被占用'))).toBe(
      'GovSite CMS 启动失败：端口 3000 已被占用 [startup.port_in_use]',
    )
  })

  it('keeps only the first line of an unexpected error', () => {
    expect(describeStartupFailure('GovSite', new Error('boom\n    at somewhere'))).toBe('GovSite 启动失败：boom [startup.unexpected]')
  })
})
