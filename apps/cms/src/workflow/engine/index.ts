/**
 * The workflow engine's public surface: users' transitions, the system's transitions, and what
 * the status endpoint reads. The commit and the write plan are the engine's own.
 */
export { loadForActor } from './document-state'
export { performTransition, type TransitionInput } from './perform-transition'
export { systemTransition, type SystemOutcome, type SystemTransition } from './system-transition'
export type { TransitionResult } from './transition-result'
