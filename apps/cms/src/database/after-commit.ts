import type { BaseDatabaseAdapter, DatabaseAdapterObj, PayloadRequest } from 'payload'

type TransactionId = string | number

/** Tasks waiting for their transaction to commit; dropped when it rolls back. */
const waiting = new Map<TransactionId, (() => void)[]>()

/**
 * Run `task` once the request's transaction has committed (at once when there is none), so
 * whoever it tells reads the new data; a rolled-back change runs nothing. Needs the adapter
 * wrapped by `withAfterCommit`.
 */
export async function afterCommit(req: PayloadRequest, task: () => void): Promise<void> {
  const id = req.transactionID === undefined ? undefined : await req.transactionID
  if (id === undefined || id === null) return task()
  const tasks = waiting.get(id) ?? []
  tasks.push(task)
  waiting.set(id, tasks)
}

/** Wrap a database adapter so commits run their `afterCommit` tasks and rollbacks drop them. */
export function withAfterCommit(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args) as BaseDatabaseAdapter
      const commit = adapter.commitTransaction.bind(adapter)
      const rollback = adapter.rollbackTransaction.bind(adapter)
      adapter.commitTransaction = async (idOrPromise) => {
        const id = await idOrPromise
        try {
          await commit(id)
        } catch (error) {
          waiting.delete(id)
          throw error
        }
        const tasks = waiting.get(id) ?? []
        waiting.delete(id)
        for (const task of tasks) task()
      }
      adapter.rollbackTransaction = async (idOrPromise) => {
        const id = await idOrPromise
        waiting.delete(id)
        await rollback(id)
      }
      return adapter
    },
  }
}
