import { formatChinaMinute, type PublicSurveyList } from '@govsite/domain'

import { siteHref, type SiteContext } from '../site-context.js'
import { InteractionLayout } from './interaction-layout.js'

export const SURVEY_STATE_LABELS = { upcoming: '未开始', open: '进行中', closed: '已结束' } as const

/** 征集调查: the site's published surveys with their state and whether results are out. */
export function SurveyListPage({ ctx, list }: { ctx: SiteContext; list: PublicSurveyList }) {
  return (
    <InteractionLayout ctx={ctx} title="征集调查" current="/surveys">
      {list.docs.length === 0 ? (
        <p>暂无征集调查</p>
      ) : (
        <ul className="item-list survey-list">
          {list.docs.map((survey) => (
            <li key={survey.id}>
              <a href={siteHref(ctx, `/surveys/${encodeURIComponent(survey.id)}`)}>{survey.title}</a>
              <span>
                <span className={`state state-${survey.state}`}>{SURVEY_STATE_LABELS[survey.state]}</span>
                {survey.hasResults && <span className="state">已公布结果</span>}
                <span className="period">
                  {formatChinaMinute(survey.opensAt)} 至 {formatChinaMinute(survey.closesAt)}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </InteractionLayout>
  )
}
