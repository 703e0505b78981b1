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
  /** Scratch for `cycles()`: in-degree not yet removed. */
  pending: number;
}

export class Dag<N> {
  private readonly entries = new Map<string, Entry<N>>();

  setNode(key: string, value: N): void {
    const entry = this.entries.get(key);
    if (entry) entry.value = value;
    else this.entries.set(key, { value, parents: [], children: [], pending: 0 });
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
    p.children.push(child);
    this.entries.get(child)!.parents.push(parent);
  }

  removeNode(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    for (const p of entry.parents) remove(this.entries.get(p)?.children, key);
    for (const c of entry.children) remove(this.entries.get(c)?.parents, key);
    this.entries.delete(key);
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
    // Kahn's algorithm removes everything that is not on or behind a cycle; the in-degrees live on the
    // entries themselves, so a healthy graph of 20,000 nodes costs one pass and no side table.
    const childrenOf = (key: string, entry: Entry<N>): readonly string[] => {
      const more = extra?.get(key);
      return more ? [...entry.children, ...more] : entry.children;
    };
    for (const entry of this.entries.values()) entry.pending = entry.parents.length;
    if (extra) for (const children of extra.values()) for (const c of children) this.entries.get(c)!.pending++;
    const ready: string[] = [];
    for (const [key, entry] of this.entries) if (entry.pending === 0) ready.push(key);
    let removed = 0;
    while (ready.length) {
      const key = ready.pop()!;
      removed++;
      for (const c of childrenOf(key, this.entries.get(key)!)) if (--this.entries.get(c)!.pending === 0) ready.push(c);
    }
    if (removed === this.entries.size) return [];
    const rest = new Graph({ directed: true });
    for (const [key, entry] of this.entries) if (entry.pending > 0) rest.setNode(key);
    for (const [key, entry] of this.entries) {
      if (entry.pending === 0) continue;
      for (const c of childrenOf(key, entry)) if (this.entries.get(c)!.pending > 0) rest.setEdge(key, c);
    }
    return alg.findCycles(rest);
  }
}

const EMPTY: readonly string[] = [];

function remove(list: string[] | undefined, item: string): void {
  const i = list?.indexOf(item) ?? -1;
  if (i >= 0) list!.splice(i, 1);
}
