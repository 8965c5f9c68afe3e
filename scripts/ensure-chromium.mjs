// Browser tests drive Debian's Chromium; install it when it is missing (CI runs as root).
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

if (existsSync(chromium)) process.exit(0)

const isRoot = process.getuid?.() === 0
const apt = (...args) => {
  const [command, commandArgs] = isRoot ? ['apt-get', args] : ['sudo', ['-n', 'apt-get', ...args]]
  const result = spawnSync(command, commandArgs, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  return result.status === 0
}

console.log(`[govsite] 未找到 ${chromium}，正在通过 apt-get 安装 chromium（浏览器测试需要）…`)
if (!apt('update') || !apt('install', '-y', 'chromium')) {
  console.error('[govsite] 无法安装 chromium：请以 root 身份运行 `apt-get update && apt-get install -y chromium`，或用 CHROMIUM_PATH 指定浏览器路径')
  process.exit(1)
}
execFileSync(chromium, ['--version'], { stdio: 'inherit' })
