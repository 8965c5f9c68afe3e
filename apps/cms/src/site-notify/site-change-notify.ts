import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { afterCommit } from '../database/after-commit'
import { idOf } from '../shared/relation-id'
import { notifySite } from './site-webhook'

/**
 * Every public page shows its site's identity (footer, meta tags), mourning mode and column
 * navigation, so a change to a site or a column refreshes that site's cached pages, once the
 * change has committed.
 */
export const notifySiteChanged: CollectionAfterChangeHook = async ({ doc, req }) => {
  await afterCommit(req, () => void notifySite('site-change', 'sites', String(doc.id), String(doc.id)))
  return doc
}

export const notifySiteDeleted: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await afterCommit(req, () => void notifySite('site-change', 'sites', String(doc.id), String(doc.id)))
}

/** A column moved to another site changes the navigation of both. */
export const notifyColumnChanged: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const sites = new Set([idOf(doc.site), idOf(previousDoc?.site)].filter((site): site is string => site !== null))
  await afterCommit(req, () => {
    for (const site of sites) void notifySite('column-change', 'columns', String(doc.id), site)
  })
  return doc
}

export const notifyColumnDeleted: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await afterCommit(req, () => void notifySite('column-change', 'columns', String(doc.id), idOf(doc.site)))
}
