import { describe, expect, it } from 'vitest'

import { classifyAddress, decideAddress } from '../../src/index.js'

describe('decideAddress (R-VETO-SECURITY)', () => {
  it('allows public addresses only by default', () => {
    for (const address of ['8.8.8.8', '202.96.128.86', '2606:4700::1111', '::ffff:8.8.8.8'])
      expect(decideAddress(address, {})).toEqual({ allowed: true, category: 'public' })
    for (const address of ['127.0.0.1', '::1', '10.0.0.1', 'fd12::1', '169.254.169.254', 'fe80::1%eth0']) expect(decideAddress(address, {}).allowed).toBe(false)
  })

  it('allows loopback only with allowLoopback, and private ranges only with allowPrivate', () => {
    for (const address of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1']) {
      expect(decideAddress(address, { allowLoopback: true })).toEqual({ allowed: true, category: 'loopback' })
      expect(decideAddress(address, { allowPrivate: true }).allowed).toBe(false)
    }
    for (const address of ['10.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.1.1', '::ffff:192.168.1.1', 'fd00::1', 'fc00::1']) {
      expect(decideAddress(address, { allowPrivate: true }).allowed).toBe(true)
      expect(decideAddress(address, { allowLoopback: true }).allowed).toBe(false)
    }
    expect(classifyAddress('172.32.0.1')).toBe('public')
  })

  it('never allows link-local (the cloud metadata service), CGNAT, multicast or reserved ranges', () => {
    const everything = { allowLoopback: true, allowPrivate: true }
    for (const [address, category] of [
      ['169.254.169.254', 'link-local'],
      ['fe80::1', 'link-local'],
      ['::ffff:169.254.169.254', 'link-local'],
      ['100.64.0.1', 'carrier-grade-nat'],
      ['224.0.0.251', 'multicast'],
      ['ff02::1', 'multicast'],
      ['0.0.0.0', 'reserved'],
      ['255.255.255.255', 'reserved'],
      ['192.0.2.1', 'reserved'],
      ['::', 'reserved'],
      ['2001:db8::1', 'reserved'],
      ['fec0::1', 'reserved'],
      ['::a00:1', 'reserved'],
      ['64:ff9b::a00:1', 'reserved'],
      ['2002:a00:1::1', 'reserved'],
      ['2001::a00:1', 'reserved'],
    ]) {
      expect(decideAddress(address!, everything)).toEqual({ allowed: false, category })
    }
  })

  it('refuses what is not an IP address', () => {
    expect(decideAddress('localhost', { allowLoopback: true })).toEqual({ allowed: false, category: 'invalid' })
    expect(decideAddress('', { allowLoopback: true })).toEqual({ allowed: false, category: 'invalid' })
  })
})
