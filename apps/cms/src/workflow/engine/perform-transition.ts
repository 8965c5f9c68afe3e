import {
  decidePublishSchedule,
  decideTransition,
  isWorkflowAction,
  parseWorkflowActionBody,
  WORKFLOW_ACTIONS,
  type Transition,
  type WorkflowAction,
  type WorkflowActionBody,
  type WorkflowActor,
} from '@govsite/domain'
import type { PayloadRequest } from 'payload'

import { Refusal } from '../../shared/refusal'
import type { StoredDoc } from '../../shared/stored-doc'
import { asRefusal } from '../../shared/validation-refusal'
import { workflowOptions } from '../workflow-options'
import { reviewWorkflowOf } from '../workflow-table'
import { commitTransition } from './commit-transition'
import { checkContentRequirements } from './content-requirements'
import { loadForActor } from './document-state'
import type { TransitionResult } from './transition-result'
import { scheduledPlan, transitionPlan, type WritePlan } from './write-plan'

export interface TransitionInput {
  req: PayloadRequest
  collection: string
  id: string
  action: string
  body: unknown
  now: Date
}

/**
 * A user's transition (R-REVIEW-BEFORE-PUBLISH, R-ROLE-SEPARATE, R-NO-ADS, R-NO-BACKDATING):
 * REST, GraphQL, the seed and the benchmark data all come here. Decides with the domain rules on
 * the configured workflow table, checks the content requirements, then writes the target state
 * and its audit entry in one transaction. Every refusal, Payload's validation errors included,
 * leaves as a Refusal (`{ code, message }`).
 */
export async function performTransition(input: TransitionInput): Promise<TransitionResult> {
  try {
    return await userTransition(input)
  } catch (error) {
    throw asRefusal(error, input.req.payload) ?? error
  }
}

async function userTransition({ req, collection, id, action, body, now }: TransitionInput): Promise<TransitionResult> {
  if (!workflowOptions(req.payload, collection)) throw new Refusal(404, 'workflow.not_managed', `“${collection}”不是需要审核发布的内容类型`)
  if (!isWorkflowAction(action)) {
    throw new Refusal(400, 'workflow.unknown_action', `未知的操作“${action}”，可用操作：${WORKFLOW_ACTIONS.join('、')}`)
  }
  if (!req.user) throw new Refusal(403, 'auth.login_required', '请先登录')
  const parsed = parseWorkflowActionBody(body)
  if (!parsed.ok) throw new Refusal(400, 'workflow.bad_request', parsed.message)

  const workflow = reviewWorkflowOf(req.payload)
  const { doc, actor, live, workflowDoc } = await loadForActor(req, collection, id)
  const decision = decideTransition(action, actor, workflowDoc, parsed.body, workflow)
  if (!decision.ok) throw new Refusal(decision.status, decision.code, decision.message)

  const hash = workflowDoc.contentHash
  const plan = await planUserTransition(req, collection, { action, transition: workflow[action], doc, body: parsed.body, actor, hash, now })
  return commitTransition(req, { collection, doc, action, hash, plan, comment: parsed.body.comment ?? null, now, live })
}

interface Planned {
  action: WorkflowAction
  transition: Transition
  doc: StoredDoc
  body: WorkflowActionBody
  actor: WorkflowActor
  hash: string
  now: Date
}

/** The transition now, or (R-NO-BACKDATING) at the later time the actor chose where the table allows a schedule. */
async function planUserTransition(req: PayloadRequest, collection: string, { action, transition, doc, body, actor, hash, now }: Planned): Promise<WritePlan> {
  if (transition.requires.schedule) {
    const schedule = decidePublishSchedule(body.publishAt, now)
    if (!schedule.ok) throw new Refusal(400, schedule.code, schedule.message)
    if (schedule.at) return scheduledPlan(action, actor, schedule.at)
  }
  const findings = await checkContentRequirements(req, collection, transition, doc, now)
  return transitionPlan(action, transition, { actor, hash, now, findings })
}
