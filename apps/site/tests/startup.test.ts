import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

import { close, serve } from './helpers.js'

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url))

/** Run the built site with an environment and collect how it ended. */
function runSite(env: Record<string, string>, stopAfterMs?: number) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [MAIN], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      if (stopAfterMs !== undefined && stdout.includes('已启动')) setTimeout(() => child.kill('SIGTERM'), stopAfterMs)
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('exit', (code) => resolve({ code, stdout, stderr }))
  })
}

describe('site start-up', () => {
  it('exits with one line on a bad CMS_URL and SITE_PORT', async () => {
    const result = await runSite({ CMS_URL: 'cms.local', SITE_PORT: 'eighty' })
    expect(result.code).toBe(1)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toContain('[config.url_invalid]')
    expect(result.stderr).toContain('[config.port_invalid]')
  })

  it('exits with one line when the port is taken', async () => {
    const occupant = await serve((_req, res) => res.end())
    const result = await runSite({ SITE_PORT: String(occupant.port), HOST: '127.0.0.1' })
    await close(occupant.server)
    expect(result.code).toBe(1)
    expect(result.stderr.trim()).toBe(`GovSite 公共网站 启动失败：端口 ${occupant.port} 已被占用，请停止占用该端口的程序或换一个端口 [startup.port_in_use]`)
  })

  it('starts, announces itself and stops cleanly on SIGTERM', async () => {
    const free = await serve((_req, res) => res.end())
    await close(free.server)
    const result = await runSite({ SITE_PORT: String(free.port) }, 0)
    expect(result.stdout).toContain(`http://localhost:${free.port}/`)
    expect(result.code).toBe(0)
  })
})
