import type { BaseDatabaseAdapter, DatabaseAdapterObj, PayloadRequest } from 'payload'

type TransactionId = string | number

type Task = () => void | Promise<void>

/** Tasks waiting for their transaction to commit; dropped when it rolls back. */
const waiting = new Map<TransactionId, Task[]>()

/** Tasks waiting for their transaction to roll back; dropped when it commits. */
const onRollback = new Map<TransactionId, (() => Promise<void>)[]>()

/**
 * Run `task` once the request's transaction has committed (at once when there is none), so
 * whoever it tells reads the new data; a rolled-back change runs nothing. A nested caller shares
 * the outer transaction, so its task waits for the outermost commit. The commit waits for its
 * tasks, one after the other in the order they were added; a failing task is logged, the commit
 * stands. Needs the adapter wrapped by `withAfterCommit`.
 */
export async function afterCommit(req: PayloadRequest, task: Task): Promise<void> {
  const id = req.transactionID === undefined ? undefined : await req.transactionID
  if (id === undefined || id === null) return task()
  const tasks = waiting.get(id) ?? []
  tasks.push(task)
  waiting.set(id, tasks)
}

/**
 * Run `task` once the request's transaction has rolled back (at once when there is none): for
 * recording a refusal that the rollback would otherwise undo. The task must write outside that
 * transaction; it is dropped when the transaction commits.
 */
export async function afterRollback(req: PayloadRequest, task: () => Promise<void>): Promise<void> {
  const id = req.transactionID === undefined ? undefined : await req.transactionID
  if (id === undefined || id === null) return task()
  const tasks = onRollback.get(id) ?? []
  tasks.push(task)
  onRollback.set(id, tasks)
}

/** Wrap a database adapter so commits run their `afterCommit` tasks and rollbacks their `afterRollback` tasks. */
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
          onRollback.delete(id)
          throw error
        }
        onRollback.delete(id)
        const tasks = waiting.get(id) ?? []
        waiting.delete(id)
        for (const task of tasks) {
          await Promise.resolve()
            .then(task)
            .catch((error: unknown) => adapter.payload.logger.error({ err: error }, 'GovSite CMS：提交后的任务失败'))
        }
      }
      adapter.rollbackTransaction = async (idOrPromise) => {
        const id = await idOrPromise
        waiting.delete(id)
        const tasks = onRollback.get(id) ?? []
        onRollback.delete(id)
        await rollback(id)
        for (const task of tasks) {
          await task().catch((error: unknown) => adapter.payload.logger.error({ err: error }, 'GovSite CMS：回滚后的记录任务失败'))
        }
      }
      return adapter
    },
  }
}
