import { readFileSync } from 'node:fs'

/** Peak resident set size (VmHWM) of a running process in MB (10⁶ bytes), from /proc (Linux). */
export function peakRssMB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(status)
  if (!match) throw new Error(`/proc/${pid}/status has no VmHWM line`)
  return (Number(match[1]) * 1024) / 1e6
}
