import { CHECKLIST_ITEMS, WORKFLOW_ACTIONS } from '@govsite/domain'
import type { GraphQLExtension, PayloadRequest } from 'payload'

import { currentTime } from '../shared/clock'
import { performTransition } from './engine'

/**
 * `mutation { workflowTransition(collection, id, action, comment, checklist, publishAt) }`:
 * the GraphQL face of the same engine as the REST endpoint.
 */
export const workflowMutations: GraphQLExtension = (GraphQL) => {
  const checklistInput = new GraphQL.GraphQLInputObjectType({
    name: 'WorkflowChecklistInput',
    fields: Object.fromEntries([...CHECKLIST_ITEMS, 'warningsAcknowledged'].map((item) => [item, { type: GraphQL.GraphQLBoolean }])),
  })
  const actionEnum = new GraphQL.GraphQLEnumType({
    name: 'WorkflowAction',
    values: Object.fromEntries(WORKFLOW_ACTIONS.map((action) => [action, { value: action }])),
  })
  const resultType = new GraphQL.GraphQLObjectType({
    name: 'WorkflowTransitionResult',
    fields: {
      collection: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      action: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      reviewState: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      live: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLBoolean) },
      scheduledPublishAt: { type: GraphQL.GraphQLString },
      publishedAt: { type: GraphQL.GraphQLString },
    },
  })
  return {
    workflowTransition: {
      type: resultType,
      args: {
        collection: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
        id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
        action: { type: new GraphQL.GraphQLNonNull(actionEnum) },
        comment: { type: GraphQL.GraphQLString },
        checklist: { type: checklistInput },
        publishAt: { type: GraphQL.GraphQLString },
      },
      resolve: async (_source: unknown, args: Record<string, unknown>, context: { req: PayloadRequest }) => {
        const { collection, id, action, ...body } = args
        const cleanBody = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined && value !== null))
        return performTransition({
          req: context.req,
          collection: String(collection),
          id: String(id),
          action: String(action),
          body: cleanBody.checklist ? { ...cleanBody, checklist: { ...(cleanBody.checklist as object) } } : cleanBody,
          now: currentTime(),
        })
      },
    },
  }
}
