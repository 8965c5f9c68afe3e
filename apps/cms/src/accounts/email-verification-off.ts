import type { Endpoint, GraphQLExtension } from 'payload'

import { Refusal } from '../shared/refusal'
import { refusalResponse } from '../shared/refusal-shape'

const verificationOff = () => new Refusal(404, 'auth.verify_disabled', '本平台不使用邮箱验证：账户由平台管理员创建，无需验证')

/**
 * Accounts are created by platform admins, so `auth.verify` is off — yet Payload still mounts
 * `POST /api/users/verify/:token` and `verifyEmailUser`, which then query a field that does not
 * exist and answer 500. Both answer a coded 404 instead.
 */
export const verifyEndpoint: Endpoint = {
  path: '/verify/:token',
  method: 'post',
  handler: () => refusalResponse(verificationOff()),
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
