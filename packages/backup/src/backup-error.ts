/** A backup or restore refusal the operator can act on: one Chinese line and a stable code. */
export class BackupError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'BackupError'
  }
}

/** The one line printed on failure, e.g. `GovSite 恢复失败：… [restore.target_not_empty]`. */
export function describeFailure(task: '备份' | '恢复', error: unknown): string {
  if (error instanceof BackupError) return `GovSite ${task}失败：${error.message} [${error.code}]`
  const message = error instanceof Error ? error.message : String(error)
  return `GovSite ${task}失败：${message.split('\n')[0]} [${task === '备份' ? 'backup' : 'restore'}.unexpected]`
}
