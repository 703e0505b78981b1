/**
 * A directed graph with the operations Django's MigrationGraph needs (add, re-point and remove nodes,
 * parents and children), kept in plain maps so that building one for 20,000 migrations takes
 * milliseconds. Cycle analysis goes through @dagrejs/graphlib's Tarjan, but only for the nodes a
 * linear-time topological pass cannot order: in a healthy graph that is none.
 */
import { Graph, alg } from '@dagrejs/graphlib';

interface Entry<N> {
  value: N;
  // Arrays, not Sets: migrations have one or two parents, and 20,000 small Sets cost more than they save.
  parents: string[];
  children: string[];
  /** The children's entries, in the same order: graph walks follow them without a lookup per edge. */
  childEntries: Entry<N>[];
  key: string;
  /** Scratch for `cycles()`: in-degree not yet removed, and the `extra` edges' children. */
  pending: number;
  /** Scratch for walks: the walk that last visited this entry. */
  seen: number;
  extra: Entry<N>[] | undefined;
}

export class Dag<N> {
  private readonly entries = new Map<string, Entry<N>>();

  setNode(key: string, value: N): void {
    const entry = this.entries.get(key);
    if (entry) entry.value = value;
    else this.entries.set(key, { value, parents: [], children: [], childEntries: [], pending: 0, extra: undefined, seen: 0, key });
  }

  hasNode(key: string): boolean {
    return this.entries.has(key);
  }

  node(key: string): N | undefined {
    return this.entries.get(key)?.value;
  }

  nodes(): IterableIterator<string> {
    return this.entries.keys();
  }

  get size(): number {
    return this.entries.size;
  }

  /** Adds the edge parent -> child (once); both nodes must exist. */
  setEdge(parent: string, child: string): void {
    const p = this.entries.get(parent)!;
    if (p.children.includes(child)) return;
    const c = this.entries.get(child)!;
    p.children.push(child);
    p.childEntries.push(c);
    c.parents.push(parent);
  }

  removeNode(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    for (const p of entry.parents) {
      const parent = this.entries.get(p);
      if (!parent) continue;
      const i = parent.children.indexOf(key);
      if (i >= 0) {
        parent.children.splice(i, 1);
        parent.childEntries.splice(i, 1);
      }
    }
    for (const c of entry.children) remove(this.entries.get(c)?.parents, key);
    this.entries.delete(key);
  }

  private walks = 0;

  /**
   * Depth-first over `key` and its descendants: a stack, children pushed in order, each node visited
   * once when popped. Marks live on the entries, so a walk over 10,000 nodes allocates no set.
   */
  walkDown(key: string, visit: (key: string) => void): void {
    const start = this.entries.get(key);
    if (!start) return;
    const walk = ++this.walks;
    const todo = [start];
    while (todo.length) {
      const entry = todo.pop()!;
      if (entry.seen === walk) continue;
      entry.seen = walk;
      const children = entry.childEntries;
      for (let i = 0; i < children.length; i++) todo.push(children[i]!);
      visit(entry.key);
    }
  }

  predecessors(key: string): readonly string[] {
    return this.entries.get(key)?.parents ?? EMPTY;
  }

  successors(key: string): readonly string[] {
    return this.entries.get(key)?.children ?? EMPTY;
  }

  /**
   * Every cycle (strongly connected component with a loop), each as the list of its keys. `extra` adds
   * edges for this question only (parent -> children), e.g. Alembic's depends_on next to down_revision.
   */
  cycles(extra?: ReadonlyMap<string, readonly string[]>): string[][] {
    // Kahn's algorithm removes everything that is not on or behind a cycle. The in-degrees live on the
    // entries and the walk follows entry references, so a healthy graph of 20,000 nodes costs one pass
    // and no lookup per edge.
    for (const entry of this.entries.values()) {
      entry.pending = entry.parents.length;
      entry.extra = undefined;
    }
    if (extra) {
      for (const [key, children] of extra) {
        const list = children.map((c) => this.entries.get(c)!);
        for (const c of list) c.pending++;
        this.entries.get(key)!.extra = list;
      }
    }
    const ready: Entry<N>[] = [];
    for (const entry of this.entries.values()) if (entry.pending === 0) ready.push(entry);
    let removed = 0;
    while (ready.length) {
      const entry = ready.pop()!;
      removed++;
      const children = entry.childEntries;
      for (let i = 0; i < children.length; i++) if (--children[i]!.pending === 0) ready.push(children[i]!);
      if (entry.extra) for (const c of entry.extra) if (--c.pending === 0) ready.push(c);
    }
    if (removed === this.entries.size) return [];
    const rest = new Graph({ directed: true });
    for (const [key, entry] of this.entries) if (entry.pending > 0) rest.setNode(key);
    for (const [key, entry] of this.entries) {
      if (entry.pending === 0) continue;
      const children = [...entry.children, ...(extra?.get(key) ?? [])];
      for (const c of children) if (this.entries.get(c)!.pending > 0) rest.setEdge(key, c);
    }
    return alg.findCycles(rest);
  }
}

const EMPTY: readonly string[] = [];

function remove(list: string[] | undefined, item: string): void {
  const i = list?.indexOf(item) ?? -1;
  if (i >= 0) list!.splice(i, 1);
}
