import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { gzipSync } from 'node:zlib'

import { startProcess } from '@govsite/process-harness'

import type { SuiteContext } from '../suite.js'

const NGINX = '/usr/sbin/nginx'

/** Headers nginx sets itself (or that describe one response only); every other page header is copied. */
const OWN_HEADERS = new Set([
  'date',
  'connection',
  'keep-alive',
  'content-length',
  'content-type',
  'etag',
  'last-modified',
  'vary',
  'content-encoding',
  'transfer-encoding',
  'x-cache',
  'set-cookie',
  'accept-ranges',
  'server',
])

/** Debian's nginx-light, installed with apt-get when missing (as root, or through passwordless sudo). */
export function ensureNginx(log: (message: string) => void): string {
  if (existsSync(NGINX)) return NGINX
  log('nginx is missing: installing Debian nginx-light')
  const asRoot = process.getuid?.() === 0
  const run = (args: string[]) =>
    spawnSync(asRoot ? args[0]! : 'sudo', asRoot ? args.slice(1) : ['-n', ...args], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    }).status === 0
  const installed = run(['apt-get', 'install', '-y', 'nginx-light']) || (run(['apt-get', 'update']) && run(['apt-get', 'install', '-y', 'nginx-light']))
  if (!installed || !existsSync(NGINX)) {
    throw new Error('nginx-light could not be installed: run `apt-get install -y nginx-light` as root, then `npm run bench` again')
  }
  return NGINX
}

export function nginxVersion(binary: string): string {
  // nginx prints its version on stderr.
  return spawnSync(binary, ['-v'], { encoding: 'utf8' }).stderr.trim()
}

/** The file under the document root that answers `path` (`/` → `index.html`). */
export function staticFileFor(path: string): string {
  const clean = path.split('?')[0] ?? '/'
  if (!clean.startsWith('/') || clean.split('/').includes('..')) throw new Error(`unsafe path ${path}`)
  return clean.endsWith('/') ? `${clean.slice(1)}index.html` : clean.slice(1)
}

export interface NginxConfigOptions {
  prefix: string
  root: string
  port: number
  /** Response headers to add, as the site sends them (security headers, Cache-Control). */
  headers: Record<string, string>
}

function quoted(value: string): string {
  if (/[$\n\r]/.test(value)) throw new Error(`header value cannot be written to nginx.conf: ${value}`)
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`
}

/**
 * nginx serving the pages as static files the way a tuned production server would: all cores,
 * sendfile, keep-alive without a request limit (as Node's server), no access log (the site has none),
 * and the same compressed bytes and headers as the site answers with.
 */
export function nginxConfig(options: NginxConfigOptions): string {
  const headerLines = Object.entries(options.headers).map(([name, value]) => `      add_header ${name} ${quoted(value)} always;`)
  return [
    'worker_processes auto;',
    'daemon off;',
    'master_process on;',
    `pid ${join(options.prefix, 'nginx.pid')};`,
    `error_log ${join(options.prefix, 'error.log')} warn;`,
    'events { worker_connections 1024; }',
    'http {',
    '  access_log off;',
    '  sendfile on;',
    '  tcp_nopush on;',
    '  tcp_nodelay on;',
    '  keepalive_timeout 65;',
    '  keepalive_requests 1000000;',
    '  server_tokens off;',
    '  default_type text/html;',
    '  charset utf-8;',
    '  etag on;',
    // The `.gz` twin written next to each page, as the site serves its cached pages compressed once.
    '  gzip_static on;',
    '  gzip_vary on;',
    `  client_body_temp_path ${join(options.prefix, 'client_body')};`,
    `  proxy_temp_path ${join(options.prefix, 'proxy')};`,
    `  fastcgi_temp_path ${join(options.prefix, 'fastcgi')};`,
    `  uwsgi_temp_path ${join(options.prefix, 'uwsgi')};`,
    `  scgi_temp_path ${join(options.prefix, 'scgi')};`,
    '  server {',
    `    listen 127.0.0.1:${options.port};`,
    `    root ${options.root};`,
    '    index index.html;',
    '    location / {',
    ...headerLines,
    '    }',
    '  }',
    '}',
    '',
  ].join('\n')
}

/** The headers of a site response that nginx should add too. */
export function copiedHeaders(headers: Headers): Record<string, string> {
  return Object.fromEntries([...headers].filter(([name]) => !OWN_HEADERS.has(name.toLowerCase())))
}

export interface StaticPage {
  path: string
  html: string
}

/**
 * Start nginx on `port` serving `pages` (and their `.gz` twins, compressed like the site does)
 * from a temp directory of its own. Registered for clean-up like the apps.
 */
export async function startNginx(
  context: SuiteContext,
  binary: string,
  options: Omit<NginxConfigOptions, 'root' | 'prefix'> & { pages: readonly StaticPage[] },
): Promise<{ pid: number }> {
  const prefix = await mkdtemp(join(tmpdir(), 'govsite-bench-nginx-'))
  context.onCleanup(() => rm(prefix, { recursive: true, force: true }))
  const root = join(prefix, 'www')
  for (const page of options.pages) {
    const file = join(root, staticFileFor(page.path))
    await mkdir(dirname(file), { recursive: true })
    await writeFile(file, page.html)
    await writeFile(`${file}.gz`, gzipSync(page.html, { level: 6 }))
  }
  // nginx workers run as an unprivileged user when started as root: let them read the pages.
  await chmod(prefix, 0o755)
  execFileSync('chmod', ['-R', 'a+rX', root])
  const config = join(prefix, 'nginx.conf')
  await writeFile(config, nginxConfig({ ...options, prefix, root }))
  const started = await startProcess({
    name: 'nginx',
    command: binary,
    args: ['-p', prefix, '-c', config],
    cwd: prefix,
    env: process.env,
    timeoutMs: 10_000,
    onSpawn: (stop) => context.onCleanup(stop),
  })
  await waitForHttp(`http://127.0.0.1:${options.port}/`, 10_000)
  return { pid: started.pid }
}

/** Poll until the URL answers at all (any status), or fail after `timeoutMs`. */
export async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      const response = await fetch(url)
      await response.body?.cancel()
      return
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms: ${String(error)}`)
      await new Promise((resolveWait) => setTimeout(resolveWait, 100))
    }
  }
}
