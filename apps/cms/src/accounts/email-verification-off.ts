import type { Endpoint, GraphQLExtension } from 'payload'

import { WorkflowError } from '../shared/refusal'

const verificationOff = () => new WorkflowError(404, 'auth.verify_disabled', '本平台不使用邮箱验证：账户由平台管理员创建，无需验证')

/**
 * Accounts are created by platform admins, so `auth.verify` is off — yet Payload still mounts
 * `POST /api/users/verify/:token` and `verifyEmailUser`, which then query a field that does not
 * exist and answer 500. Both answer a coded 404 instead.
 */
export const verifyEndpoint: Endpoint = {
  path: '/verify/:token',
  method: 'post',
  handler: () => {
    const refusal = verificationOff()
    return Response.json({ code: refusal.code, message: refusal.message }, { status: refusal.status })
  },
}

export const verifyMutation: GraphQLExtension = (GraphQL) => ({
  verifyEmailUser: {
    type: GraphQL.GraphQLBoolean,
    args: { token: { type: GraphQL.GraphQLString } },
    resolve: () => {
      throw verificationOff()
    },
  },
})
