/** What the git layer hands to the rest of migraph. Plain data: no process handles leak out. */

/**
 * One file in a commit's tree (`git ls-tree -r -z`). Only blobs (files and symlinks) are listed. No size:
 * asking git for every blob's size (`-l`) costs more than listing the tree itself; the blob reader
 * learns a size as it reads and skips what is too large.
 */
export interface TreeEntry {
  path: string;
  /** Object id of the blob. */
  blob: string;
  /** git mode, e.g. `100644`, `100755`, `120000` (symlink). */
  mode: string;
}

export type ChangeStatus = 'added' | 'modified' | 'deleted' | 'renamed';

/** One change between two commits (`git diff --raw -z -M`). Copies are reported as additions. */
export interface Change {
  status: ChangeStatus;
  /** The path after the change (for deletions: the deleted path). */
  path: string;
  /** The path before the change (renames only). */
  oldPath?: string;
  /** Blob before the change; undefined for additions. */
  oldBlob?: string;
  /** Blob after the change; undefined for deletions. */
  newBlob?: string;
  /** Rename similarity, 0-100, for renames. */
  similarity?: number;
}

/** The commits one analysis compares, all resolved to full object ids. */
export interface ResolvedRefs {
  base: string;
  head: string;
  /** The merge base of base and head: where the head forked. */
  forkPoint: string;
  /** How each was named by the user, for messages. */
  baseName: string;
  headName: string;
  /** Things the user should know (history fetched, fell back to ...). */
  notes: string[];
}
