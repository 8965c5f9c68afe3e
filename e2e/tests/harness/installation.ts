import { spawn } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { freePort, REPO_ROOT, startProcess, type RunningProcess } from '@govsite/process-harness'

/**
 * A GovSite installation laid out as `npm start` lays it out, in a temp directory: the database,
 * the media and the generated secrets under `data/`, named by the variables `npm start`,
 * `npm run backup` and `npm run restore` read.
 */
export interface Installation {
  root: string
  dataDir: string
  /** DATABASE_URL, MEDIA_DIR, SECRETS_DIR. */
  env: Record<string, string>
}

export async function newInstallation(): Promise<Installation> {
  const root = await mkdtemp(join(tmpdir(), 'govsite-install-'))
  const dataDir = join(root, 'data')
  return { root, dataDir, env: { DATABASE_URL: `file:${dataDir}/govsite.db`, MEDIA_DIR: `${dataDir}/media`, SECRETS_DIR: dataDir } }
}

export interface CommandResult {
  code: number | null
  stdout: string
  stderr: string
}

/** What `npm run backup -- …` / `npm run restore -- …` run once the package is built. */
export function runDataCommand(command: 'backup' | 'restore', args: readonly string[], env: Record<string, string>): Promise<CommandResult> {
  const child = spawn(process.execPath, [join(REPO_ROOT, `packages/backup/dist/${command}-cli.js`), ...args], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })))
}

export interface RunningGovSite extends RunningProcess {
  cmsUrl: string
  siteUrl: string
}

/**
 * `npm start`'s launcher (scripts/run-govsite.mjs) on free loopback ports: it reads or generates
 * the secrets in SECRETS_DIR and runs the built CMS and site; resolves once both said they started.
 */
export async function startGovSite(installation: Installation, extraEnv: Record<string, string> = {}): Promise<RunningGovSite> {
  const [cmsPort, sitePort] = [await freePort(), await freePort()]
  const running = await startProcess({
    name: "npm start's launcher",
    command: process.execPath,
    args: [join(REPO_ROOT, 'scripts/run-govsite.mjs')],
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      ...installation.env,
      CMS_PORT: String(cmsPort),
      CMS_PUBLIC_URL: `http://127.0.0.1:${cmsPort}`,
      SITE_PORT: String(sitePort),
      CMS_URL: `http://127.0.0.1:${cmsPort}`,
      SITE_WEBHOOK_URL: `http://127.0.0.1:${sitePort}/_hooks/invalidate`,
      ...extraEnv,
    },
    ready: (output) => /\[cms\] .*已启动/.test(output) && /\[site\] .*已启动/.test(output),
    timeoutMs: 240_000,
  })
  return { ...running, cmsUrl: `http://127.0.0.1:${cmsPort}`, siteUrl: `http://127.0.0.1:${sitePort}` }
}
