/**
 * The best `capacity` documents seen so far, by score and then by publication time (newer
 * first): a binary min-heap whose root is the weakest kept document, so a page of results
 * costs O(n log k) instead of sorting every match.
 */
export class TopHits {
  private readonly ids: number[] = []
  private readonly scores: number[] = []
  private readonly times: number[] = []

  constructor(private readonly capacity: number) {}

  private weaker(a: number, b: number): boolean {
    const scoreA = this.scores[a] as number
    const scoreB = this.scores[b] as number
    return scoreA < scoreB || (scoreA === scoreB && (this.times[a] as number) < (this.times[b] as number))
  }

  private swap(a: number, b: number): void {
    for (const column of [this.ids, this.scores, this.times]) {
      const value = column[a] as number
      column[a] = column[b] as number
      column[b] = value
    }
  }

  offer(id: number, score: number, time: number): void {
    if (this.capacity === 0) return
    if (this.ids.length < this.capacity) {
      this.ids.push(id)
      this.scores.push(score)
      this.times.push(time)
      for (let at = this.ids.length - 1; at > 0;) {
        const parent = (at - 1) >> 1
        if (!this.weaker(at, parent)) break
        this.swap(at, parent)
        at = parent
      }
      return
    }
    const rootScore = this.scores[0] as number
    if (score < rootScore || (score === rootScore && time <= (this.times[0] as number))) return
    this.ids[0] = id
    this.scores[0] = score
    this.times[0] = time
    for (let at = 0; ;) {
      const left = at * 2 + 1
      const right = left + 1
      let weakest = at
      if (left < this.ids.length && this.weaker(left, weakest)) weakest = left
      if (right < this.ids.length && this.weaker(right, weakest)) weakest = right
      if (weakest === at) break
      this.swap(at, weakest)
      at = weakest
    }
  }

  /** Best first. */
  sorted(): { id: number; score: number }[] {
    const order = this.ids.map((_, index) => index)
    order.sort((a, b) => (this.weaker(a, b) ? 1 : this.weaker(b, a) ? -1 : 0))
    return order.map((index) => ({ id: this.ids[index] as number, score: this.scores[index] as number }))
  }
}
