import { MESSAGE_ANSWER_PERIOD, type PublicQaAnswer } from '@govsite/domain'

import { indexedHref } from '../content-links.js'
import { siteHref, type SiteContext } from '../site-context.js'
import { FormNotice } from './form-fields.js'
import { InteractionLayout } from './interaction-layout.js'
import { QaBox } from './qa-box.js'
import { Highlighted } from './search-highlight.js'

export interface QaPageProps {
  ctx: SiteContext
  question: string
  /** null before a question was asked; 'unavailable' when the knowledge base could not answer. */
  answer: PublicQaAnswer | 'unavailable' | null
}

/**
 * 智能问答: answers from the knowledge base (知识库) for a question typed in Chinese; when nothing
 * fits, or the knowledge base cannot be reached, the visitor is pointed to 我要写信.
 */
export function QaPage({ ctx, question, answer }: QaPageProps) {
  const writeLink = <a href={siteHref(ctx, '/messages/new')}>我要写信</a>
  return (
    <InteractionLayout ctx={ctx} title="智能问答" current="/qa">
      <QaBox ctx={ctx} question={question} />
      {answer === 'unavailable' && (
        <FormNotice kind="error">
          <p>智能问答暂时无法回答，请稍后再试，或通过{writeLink}向我们提问。</p>
        </FormNotice>
      )}
      {answer !== null && answer !== 'unavailable' && (
        <section aria-labelledby="qa-answers">
          <h2 id="qa-answers">与“{question}”相关的解答</h2>
          {answer.hits.length > 0 && (
            <ol className="qa-hits">
              {answer.hits.map((hit) => (
                <li key={hit.id}>
                  <h3>
                    <a href={indexedHref(ctx, hit)}>
                      <Highlighted segments={hit.title} />
                    </a>
                  </h3>
                  {hit.category && <p className="meta-line">分类：{hit.category}</p>}
                  <p>
                    <Highlighted segments={hit.snippet} />
                  </p>
                </li>
              ))}
            </ol>
          )}
          {(answer.suggestMessage || answer.hits.length === 0) && (
            <p className="qa-no-match">
              {answer.hits.length === 0 ? '知识库中暂未找到与您的问题相符的解答。' : '以上解答未能解决您的问题？'}您可以通过{writeLink}
              {`提出问题，我们将在 ${MESSAGE_ANSWER_PERIOD.zh}内答复。`}
            </p>
          )}
        </section>
      )}
    </InteractionLayout>
  )
}
