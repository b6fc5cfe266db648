/**
 * @internal The project ids a report has seen, each with a number saying where it was first seen: an
 * open-addressing hash table whose hashes are kept in typed arrays, so that asking about an id not seen yet
 * (nearly every row of a file) reads one slot of an array instead of walking the strings of a `Map`'s bucket
 * chain, each a cache miss once a file has a million ids. An id is compared with the one stored only when their
 * hashes are equal.
 */
export class SeenIds {
  /** The hash of the id in each slot (never 0), or 0 for an empty slot. */
  #hashes = new Int32Array(1 << 12);
  /** The position of the slot's id in {@link SeenIds.ids}. */
  #slots = new Int32Array(1 << 12);
  #mask = (1 << 12) - 1;
  readonly #ids: string[] = [];
  readonly #where: number[] = [];
  /** The hash of each id, by position (to move them when the table grows). */
  #idHashes = new Int32Array(1 << 11);

  /** How many ids were seen. */
  get size(): number {
    return this.#ids.length;
  }

  /**
   * Where `id` was first seen, if it was; else `undefined`, and it is remembered as seen at `where`.
   *
   * @param id - the id (kept as given: pass a string that does not hold a larger one alive).
   * @param where - what to remember about its first sighting.
   */
  firstOrAdd(id: string, where: number): number | undefined {
    const hash = hashOf(id);
    const hashes = this.#hashes;
    const mask = this.#mask;
    let slot = hash & mask;
    for (let stored = hashes[slot] as number; stored !== 0; stored = hashes[slot] as number) {
      if (stored === hash) {
        const index = this.#slots[slot] as number;
        if (this.#ids[index] === id) return this.#where[index];
      }
      slot = (slot + 1) & mask;
    }
    const index = this.#ids.length;
    this.#ids.push(id);
    this.#where.push(where);
    if (index === this.#idHashes.length) {
      const grown = new Int32Array(index * 2);
      grown.set(this.#idHashes);
      this.#idHashes = grown;
    }
    this.#idHashes[index] = hash;
    hashes[slot] = hash;
    this.#slots[slot] = index;
    if ((index + 1) * 2 > hashes.length) this.#grow();
    return undefined;
  }

  /** Doubles the table (it stays at most half full, so probes stay short). */
  #grow(): void {
    const capacity = this.#hashes.length * 2;
    const hashes = new Int32Array(capacity);
    const slots = new Int32Array(capacity);
    const mask = capacity - 1;
    const count = this.#ids.length;
    for (let index = 0; index < count; index++) {
      const hash = this.#idHashes[index] as number;
      let slot = hash & mask;
      while (hashes[slot] !== 0) slot = (slot + 1) & mask;
      hashes[slot] = hash;
      slots[slot] = index;
    }
    this.#hashes = hashes;
    this.#slots = slots;
    this.#mask = mask;
  }
}

/** FNV-1a over the UTF-16 code units, never 0 (0 marks an empty slot). */
function hashOf(id: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let index = 0; index < id.length; index++) {
    hash = Math.imul(hash ^ id.charCodeAt(index), 0x01000193);
  }
  return hash === 0 ? 1 : hash;
}
