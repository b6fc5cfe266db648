/**
 * @internal Results remembered by the facts they depend on, one level of typed maps per fact (no key string
 * is built: the facts are codes and ids the data repeat, whose hashes the engine keeps), at most `limit` of
 * them: when full, the memory is emptied and filled again, so it stays bounded whatever the input.
 */
export class FactTree<V> {
  #root = new FactNode<V>();
  #size = 0;
  readonly #limit: number;

  constructor(limit = 10_000) {
    this.#limit = limit;
  }

  /** The node of the first fact: go down with {@link FactNode.at}, one fact at a time. */
  get root(): FactNode<V> {
    return this.#root;
  }

  /** Remembers the value of a node reached from {@link FactTree.root}; returns it. */
  remember(node: FactNode<V>, value: V): V {
    if (this.#size >= this.#limit) {
      this.#root = new FactNode<V>();
      this.#size = 0;
    }
    this.#size += 1;
    node.value = value;
    return value;
  }
}

/** @internal A node of a {@link FactTree}: the value of the facts so far, and the nodes of the next fact. */
export class FactNode<V> {
  readonly #next = new Map<unknown, FactNode<V>>();
  /** The node of the fact `undefined`. */
  #absent: FactNode<V> | undefined;
  /** The value remembered for the facts that lead here, if any. */
  value: V | undefined;

  /** The node of one more fact. */
  at(fact: unknown): FactNode<V> {
    // A fact the data do not give (most of a row's facts) is a field, not a map lookup.
    if (fact === undefined) {
      this.#absent ??= new FactNode<V>();
      return this.#absent;
    }
    let node = this.#next.get(fact);
    if (node === undefined) {
      node = new FactNode<V>();
      this.#next.set(fact, node);
    }
    return node;
  }
}
