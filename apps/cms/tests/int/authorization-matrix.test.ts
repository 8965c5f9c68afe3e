import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { FULL_CHECKLIST, PERSONAS, workflowFixture, type Persona, type WorkflowFixture } from './workflow-fixture'

type Action = 'submit' | 'approve' | 'reject' | 'publish' | 'unpublish'

/** The state each action starts from, the body it needs, and who may take it on site A. */
const MATRIX: Record<Action, { from: 'draft' | 'in_review' | 'approved' | 'published'; body: Record<string, unknown>; allowed: Persona[] }> = {
  submit: { from: 'draft', body: {}, allowed: ['editorA', 'platformAdmin'] },
  approve: { from: 'in_review', body: { checklist: FULL_CHECKLIST }, allowed: ['reviewerA', 'platformAdmin'] },
  reject: { from: 'in_review', body: { comment: '请补充发文依据' }, allowed: ['reviewerA', 'platformAdmin'] },
  publish: { from: 'approved', body: {}, allowed: ['editorA', 'platformAdmin'] },
  unpublish: { from: 'published', body: { comment: '内容已过期' }, allowed: ['reviewerA', 'siteAdminA', 'platformAdmin'] },
}

const ACTIONS = Object.keys(MATRIX) as Action[]

const GRAPHQL_TRANSITION = `mutation ($id: String!, $action: WorkflowAction!, $comment: String, $checklist: WorkflowChecklistInput) {
  workflowTransition(collection: "articles", id: $id, action: $action, comment: $comment, checklist: $checklist) { reviewState live }
}`

/**
 * R-ROLE-SEPARATE / R-REVIEW-BEFORE-PUBLISH: every action × every role × REST and GraphQL,
 * each on a fresh article in the state the action starts from, so only the role decides.
 */
describe('authorization matrix', () => {
  let f: WorkflowFixture
  const outcomes: Record<'rest' | 'graphql', Record<Action, Persona[]>> = {
    rest: { submit: [], approve: [], reject: [], publish: [], unpublish: [] },
    graphql: { submit: [], approve: [], reject: [], publish: [], unpublish: [] },
  }

  beforeAll(async () => {
    f = await workflowFixture()
    for (const action of ACTIONS) {
      const { from, body } = MATRIX[action]
      for (const persona of PERSONAS) {
        const restId = await f.articleIn(from)
        const rest = await f.api.rest('POST', `articles/${restId}/workflow/${action}`, { token: f.tokenOf(persona), body })
        expect([200, 403, 404]).toContain(rest.status)
        if (rest.status === 200) outcomes.rest[action].push(persona)

        const graphqlId = await f.articleIn(from)
        const graphql = await f.api.graphql(GRAPHQL_TRANSITION, { id: graphqlId, action, ...body }, f.tokenOf(persona))
        if (!graphql.body.errors && graphql.body.data) outcomes.graphql[action].push(persona)
      }
    }
  }, 600_000)

  afterAll(async () => f?.cleanup())

  for (const api of ['rest', 'graphql'] as const) {
    for (const action of ACTIONS) {
      it(`${api}: only ${MATRIX[action].allowed.join(', ')} may ${action}`, () => {
        expect(outcomes[api][action]).toEqual(MATRIX[action].allowed)
      })
    }
  }

  it('refuses with 403 for a role without the right and 404 for staff of another site', async () => {
    const id = await f.articleIn('in_review')
    const editor = await f.api.rest('POST', `articles/${id}/workflow/approve`, { token: f.tokenOf('editorA'), body: { checklist: FULL_CHECKLIST } })
    expect(editor).toMatchObject({ status: 403, body: { code: 'workflow.role_forbidden' } })
    expect(editor.body.message).toContain('审核通过')
    const otherSite = await f.api.rest('POST', `articles/${id}/workflow/approve`, {
      token: f.tokenOf('reviewerB'),
      body: { checklist: FULL_CHECKLIST },
    })
    expect(otherSite).toMatchObject({ status: 404, body: { code: 'workflow.not_found' } })
    const anonymous = await f.api.rest('POST', `articles/${id}/workflow/approve`, { body: { checklist: FULL_CHECKLIST } })
    expect(anonymous).toMatchObject({ status: 403, body: { code: 'auth.login_required' } })
  })

  it('reports GraphQL refusals with the same Chinese message', async () => {
    const id = await f.articleIn('in_review')
    const result = await f.api.graphql(GRAPHQL_TRANSITION, { id, action: 'approve', checklist: FULL_CHECKLIST }, f.tokenOf('editorA'))
    expect(JSON.stringify(result.body.errors)).toContain('您在本站点没有“审核通过”的权限')
  })
})
