import type { Payload } from 'payload'

import type { User } from '../../src/payload-types'
import { createLocalReq } from 'payload'

import { performTransition, type TransitionResult } from '../../src/workflow/engine'
import { apiClient, type ApiClient } from './api-client'
import { bootPayload, type BootOptions, type TestPayload } from './boot-payload'

export const PASSWORD = 'workflow-test-password'
export const FULL_CHECKLIST = { compliance: true, wording: true, confidentiality: true, noAds: true, noPersonalOpinion: true }
export const NOW = new Date('2026-11-24T02:00:00.000Z')

export const PERSONAS = ['anonymous', 'editorA', 'reviewerA', 'siteAdminA', 'editorB', 'reviewerB', 'platformAdmin'] as const
export type Persona = (typeof PERSONAS)[number]

export interface WorkflowFixture extends TestPayload {
  api: ApiClient
  siteA: string
  siteB: string
  columnA: string
  columnB: string
  users: Record<Exclude<Persona, 'anonymous'>, { id: string; token: string }>
  tokenOf: (persona: Persona) => string | undefined
  /** Create a draft article on site A as editor A. */
  draftArticle: (title?: string, extra?: Record<string, unknown>) => Promise<string>
  /** Take a transition through the engine as a persona (Local API path, no HTTP). */
  act: (persona: Exclude<Persona, 'anonymous'>, id: string, action: string, body?: unknown, now?: Date) => Promise<TransitionResult>
  /** Take a transition on any publishable collection. */
  actOn: (persona: Exclude<Persona, 'anonymous'>, collection: string, id: string, action: string, body?: unknown, now?: Date) => Promise<TransitionResult>
  /** Draft → submitted → approved (→ published) through the engine, as editor A and reviewer A. */
  approve: (collection: string, id: string, now?: Date) => Promise<void>
  /** The acting user's document, for Local API calls with `user`. */
  userDoc: (persona: Exclude<Persona, 'anonymous'>) => Promise<User>
  /** Bring a fresh article to a state through the normal workflow. */
  articleIn: (state: 'draft' | 'in_review' | 'approved' | 'published') => Promise<string>
}

export async function workflowFixture(options: BootOptions = {}): Promise<WorkflowFixture> {
  const booted = await bootPayload(options)
  const { payload, config } = booted
  const api = apiClient(config)

  const siteA = (
    await payload.create({
      collection: 'sites',
      data: { name: '示例市人民政府', slug: 'portal', kind: 'city-portal', englishDomain: 'www.example.gov.cn', status: 'planned' },
    })
  ).id
  const siteB = (
    await payload.create({
      collection: 'sites',
      data: { name: '示例县人民政府', slug: 'county', kind: 'county-portal', englishDomain: 'www.examplecounty.gov.cn', status: 'planned' },
    })
  ).id
  const newsColumn = (site: string) =>
    payload.create({ collection: 'columns', data: { site, name: '工作动态', slug: 'news', kind: 'news' } }).then((column) => column.id)
  const columnA = await newsColumn(siteA)
  const columnB = await newsColumn(siteB)

  const people = {
    platformAdmin: { platformRole: 'platform-admin' as const },
    editorA: { siteRoles: [{ site: siteA, role: 'editor' as const }] },
    reviewerA: { siteRoles: [{ site: siteA, role: 'reviewer' as const }] },
    siteAdminA: { siteRoles: [{ site: siteA, role: 'site-admin' as const }] },
    editorB: { siteRoles: [{ site: siteB, role: 'editor' as const }] },
    reviewerB: { siteRoles: [{ site: siteB, role: 'reviewer' as const }] },
  }
  const users = {} as WorkflowFixture['users']
  for (const [persona, roles] of Object.entries(people) as [keyof typeof people, (typeof people)[keyof typeof people]][]) {
    const email = `${persona.toLowerCase()}@example.gov.cn`
    const user = await payload.create({ collection: 'users', data: { email, name: persona, password: PASSWORD, ...roles } })
    const { token } = await payload.login({ collection: 'users', data: { email, password: PASSWORD } })
    users[persona] = { id: user.id, token: token ?? '' }
  }

  const userDoc = (persona: Exclude<Persona, 'anonymous'>) => payload.findByID({ collection: 'users', id: users[persona].id, depth: 0, overrideAccess: true })

  const draftArticle: WorkflowFixture['draftArticle'] = async (title = '关于做好冬季安全生产工作的通知', extra = {}) => {
    const user = await userDoc('editorA')
    const doc = await payload.create({
      collection: 'articles',
      data: { title, site: siteA, column: columnA, summary: '全市各单位要切实做好冬季安全生产工作。', ...extra },
      draft: true,
      user,
      overrideAccess: false,
    })
    return doc.id
  }

  const actOn: WorkflowFixture['actOn'] = async (persona, collection, id, action, body = {}, now = NOW) => {
    const user = await userDoc(persona)
    const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload as Payload)
    return performTransition({ req, collection, id, action, body, now })
  }
  const act: WorkflowFixture['act'] = (persona, id, action, body, now) => actOn(persona, 'articles', id, action, body, now)
  const approve: WorkflowFixture['approve'] = async (collection, id, now) => {
    await actOn('editorA', collection, id, 'submit', {}, now)
    await actOn('reviewerA', collection, id, 'approve', { checklist: { ...FULL_CHECKLIST, warningsAcknowledged: true } }, now)
  }

  const articleIn: WorkflowFixture['articleIn'] = async (state) => {
    const id = await draftArticle()
    if (state === 'draft') return id
    await act('editorA', id, 'submit')
    if (state === 'in_review') return id
    await act('reviewerA', id, 'approve', { checklist: FULL_CHECKLIST })
    if (state === 'approved') return id
    await act('editorA', id, 'publish')
    return id
  }

  return {
    ...booted,
    api,
    siteA,
    siteB,
    columnA,
    columnB,
    users,
    tokenOf: (persona) => (persona === 'anonymous' ? undefined : users[persona].token),
    draftArticle,
    act,
    actOn,
    approve,
    userDoc,
    articleIn,
  }
}
