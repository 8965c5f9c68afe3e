import { scheduledAuditAction, type SiteWebhookEvent, type Transition, type WorkflowAction, type WorkflowActor } from '@govsite/domain'

/** How the engine writes one transition: derived from the table, never restated per action. */
export interface WritePlan {
  /**
   * A new draft version; the main document (what the public reads) made public, or withdrawn; or
   * the main document's own fields changed while it stays public.
   */
  writes: 'draft' | 'publish' | 'withdraw' | 'live-edit'
  data: Record<string, unknown>
  auditAction: string
  findings: unknown[]
  /** What the public site hears once the change committed; null when the public version stays as it was. */
  siteEvent: SiteWebhookEvent | null
}

const NO_SCHEDULE = { scheduledPublishAt: null, scheduledBy: null }

export interface TransitionFacts {
  actor: WorkflowActor
  /** The content hash now: what an approval binds. */
  hash: string
  now: Date
  /** Warnings of the pre-review checks, kept on the document for the reviewer. */
  findings: unknown[]
}

/**
 * The write of a transition as the table describes it: its target state, what it writes (a draft
 * version, the latest version made public, the public version withdrawn) and what its
 * requirements record (the pre-review warnings, the approval of exactly this content).
 * R-NO-BACKDATING: the publish time is the system clock's, never the client's.
 */
export function transitionPlan(action: WorkflowAction, transition: Transition, { actor, hash, now, findings }: TransitionFacts): WritePlan {
  const { requires, to } = transition
  switch (transition.writes) {
    case 'draft':
      return {
        writes: 'draft',
        data: {
          reviewState: to,
          ...(requires.preReviewChecks ? { reviewFindings: findings } : {}),
          ...(requires.checklist ? { approval: { hash, by: actor.id, at: now.toISOString() } } : {}),
        },
        auditAction: action,
        findings,
        siteEvent: null,
      }
    case 'publish':
      return {
        writes: 'publish',
        data: { _status: 'published', reviewState: to, publishedAt: now.toISOString(), ...NO_SCHEDULE, scheduleNote: null },
        auditAction: action,
        findings,
        siteEvent: 'publish',
      }
    case 'withdraw':
      return { writes: 'withdraw', data: { _status: 'draft', reviewState: to, ...NO_SCHEDULE }, auditAction: action, findings, siteEvent: 'unpublish' }
  }
}

/** A transition the actor deferred to `at` (`publishAt`): the schedule is recorded, the state stays until it runs. */
export function scheduledPlan(action: WorkflowAction, actor: WorkflowActor, at: Date): WritePlan {
  return {
    writes: 'draft',
    data: { scheduledPublishAt: at.toISOString(), scheduledBy: actor.id, scheduleNote: null },
    auditAction: scheduledAuditAction(action),
    findings: [],
    siteEvent: null,
  }
}

/** A schedule that cannot run is cleared, and `scheduleNote` tells the editor why (the 审核流程 panel shows it). */
export function clearedSchedulePlan(auditAction: string, reason: string): WritePlan {
  return { writes: 'draft', data: { ...NO_SCHEDULE, scheduleNote: reason }, auditAction, findings: [], siteEvent: null }
}

/** A change of the live version's own fields that keeps it live (a notice's pin ending). */
export function liveEditPlan(auditAction: string, data: Record<string, unknown>, siteEvent: SiteWebhookEvent): WritePlan {
  return { writes: 'live-edit', data, auditAction, findings: [], siteEvent }
}
