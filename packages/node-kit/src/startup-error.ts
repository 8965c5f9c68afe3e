/** A start-up failure the operator can fix; printed as one line with a stable code. */
export class StartupError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'StartupError'
  }
}

/** One line for stderr: the operator reads the message, scripts match the code. */
export function describeStartupFailure(appName: string, error: unknown): string {
  if (error instanceof StartupError) return `${appName} 启动失败：${error.message} [${error.code}]`
  const message = error instanceof Error ? error.message : String(error)
  return `${appName} 启动失败：${message.split('\n')[0]} [startup.unexpected]`
}

export function exitWithStartupFailure(appName: string, error: unknown): never {
  process.stderr.write(`${describeStartupFailure(appName, error)}\n`)
  process.exit(1)
}
