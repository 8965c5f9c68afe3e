// Starts the CMS and the public site together (production, or `--dev` with reload),
// prefixing their output, and stops both when either stops.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import { DEFAULT_SECRETS_DIR, DEFAULT_SITE_PORT, DEMO_UNCHECKED_DOMAINS } from '@govsite/domain'
import { PERSISTED_SECRETS, SITE_NODE_ARGS, startDemoLinkTargets, startMailReceiver } from '@govsite/node-kit'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dev = process.argv.includes('--dev')

/**
 * A fresh machine has no secret: create one once under SECRETS_DIR (default ./data, gitignored,
 * mode 600) so the two-command quick start works. An explicit environment variable always wins.
 */
function persistedSecret(variable, fileName) {
  if (process.env[variable]) return process.env[variable]
  const file = resolve(root, process.env.SECRETS_DIR || DEFAULT_SECRETS_DIR, fileName)
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(dirname(file), { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, `${secret}\n`, { mode: 0o600 })
  chmodSync(file, 0o600)
  console.log(`[govsite] 已生成 ${variable} 并保存在 ${file}（生产环境请通过环境变量设置）`)
  return secret
}

const env = {
  ...process.env,
  NODE_ENV: dev ? 'development' : 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  ...Object.fromEntries(PERSISTED_SECRETS.map(({ variable, file }) => [variable, persistedSecret(variable, file)])),
}

/**
 * Without an SMTP server of its own (SMTP_HOST), the demo and `npm run dev` send mail to a
 * receiver on loopback that prints each mail here, so password reset works out of the box.
 */
let receiver
if (!env.SMTP_HOST) {
  receiver = await startMailReceiver({
    onMail: (mail) => console.log(`[mail] 收到邮件：发往 ${mail.to.join(', ')}，主题“${mail.subject}”\n${mail.text.trim().replace(/^/gm, '[mail]   ')}`),
  })
  Object.assign(env, { SMTP_HOST: receiver.host, SMTP_PORT: String(receiver.port), SMTP_SECURE: 'none' })
  console.log(`[govsite] 未设置 SMTP_HOST：邮件发往本机的测试收件服务 ${receiver.host}:${receiver.port}，内容打印在此（生产环境请设置 SMTP_HOST）`)
}

/**
 * The demo's monitors (unless MONITOR_SITE_ADDRESS is set, or SEED_DEMO=false): probe the local
 * public site, may reach loopback — said here, never a silent default — and find the demo's dead
 * and dangerous links on a small server of fixed pages on 127.0.0.1, never an outside address.
 * The footer's national platforms are left unchecked (the demo machine is usually offline).
 */
let linkTargets
if (!env.MONITOR_SITE_ADDRESS && env.SEED_DEMO !== 'false') {
  env.MONITOR_SITE_ADDRESS = `http://localhost:${env.SITE_PORT || DEFAULT_SITE_PORT}/_site/{slug}/`
  env.MONITOR_ALLOWED_NETWORKS ||= 'loopback'
  env.MONITOR_UNCHECKED_DOMAINS ??= DEMO_UNCHECKED_DOMAINS.join(',')
  try {
    linkTargets = await startDemoLinkTargets()
    env.MONITOR_HOST_ADDRESSES = [env.MONITOR_HOST_ADDRESSES, linkTargets.hostAddresses].filter(Boolean).join(',')
  } catch (error) {
    console.warn(`[govsite] 演示链接目标未能启动（${error.message}），演示中的危险链接将显示为无法连接`)
  }
  console.log(
    `[govsite] 未设置 MONITOR_SITE_ADDRESS：监测访问本机的公共网站 ${env.MONITOR_SITE_ADDRESS}，允许访问 ${env.MONITOR_ALLOWED_NETWORKS} 地址；` +
      `演示链接目标在 127.0.0.1:${linkTargets?.port ?? '—'}；不检测页脚中全国性平台的链接（${env.MONITOR_UNCHECKED_DOMAINS || '无'}）` +
      `（生产环境请设置 MONITOR_SITE_ADDRESS，并不设置 MONITOR_ALLOWED_NETWORKS 和 MONITOR_UNCHECKED_DOMAINS）`,
  )
}

const commands = dev
  ? {
      cms: ['npx', ['tsx', 'apps/cms/src/server/main.ts', '--dev']],
      site: ['npx', ['tsx', 'watch', 'apps/site/src/main.tsx']],
    }
  : {
      cms: [process.execPath, ['apps/cms/dist/server/main.js']],
      site: [process.execPath, [...SITE_NODE_ARGS, 'apps/site/dist/main.js']],
    }

const children = new Map()
let stopping = false

function stopAll(code) {
  if (stopping) return
  stopping = true
  for (const child of children.values()) child.kill('SIGTERM')
  process.exitCode = code
}

function prefixed(name, stream, target) {
  let pending = ''
  stream.on('data', (chunk) => {
    pending += chunk.toString()
    const lines = pending.split('\n')
    pending = lines.pop() ?? ''
    for (const line of lines) target.write(`[${name}] ${line}\n`)
  })
  stream.on('end', () => pending && target.write(`[${name}] ${pending}\n`))
}

for (const [name, [command, args]] of Object.entries(commands)) {
  const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
  children.set(name, child)
  prefixed(name, child.stdout, process.stdout)
  prefixed(name, child.stderr, process.stderr)
  child.on('exit', (code, signal) => {
    children.delete(name)
    if (children.size === 0) {
      void receiver?.close()
      void linkTargets?.close()
    }
    if (!stopping) {
      console.error(`[govsite] ${name} 已退出（${signal ?? `退出码 ${code}`}），正在停止其余服务`)
      stopAll(code || 1)
    }
  })
}

process.on('SIGINT', () => stopAll(0))
process.on('SIGTERM', () => stopAll(0))
