/**
 * @internal The project ids a report has seen, each with a number saying where it was first seen, held in
 * typed arrays only: an open-addressing hash table of the ids' hashes, and the ids' characters one after the
 * other in one array (one byte each while they are all below U+0100, two beyond). A million ids so take a few
 * bytes each and no object the garbage collector has to visit, and asking about an id not seen yet (nearly
 * every row of a file) reads one slot of an array, where a `Map` of a million string keys walks the strings of
 * a bucket chain, a cache miss each. An id is compared with one stored only when their hashes are equal.
 */
export class SeenIds {
  /**
   * Two numbers per slot, side by side (one cache line for both: a new id, nearly every row, touches one):
   * the hash of the id in the slot (never 0), or 0 for an empty slot, then the position of the slot's id.
   */
  #table = new Int32Array(2 << 12);
  #mask = (1 << 12) - 1;
  #count = 0;
  /** By position: where each id's characters start in {@link SeenIds.chars} (and, next, where they end). */
  #starts = new Int32Array(1 << 11);
  /** By position: the number given for each id. */
  #where = new Float64Array(1 << 11);
  /** By position: the hash of each id (to move them when the table grows). */
  #idHashes = new Int32Array(1 << 11);
  /** The characters of every id, one after the other. */
  #chars: Uint8Array | Uint16Array = new Uint8Array(1 << 14);
  #used = 0;

  /** How many ids were seen. */
  get size(): number {
    return this.#count;
  }

  /**
   * Where `id` was first seen, if it was; else `undefined`, and it is remembered as seen at `where`.
   *
   * @param id - the id.
   * @param where - what to remember about its first sighting (any number).
   */
  firstOrAdd(id: string, where: number): number | undefined {
    const hash = hashOf(id);
    const table = this.#table;
    const mask = this.#mask;
    let slot = hash & mask;
    for (let stored = table[2 * slot] as number; stored !== 0; stored = table[2 * slot] as number) {
      if (stored === hash) {
        const index = table[2 * slot + 1] as number;
        if (this.#holds(index, id)) return this.#where[index];
      }
      slot = (slot + 1) & mask;
    }
    const index = this.#count;
    if (index + 1 >= this.#starts.length) this.#growLists();
    this.#store(id);
    this.#starts[index + 1] = this.#used;
    this.#where[index] = where;
    this.#idHashes[index] = hash;
    table[2 * slot] = hash;
    table[2 * slot + 1] = index;
    this.#count = index + 1;
    if (this.#count * 2 > mask + 1) this.#growTable();
    return undefined;
  }

  /** Whether the id at `index` is `id`. */
  #holds(index: number, id: string): boolean {
    const start = this.#starts[index] as number;
    if ((this.#starts[index + 1] as number) - start !== id.length) return false;
    const chars = this.#chars;
    for (let at = 0; at < id.length; at++) {
      if (chars[start + at] !== id.charCodeAt(at)) return false;
    }
    return true;
  }

  /** Appends the characters of `id` (two bytes each from the first id with one above U+00FF on). */
  #store(id: string): void {
    const end = this.#used + id.length;
    let wide = this.#chars instanceof Uint16Array;
    if (!wide) {
      for (let at = 0; at < id.length && !wide; at++) wide = id.charCodeAt(at) > 0xff;
    }
    if (end > this.#chars.length || wide !== this.#chars instanceof Uint16Array) {
      this.#grownChars(end, wide);
    }
    const chars = this.#chars;
    for (let at = 0; at < id.length; at++) chars[this.#used + at] = id.charCodeAt(at);
    this.#used = end;
  }

  /** Room for at least `needed` characters, in two bytes each when `wide`. */
  #grownChars(needed: number, wide: boolean): void {
    let length = this.#chars.length;
    while (length < needed) length *= 2;
    const chars = wide ? new Uint16Array(length) : new Uint8Array(length);
    chars.set(this.#chars.subarray(0, this.#used));
    this.#chars = chars;
  }

  #growLists(): void {
    const length = this.#starts.length * 2;
    const starts = new Int32Array(length);
    starts.set(this.#starts);
    this.#starts = starts;
    const where = new Float64Array(length);
    where.set(this.#where);
    this.#where = where;
    const idHashes = new Int32Array(length);
    idHashes.set(this.#idHashes);
    this.#idHashes = idHashes;
  }

  /** Doubles the table (it stays at most half full, so probes stay short). */
  #growTable(): void {
    const capacity = (this.#mask + 1) * 2;
    const table = new Int32Array(2 * capacity);
    const mask = capacity - 1;
    for (let index = 0; index < this.#count; index++) {
      const hash = this.#idHashes[index] as number;
      let slot = hash & mask;
      while (table[2 * slot] !== 0) slot = (slot + 1) & mask;
      table[2 * slot] = hash;
      table[2 * slot + 1] = index;
    }
    this.#table = table;
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
