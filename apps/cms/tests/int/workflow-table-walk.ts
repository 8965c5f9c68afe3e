import { LIVE_STATE, WORKFLOW_ACTIONS, type ReviewState, type ReviewWorkflow, type SiteRole, type Transition, type WorkflowAction } from '@govsite/domain'
import { expect } from 'vitest'

import { runScheduledPublishes } from '../../src/workflow/scheduled-publish'
import { FULL_CHECKLIST, NOW, type Persona, type WorkflowFixture } from './workflow-fixture'

type Actor = Exclude<Persona, 'anonymous'>

/** Site A's staff by role: editor A, reviewer A and site admin A each hold exactly one role. */
const PERSONA_OF_ROLE: Readonly<Record<SiteRole, Actor>> = { editor: 'editorA', reviewer: 'reviewerA', 'site-admin': 'siteAdminA' }

/** Where a document stands for the workflow: its latest version's state, and whether a version is live. */
interface Standing {
  latest: ReviewState
  live: boolean
}

const key = ({ latest, live }: Standing) => `${latest}${live ? '+live' : ''}`

const startsFrom = (transition: Transition, standing: Standing): boolean =>
  transition.appliesTo === 'live' ? standing.live && transition.from.includes(LIVE_STATE) : transition.from.includes(standing.latest)

/** Where a transition leaves a document, as the table says: its target state, and live after publishing, not after withdrawal. */
const after = (transition: Transition, standing: Standing): Standing => ({
  latest: transition.to,
  live: transition.writes === 'publish' ? true : transition.writes === 'withdraw' ? false : standing.live,
})

/** Every standing a new draft can reach through the table, each with the shortest list of actions to it. */
export function reachable(workflow: ReviewWorkflow): Map<string, { standing: Standing; path: WorkflowAction[] }> {
  const start: Standing = { latest: 'draft', live: false }
  const found = new Map([[key(start), { standing: start, path: [] as WorkflowAction[] }]])
  const queue = [start]
  for (let standing = queue.shift(); standing; standing = queue.shift()) {
    const { path } = found.get(key(standing))!
    for (const action of WORKFLOW_ACTIONS) {
      if (!startsFrom(workflow[action], standing)) continue
      const next = after(workflow[action], standing)
      if (found.has(key(next))) continue
      found.set(key(next), { standing: next, path: [...path, action] })
      queue.push(next)
    }
  }
  return found
}

/** A body meeting every input requirement the table states for the transition. */
export function satisfyingBody(transition: Transition): Record<string, unknown> {
  return {
    ...(transition.requires.comment ? { comment: '表驱动测试：按流程表填写的意见' } : {}),
    ...(transition.requires.checklist ? { checklist: { ...FULL_CHECKLIST, warningsAcknowledged: true } } : {}),
  }
}

/** The same body without one input. */
const without = (body: Record<string, unknown>, input: string) => Object.fromEntries(Object.entries(body).filter(([name]) => name !== input))

const actorFor = (transition: Transition): Actor => PERSONA_OF_ROLE[transition.roles[0]!]

/** A new article (by `author`) brought along `path` by the staff the table names, through the real engine. */
async function articleAt(f: WorkflowFixture, workflow: ReviewWorkflow, path: readonly WorkflowAction[], author: Actor = 'editorA'): Promise<string> {
  const user = await f.userDoc(author)
  const { id } = await f.payload.create({
    collection: 'articles',
    data: { title: '关于做好冬季安全生产工作的通知', site: f.siteA, column: f.columnA, summary: '全市各单位要切实做好冬季安全生产工作。' },
    draft: true,
    user,
    overrideAccess: false,
  })
  for (const action of path) await f.act(actorFor(workflow[action]), id, action, satisfyingBody(workflow[action]))
  return id
}

async function standingOf(f: WorkflowFixture, id: string): Promise<Standing> {
  const latest = await f.payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })
  const live = await f.payload.count({ collection: 'articles', where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] } })
  return { latest: latest.reviewState as ReviewState, live: live.totalDocs > 0 }
}

