/** Highest page number accepted in `?page=`; beyond it the CMS would scan needlessly. */
export const MAX_PAGE = 10_000
export const PAGE_SIZE = 20

/** `?page=`: absent → 1; a whole number 1…MAX_PAGE → it; anything else → null (404). */
export function parsePage(value: unknown): number | null {
  if (value === undefined) return 1
  if (typeof value !== 'string' || !/^[1-9][0-9]{0,4}$/.test(value)) return null
  const page = Number(value)
  return page <= MAX_PAGE ? page : null
}
