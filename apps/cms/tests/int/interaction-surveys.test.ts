import { publicSurveyListSchema, publicSurveySchema } from '@govsite/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freshIp, interactionFixture, lexical, type InteractionFixture } from './interaction-fixture'

describe('surveys (R-SURVEY-1M) through the public interaction API', () => {
  let f: InteractionFixture
  let surveyId: string
  let questionIds: string[]

  beforeAll(async () => {
    f = await interactionFixture()
    f.at('2026-11-01T00:00:00Z')
    const editor = await f.userDoc('editorA')
    const survey = await f.payload.create({
      collection: 'surveys',
      data: {
        title: '城市公交服务满意度调查',
        site: f.siteA,
        description: lexical('欢迎参与。') as never,
        opensAt: '2026-11-10T00:00:00.000Z',
        closesAt: '2026-11-30T16:00:00.000Z',
        questions: [
          { label: '您乘坐公交的频率', kind: 'single', required: true, options: [{ label: '每天' }, { label: '每周' }, { label: '很少' }] },
          { label: '您希望改进的方面', kind: 'multiple', required: false, options: [{ label: '准点' }, { label: '线路' }, { label: '车况' }] },
          { label: '其他建议', kind: 'text', required: false },
        ],
      },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    surveyId = survey.id
    questionIds = (survey.questions ?? []).map((question) => String(question.id))
    await f.approve('surveys', surveyId)
    await f.actOn('editorA', 'surveys', surveyId, 'publish')
  })

  afterAll(async () => f?.cleanup())

  const respond = (answers: unknown, visitorKey: string, options: { ip?: string; userAgent?: string } = {}) =>
    f.service('POST', `surveys/${surveyId}/responses`, { body: { answers, visitorKey }, ...options })
  const goodAnswers = () => [
    { question: questionIds[0], choices: ['每天'] },
    { question: questionIds[1], choices: ['准点', '线路'] },
    { question: questionIds[2], text: '增加夜班车' },
  ]

  it('stores the results deadline (close date + 1 calendar month, China time)', async () => {
    const survey = await f.payload.findByID({ collection: 'surveys', id: surveyId, overrideAccess: true })
    expect(survey.resultsDueDate).toBe('2027-01-01') // closes 2026-12-01 00:00 in China
  })

  it('lists and shows published surveys with their state, not drafts', async () => {
    const editor = await f.userDoc('editorA')
    await f.payload.create({
      collection: 'surveys',
      data: {
        title: '草稿调查',
        site: f.siteA,
        opensAt: '2026-11-01T00:00:00.000Z',
        closesAt: '2026-12-01T00:00:00.000Z',
        questions: [{ label: '问题', kind: 'text' }],
      },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    f.at('2026-11-05T00:00:00Z')
    const list = await f.service('GET', 'surveys?site=portal')
    expect(list).toMatchObject({ status: 200, body: { docs: [{ id: surveyId, title: '城市公交服务满意度调查', state: 'upcoming', hasResults: false }] } })
    const detail = await f.service('GET', `surveys/${surveyId}`)
    expect(detail).toMatchObject({
      status: 200,
      body: {
        siteSlug: 'portal',
        state: 'upcoming',
        questions: [
          { id: questionIds[0], label: '您乘坐公交的频率', kind: 'single', options: ['每天', '每周', '很少'], required: true },
          { id: questionIds[1], kind: 'multiple' },
          { id: questionIds[2], kind: 'text', options: [] },
        ],
      },
    })
    expect(detail.body).not.toHaveProperty('resultsReport')
    expect(publicSurveySchema.safeParse(detail.body).success).toBe(true)
    expect(publicSurveyListSchema.safeParse(list.body).success).toBe(true)
    expect(await f.service('GET', 'surveys/unknown-id')).toMatchObject({ status: 404, body: { code: 'survey.not-found' } })
  })

  it('refuses answers before the survey opens (409 survey.not-open)', async () => {
    f.at('2026-11-05T00:00:00Z')
    expect(await respond(goodAnswers(), 'visitor-early-0001')).toMatchObject({ status: 409, body: { code: 'survey.not-open' } })
  })

  it('validates answers against the questions (400 survey.invalid with issues)', async () => {
    f.at('2026-11-15T00:00:00Z')
    const bad = await respond(
      [
        { question: 'nope', choices: ['x'] },
        { question: questionIds[1], choices: ['准点', '票价'] },
      ],
      'visitor-bad-00001',
    )
    expect(bad).toMatchObject({ status: 400, body: { code: 'survey.invalid' } })
    expect(bad.body.issues).toEqual([
      { path: 'answers.nope', message: '问卷中没有这个问题' },
      { path: `answers.${questionIds[1]}`, message: '“您希望改进的方面”没有选项“票价”' },
      { path: `answers.${questionIds[0]}`, message: '请回答“您乘坐公交的频率”' },
    ])
    expect(await respond('nope', 'visitor-bad-00002')).toMatchObject({ status: 400, body: { code: 'survey.invalid' } })
  })

  it('accepts one response per visitor: the same visitor key or the same IP and browser get 409', async () => {
    f.at('2026-11-15T01:00:00Z')
    const ip = freshIp()
    expect(await respond(goodAnswers(), 'visitor-aaaa-0001', { ip, userAgent: 'Firefox' })).toMatchObject({ status: 201, body: { ok: true } })
    expect(await respond(goodAnswers(), 'visitor-aaaa-0001')).toMatchObject({ status: 409, body: { code: 'survey.already-answered' } })
    expect(await respond(goodAnswers(), 'visitor-bbbb-0002', { ip, userAgent: 'Firefox' })).toMatchObject({
      status: 409,
      body: { code: 'survey.already-answered' },
    })
    expect(await respond([{ question: questionIds[0], choices: ['每周'] }], 'visitor-cccc-0003', { ip, userAgent: 'Chrome' })).toMatchObject({ status: 201 })
  })

  it('tallies live results for staff of the site only', async () => {
    const results = await f.api.rest('GET', `surveys/${surveyId}/results`, { token: f.tokenOf('reviewerA') })
    expect(results).toMatchObject({ status: 200, body: { responses: 2, state: 'open', resultsDueDate: '2027-01-01', resultsOverdue: false } })
    const questions = results.body.questions as { options: { option: string; count: number }[]; texts: string[] }[]
    expect(questions[0]!.options).toEqual([
      { option: '每天', count: 1 },
      { option: '每周', count: 1 },
      { option: '很少', count: 0 },
    ])
    expect(questions[2]!.texts).toEqual(['增加夜班车'])
    expect(await f.api.rest('GET', `surveys/${surveyId}/results`, { token: f.tokenOf('editorB') })).toMatchObject({ status: 404 })
    expect(await f.api.rest('GET', `surveys/${surveyId}/results`)).toMatchObject({ status: 403 })
    expect(await f.api.rest('GET', 'survey-responses')).toMatchObject({ status: 403 })
    expect((await f.api.rest('GET', 'survey-responses', { token: f.tokenOf('editorB') })).body).toMatchObject({ totalDocs: 0 })
    expect((await f.api.rest('GET', 'survey-responses', { token: f.tokenOf('editorA') })).body).toMatchObject({ totalDocs: 2 })
  })

  it('refuses answers once closed (409 survey.closed) and flags missing results after the deadline', async () => {
    f.at('2026-11-30T16:00:00Z')
    expect(await respond(goodAnswers(), 'visitor-late-0001')).toMatchObject({ status: 409, body: { code: 'survey.closed' } })
    f.at('2027-01-01T15:59:00Z')
    expect((await f.api.rest('GET', `surveys/${surveyId}/results`, { token: f.tokenOf('editorA') })).body).toMatchObject({
      state: 'closed',
      resultsOverdue: false,
    })
    f.at('2027-01-01T16:00:00Z')
    expect((await f.api.rest('GET', `surveys/${surveyId}/results`, { token: f.tokenOf('editorA') })).body).toMatchObject({ resultsOverdue: true })
  })

  it('dates the results at the first publication carrying a report; the public sees the report', async () => {
    const now = f.at('2027-01-02T02:00:00Z')
    const editor = await f.userDoc('editorA')
    await f.payload.update({
      collection: 'surveys',
      id: surveyId,
      data: { resultsReport: lexical('共收到有效答卷 2 份。') as never },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    await f.approve('surveys', surveyId, now)
    await f.actOn('editorA', 'surveys', surveyId, 'publish', {}, now)
    const survey = await f.payload.findByID({ collection: 'surveys', id: surveyId, overrideAccess: true })
    expect(survey.resultsPublishedAt).toBe('2027-01-02T02:00:00.000Z')
    expect((await f.api.rest('GET', `surveys/${surveyId}/results`, { token: f.tokenOf('editorA') })).body).toMatchObject({ resultsOverdue: true })
    const detail = await f.service('GET', `surveys/${surveyId}`)
    expect(detail).toMatchObject({ body: { state: 'closed', resultsReport: lexical('共收到有效答卷 2 份。') } })
    expect(publicSurveySchema.safeParse(detail.body).success).toBe(true)
    expect((await f.service('GET', 'surveys?site=portal')).body).toMatchObject({ docs: [{ hasResults: true }] })
  })

  it('refuses a survey that closes before it opens or a choice question without options', async () => {
    const editor = await f.userDoc('editorA')
    await expect(
      f.payload.create({
        collection: 'surveys',
        data: {
          title: '错误',
          site: f.siteA,
          opensAt: '2026-12-01T00:00:00.000Z',
          closesAt: '2026-11-01T00:00:00.000Z',
          questions: [{ label: '问', kind: 'single', options: [{ label: '唯一' }] }],
        },
        draft: true,
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({
      data: {
        errors: [
          { path: 'closesAt', message: '截止时间须晚于开始时间' },
          { path: 'questions.0.options', message: '第 1 题（选择题）须有至少两个互不相同的选项' },
        ],
      },
    })
  })
})
