import { spawn } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

const MAIN = fileURLToPath(new URL('../../dist/server/main.js', import.meta.url))
const SECRET = 'x'.repeat(40)

/** Run the built CMS server; these failures all happen before Next.js or Payload load. */
function runCms(env: Record<string, string>) {
  return new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [MAIN], {
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('exit', (code) => resolve({ code, stderr }))
  })
}

function expectOneLine(stderr: string, code: string) {
  const lines = stderr.trim().split('\n')
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(/^GovSite CMS (配置错误|启动失败)：/)
  expect(lines[0]).toContain(`[${code}]`)
}

describe('CMS start-up refuses bad configuration with one line and a non-zero exit', () => {
  it('missing PAYLOAD_SECRET', async () => {
    const result = await runCms({})
    expect(result.code).toBe(1)
    expectOneLine(result.stderr, 'config.secret_missing')
  })

  it('PAYLOAD_SECRET shorter than 32 characters', async () => {
    const result = await runCms({ PAYLOAD_SECRET: 'too-short' })
    expect(result.code).toBe(1)
    expectOneLine(result.stderr, 'config.secret_too_short')
  })

  it('DATABASE_URL with an unknown scheme', async () => {
    const result = await runCms({ PAYLOAD_SECRET: SECRET, DATABASE_URL: 'postgres://db/govsite' })
    expect(result.code).toBe(1)
    expectOneLine(result.stderr, 'config.database_url_scheme')
  })

  it('a data directory that cannot be used', async () => {
    const root = await mkdtemp(join(tmpdir(), 'govsite-startup-'))
    await writeFile(join(root, 'file'), 'not a directory')
    const result = await runCms({ PAYLOAD_SECRET: SECRET, DATABASE_URL: `file:${join(root, 'file', 'govsite.db')}` })
    expect(result.code).toBe(1)
    expectOneLine(result.stderr, 'startup.data_dir_unusable')
  })

  it('an occupied port', async () => {
    const occupant: Server = createServer()
    await new Promise<void>((resolve) => occupant.listen(0, resolve))
    const address = occupant.address()
    const port = typeof address === 'object' && address ? address.port : 0
    const root = await mkdtemp(join(tmpdir(), 'govsite-startup-'))
    const result = await runCms({ PAYLOAD_SECRET: SECRET, CMS_PORT: String(port), DATABASE_URL: `file:${root}/govsite.db` })
    await new Promise((resolve) => occupant.close(resolve))
    expect(result.code).toBe(1)
    expectOneLine(result.stderr, 'startup.port_in_use')
  })
})
