/**
 * Keys seen in the last `ttlMs` (signatures, Teams activity ids, dispatched request ids), bounded
 * so a flood cannot grow it without end. Per process: with several replicas, the five-minute
 * timestamp window and chatops's own request-id check still stop a replay from deploying twice.
 */
export class Recent {
  private readonly seen = new Map<string, number>()

  constructor(
    private readonly ttlMs: number,
    private readonly max = 50_000,
  ) {}

  /** True when the key was already seen (and still fresh); records it otherwise. */
  check(key: string, now: number): boolean {
    const at = this.seen.get(key)
    if (at !== undefined && now - at <= this.ttlMs) return true
    this.seen.set(key, now)
    if (this.seen.size > this.max) this.prune(now)
    return false
  }

  has(key: string, now: number): boolean {
    const at = this.seen.get(key)
    return at !== undefined && now - at <= this.ttlMs
  }

  forget(key: string): void {
    this.seen.delete(key)
  }

  private prune(now: number): void {
    for (const [key, at] of this.seen) if (now - at > this.ttlMs) this.seen.delete(key)
    // Still too many fresh keys: drop the oldest (Map keeps insertion order).
    for (const key of this.seen.keys()) {
      if (this.seen.size <= this.max) break
      this.seen.delete(key)
    }
  }
}
