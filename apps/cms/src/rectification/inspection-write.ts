import type { RequestContext } from 'payload'

/**
 * Set only by `syncRectificationOrders` on its own writes: the inspection is the actor (it alone
 * closes automatic orders as fixed). Request context cannot be set through REST or GraphQL.
 */
export const INSPECTION_WRITE = 'govsiteRectificationInspection'

export interface InspectionWrite {
  /** Recorded in the order's history. */
  note: string
  /** When the inspection looked: the time of its history rows and of closing. */
  at: Date
}

export const inspectionWriteOf = (context: RequestContext): InspectionWrite | null => (context[INSPECTION_WRITE] as InspectionWrite | undefined) ?? null
