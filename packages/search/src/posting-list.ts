/**
 * The documents containing one term, in increasing internal id order, with the term's frequency
 * in the title and the body packed next to each id: `[id, titleTf << 8 | bodyTf, id, …]` in one
 * Int32Array, grown by doubling. Ids only ever increase (a changed document gets a new id), so
 * appending keeps the list sorted and intersections can binary-search it.
 */
export class PostingList {
  private data = new Int32Array(4)
  /** Entries, including those of removed documents until the index compacts. */
  length = 0

  add(id: number, titleTf: number, bodyTf: number): void {
    if (this.length * 2 === this.data.length) {
      const grown = new Int32Array(this.data.length * 2)
      grown.set(this.data)
      this.data = grown
    }
    this.data[this.length * 2] = id
    this.data[this.length * 2 + 1] = (titleTf << 8) | bodyTf
    this.length++
  }

  id(entry: number): number {
    return this.data[entry * 2] as number
  }

  titleTf(entry: number): number {
    return (this.data[entry * 2 + 1] as number) >> 8
  }

  bodyTf(entry: number): number {
    return (this.data[entry * 2 + 1] as number) & 0xff
  }

  /** The first entry at or after `from` whose id is ≥ `id` (galloping, then binary search). */
  seek(id: number, from: number): number {
    let low = from
    let step = 1
    let high = from
    while (high < this.length && this.id(high) < id) {
      low = high + 1
      high += step
      step *= 2
    }
    high = Math.min(high, this.length)
    while (low < high) {
      const middle = (low + high) >>> 1
      if (this.id(middle) < id) low = middle + 1
      else high = middle
    }
    return low
  }

  /** Drop the entries of documents that no longer exist; shrink to fit. */
  compact(alive: (id: number) => boolean): void {
    let kept = 0
    for (let entry = 0; entry < this.length; entry++) {
      if (!alive(this.id(entry))) continue
      this.data[kept * 2] = this.data[entry * 2] as number
      this.data[kept * 2 + 1] = this.data[entry * 2 + 1] as number
      kept++
    }
    this.length = kept
    this.data = this.data.slice(0, Math.max(4, kept * 2))
  }

  /** Release the room kept for growth (after a bulk build). */
  trim(): void {
    if (this.data.length > this.length * 2) this.data = this.data.slice(0, Math.max(4, this.length * 2))
  }
}
