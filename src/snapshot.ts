import type { Change, TreeEntry } from './git/types.js';

/** Every path the changes touch: each change's path, and a rename's old path too. */
export function changedPaths(changes: readonly Change[]): Set<string> {
  return new Set(changes.flatMap((c) => (c.oldPath !== undefined ? [c.path, c.oldPath] : [c.path])));
}

/**
 * The files of one state migraph analyses: the base tip, the head, or the merged result the base will have
 * once the head's own changes land on it.
 */
export type StateName = 'base' | 'head' | 'merged';

export interface Snapshot {
  state: StateName;
  entries: ReadonlyMap<string, TreeEntry>;
}

export function snapshotOf(state: StateName, entries: readonly TreeEntry[]): Snapshot {
  return { state, entries: new Map(entries.map((e) => [e.path, e])) };
}

/**
 * The merged result: the base tip with the head's changes since the fork point applied on top, which is
 * what git produces when the head's files do not conflict as text. Changed paths take the head's entry
 * (the head listing carries the size the diff does not).
 */
export function mergedSnapshot(base: Snapshot, head: Snapshot, changes: readonly Change[]): Snapshot {
  const entries = new Map(base.entries);
  for (const change of changes) {
    if (change.status === 'deleted') {
      entries.delete(change.path);
      continue;
    }
    if (change.status === 'renamed' && change.oldPath !== undefined) entries.delete(change.oldPath);
    const entry = head.entries.get(change.path);
    if (entry) entries.set(change.path, entry);
  }
  return { state: 'merged', entries };
}
