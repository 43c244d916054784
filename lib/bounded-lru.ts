// A small map that forgets: at most `capacity` entries, the least recently used dropped first,
// and none older than `ttlMs`. For the process-local caches whose keys come from requests (recent
// searches, article routes), which must never grow with what clients send.
export class BoundedLru<K, V> {
  private readonly entries = new Map<K, { value: V; storedAt: number }>();

  constructor(
    readonly capacity: number,
    readonly ttlMs: number,
  ) {}

  /** The value, if present and younger than ttlMs; a hit becomes the most recently used. */
  get(key: K, now: number = Date.now()): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (now - entry.storedAt >= this.ttlMs) return undefined;
    // A Map iterates in insertion order: re-inserting moves the entry to the end.
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: K, value: V, now: number = Date.now()): void {
    this.entries.delete(key);
    this.entries.set(key, { value, storedAt: now });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
  }

  /** Drops every entry for which `drop` is true. */
  deleteWhere(drop: (key: K, value: V) => boolean): void {
    for (const [key, entry] of this.entries) if (drop(key, entry.value)) this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
