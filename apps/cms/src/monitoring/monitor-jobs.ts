import type { Payload } from 'payload'

import { runDueAvailabilityProbes } from './availability-job'
import { runDueChannelChecks } from './channel-check-job'
import { runDueLinkChecks } from './link-check-job'
import type { MonitorRuntime } from './monitor-runtime'

/** A timed job: what the scheduler calls with the current time. */
export type TimedJob = (payload: Payload, now: Date) => Promise<unknown>

/**
 * R-DAILY-INSPECT: the monitor jobs on one shared runtime. Each decides per site whether it is due
 * (the probe interval, a day or a week since the last link check, 6 hours since the last channel
 * check), so the scheduler only needs to call them often enough.
 */
export function monitorJobs(runtime: MonitorRuntime): { availability: TimedJob; links: TimedJob; channel: TimedJob } {
  return {
    availability: (payload, now) => runDueAvailabilityProbes(payload, runtime, now),
    links: (payload, now) => runDueLinkChecks(payload, runtime, now),
    channel: (payload, now) => runDueChannelChecks(payload, runtime, now),
  }
}