const refusalOf = (promise: Promise<unknown>) =>
  promise.then(
    () => ({ status: 200, code: 'accepted' }),
    (error: { status?: number; code?: string }) => ({ status: error.status, code: error.code }),
  )

/**
 * Walk every transition of `workflow` through the real engine (Local API, real database): from
 * every standing it starts from, by someone holding its role, with exactly the inputs the table
 * requires; refused without each required input, by roles it does not name, by a contributor
 * where it requires an independent actor, and from every reachable standing it does not start
 * from. Every expectation is read from the table, so the engine must run whatever table it is given.
 */
export async function walkEveryTransition(f: WorkflowFixture, workflow: ReviewWorkflow): Promise<{ taken: string[] }> {
  const standings = [...reachable(workflow).values()]
  const taken: string[] = []
  for (const action of WORKFLOW_ACTIONS) {
    const transition = workflow[action]
    for (const { standing, path } of standings) {
      const where = `${action} from ${key(standing)}`
      if (!startsFrom(transition, standing)) {
        const id = await articleAt(f, workflow, path)
        const refused = await refusalOf(f.act('platformAdmin', id, action, satisfyingBody(transition)))
        expect({ where, ...refused }).toEqual({ where, status: 409, code: 'workflow.invalid_state' })
        continue
      }
      const id = await articleAt(f, workflow, path)
      const actor = actorFor(transition)
      const { comment, checklist, independentActor, schedule } = transition.requires
      if (comment) {
        const body = without(satisfyingBody(transition), 'comment')
        expect({ where, ...(await refusalOf(f.act(actor, id, action, body))) }).toEqual({ where, status: 400, code: comment.code })
      }
      if (checklist) {
        const body = without(satisfyingBody(transition), 'checklist')
        expect({ where, ...(await refusalOf(f.act(actor, id, action, body))) }).toEqual({ where, status: 400, code: 'workflow.checklist_incomplete' })
      }
      for (const role of (Object.keys(PERSONA_OF_ROLE) as SiteRole[]).filter((each) => !transition.roles.includes(each))) {
        const refused = await refusalOf(f.act(PERSONA_OF_ROLE[role], id, action, satisfyingBody(transition)))
        expect({ where, role, ...refused }).toEqual({ where, role, status: 403, code: 'workflow.role_forbidden' })
      }
      expect(await standingOf(f, id)).toEqual(standing)

      const result = await f.act(actor, id, action, satisfyingBody(transition))
      const expected = after(transition, standing)
      expect({ where, reviewState: result.reviewState, live: result.live }).toEqual({ where, reviewState: expected.latest, live: expected.live })
      expect({ where, ...(await standingOf(f, id)) }).toEqual({ where, ...expected })
      const audit = await f.payload.find({
        collection: 'audit-logs',
        where: { and: [{ documentId: { equals: id } }, { action: { equals: action } }] },
        sort: '-createdAt',
      })
      expect({ where, ...audit.docs[0] }).toMatchObject({ where, fromState: standing.latest, toState: transition.to })
      taken.push(where)

      if (independentActor) {
        // A platform admin holds every role; as the author they are still refused (R-ROLE-SEPARATE).
        const own = await articleAt(f, workflow, path, 'platformAdmin')
        const refused = await refusalOf(f.act('platformAdmin', own, action, satisfyingBody(transition)))
        expect({ where, ...refused }).toEqual({ where, status: 403, code: 'workflow.self_review' })
      }
      if (schedule) {
        const deferred = await articleAt(f, workflow, path)
        const at = new Date(NOW.getTime() + 30 * 60_000)
        const scheduled = await f.act(actor, deferred, action, { ...satisfyingBody(transition), publishAt: at.toISOString() })
        expect({ where, reviewState: scheduled.reviewState, scheduledPublishAt: scheduled.scheduledPublishAt }).toEqual({
          where,
          reviewState: standing.latest,
          scheduledPublishAt: at.toISOString(),
        })
        expect((await runScheduledPublishes(f.payload, new Date(at.getTime() + 60_000))).published).toContain(deferred)
        expect({ where, ...(await standingOf(f, deferred)) }).toEqual({ where, ...expected })
      }
    }
  }
  return { taken }
}
