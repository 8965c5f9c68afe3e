export { ensureDatabaseDirectory } from './data-directory.js'
export { listenDualStack, type ListenOptions } from './listen.js'
export { loadConfigOrExit } from './load-config.js'
export { describeStartupFailure, exitWithStartupFailure, StartupError } from './startup-error.js'
