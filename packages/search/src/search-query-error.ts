/** A query the index refuses, with a stable code and a message for the visitor (Chinese). */
export class SearchQueryError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'SearchQueryError'
  }
}
