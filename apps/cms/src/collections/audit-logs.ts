import type { Access, CollectionConfig } from 'payload'

import { isPlatformAdmin, nobody } from '../access/roles'
import { sitesWithRole } from '../access/site-membership'
import { Refusal } from '../shared/refusal'
import { scoped } from '../access/relationship-scope'

/** Platform admins read everything; staff read the trail of their own sites. */
const readOwnSites: Access = ({ req }) => {
  if (!req.user) return false
  if (isPlatformAdmin(req.user)) return true
  return { site: { in: sitesWithRole(req.user) } }
}

const appendOnly = () => {
  throw new Refusal(403, 'audit.append_only', '审计日志只能追加，不能修改或删除')
}

/**
 * 审计日志: every workflow transition (R-REVIEW-BEFORE-PUBLISH, R-SEC-ACCOUNTS audit trail).
 * Append-only for everyone on every API: no access rule allows writes, and hooks refuse
 * updates and deletes even for trusted server code that overrides access.
 */
export const AuditLogs: CollectionConfig = {
  slug: 'audit-logs',
  labels: { singular: { zh: '审计日志', en: 'Audit log' }, plural: { zh: '审计日志', en: 'Audit logs' } },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['at', 'actorName', 'action', 'targetCollection', 'fromState', 'toState'],
    group: { zh: '平台管理', en: 'Platform' },
  },
  access: { read: readOwnSites, create: nobody, update: nobody, delete: nobody },
  hooks: {
    beforeChange: [({ operation, data }) => (operation === 'update' ? appendOnly() : data)],
    beforeDelete: [appendOnly],
  },
  fields: [
    { name: 'summary', type: 'text', label: { zh: '摘要', en: 'Summary' } },
    { name: 'at', type: 'date', required: true, index: true, label: { zh: '时间', en: 'Time' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'actor', type: 'relationship', relationTo: 'users', custom: scoped('engine-only'), label: { zh: '操作人', en: 'Actor' } },
    { name: 'actorName', type: 'text', label: { zh: '操作人姓名', en: 'Actor name' } },
    { name: 'actorRoles', type: 'json', label: { zh: '操作人角色', en: 'Actor roles' } },
    { name: 'action', type: 'text', required: true, index: true, label: { zh: '操作', en: 'Action' } },
    { name: 'targetCollection', type: 'text', required: true, index: true, label: { zh: '内容类型', en: 'Collection' } },
    { name: 'documentId', type: 'text', required: true, index: true, label: { zh: '内容编号', en: 'Document id' } },
    { name: 'site', type: 'relationship', relationTo: 'sites', index: true, custom: scoped('engine-only'), label: { zh: '站点', en: 'Site' } },
    { name: 'fromState', type: 'text', label: { zh: '原状态', en: 'From' } },
    { name: 'toState', type: 'text', label: { zh: '新状态', en: 'To' } },
    { name: 'contentHash', type: 'text', label: { zh: '内容指纹', en: 'Content hash' } },
    { name: 'comment', type: 'textarea', label: { zh: '意见/原因', en: 'Comment' } },
    { name: 'findings', type: 'json', label: { zh: '预审结果', en: 'Findings' } },
    { name: 'ip', type: 'text', label: { zh: 'IP 地址', en: 'IP address' } },
  ],
}
