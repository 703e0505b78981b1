/**
 * Parsers for git's NUL-separated (`-z`) output. With `-z` git writes paths as raw bytes, never
 * C-quoted, so a path may hold anything but NUL: spaces, tabs, newlines, `:`, a leading `-`.
 * Splitting on NUL and then on the first TAB (ls-tree) or by position (diff) is therefore exact.
 */

import type { Change, TreeEntry } from './types.js';

const SUBMODULE_MODE = '160000';

function isNullId(id: string): boolean {
  return /^0+$/.test(id);
}

/** Parses `git ls-tree -r -z` output. Keeps blobs only: submodules (`commit`) are not files of this repository. */
export function parseLsTree(output: string): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const record of output.split('\0')) {
    if (record === '') continue;
    // The path may itself contain TABs, so only the first one separates it from the metadata.
    const tab = record.indexOf('\t');
    if (tab < 0) throw new Error(`Unexpected ls-tree record: ${JSON.stringify(record.slice(0, 200))}`);
    // "<mode> SP <type> SP <object id> TAB <path>"
    const meta = record.slice(0, tab).split(' ');
    const [mode, type, blob] = meta;
    if (meta.length !== 3 || !mode || !type || !blob) throw new Error(`Unexpected ls-tree record: ${JSON.stringify(record.slice(0, 200))}`);
    if (type !== 'blob') continue;
    entries.push({ path: record.slice(tab + 1), blob, mode });
  }
  return entries;
}

/**
 * Parses `git diff --raw -z` output: `:<old mode> <new mode> <old id> <new id> <status>[score]` NUL
 * `<path>` NUL, and for renames and copies a second path (the destination) after the first.
 */
export function parseRawDiff(output: string): Change[] {
  const fields = output.split('\0');
  // Every record ends in NUL, so the last field is empty; dropping it lets a truncated record be noticed.
  if (fields.at(-1) === '') fields.pop();
  const changes: Change[] = [];
  let i = 0;
  const next = (): string => {
    const value = fields[i++];
    if (value === undefined) throw new Error('Truncated git diff --raw output');
    return value;
  };
  while (i < fields.length) {
    const meta = next();
    if (!meta.startsWith(':')) throw new Error(`Unexpected git diff --raw record: ${JSON.stringify(meta.slice(0, 200))}`);
    const [oldMode, newMode, oldId, newId, statusField] = meta.slice(1).split(' ');
    if (oldMode === undefined || newMode === undefined || oldId === undefined || newId === undefined || statusField === undefined) {
      throw new Error(`Unexpected git diff --raw record: ${JSON.stringify(meta)}`);
    }
    const letter = statusField[0];
    const score = statusField.length > 1 ? Number(statusField.slice(1)) : undefined;
    const first = next();
    const second = letter === 'R' || letter === 'C' ? next() : undefined;
    const oldBlob = isNullId(oldId) || oldMode === SUBMODULE_MODE ? undefined : oldId;
    const newBlob = isNullId(newId) || newMode === SUBMODULE_MODE ? undefined : newId;

    switch (letter) {
      case 'A':
        if (newBlob) changes.push({ status: 'added', path: first, newBlob });
        break;
      case 'D':
        if (oldBlob) changes.push({ status: 'deleted', path: first, oldBlob });
        break;
      case 'M':
      case 'T':
        // A type change to or from a submodule is, for the files of this repository, a deletion or an addition.
        if (oldBlob && newBlob) changes.push({ status: 'modified', path: first, oldBlob, newBlob });
        else if (oldBlob) changes.push({ status: 'deleted', path: first, oldBlob });
        else if (newBlob) changes.push({ status: 'added', path: first, newBlob });
        break;
      case 'R':
        if (second === undefined || !oldBlob || !newBlob) throw new Error(`Incomplete rename in git diff --raw: ${JSON.stringify(meta)}`);
        changes.push({ status: 'renamed', path: second, oldPath: first, oldBlob, newBlob, similarity: score ?? 100 });
        break;
      case 'C':
        // The source of a copy is untouched, so a copy is just a new file.
        if (second === undefined) throw new Error(`Incomplete copy in git diff --raw: ${JSON.stringify(meta)}`);
        if (newBlob) changes.push({ status: 'added', path: second, newBlob });
        break;
      default:
        // U (unmerged) and X (unknown) cannot occur between two commits; dropping them would hide a change.
        throw new Error(`Unexpected status ${JSON.stringify(statusField)} in git diff --raw for ${JSON.stringify(first)}`);
    }
  }
  return changes;
}

/**
 * The committer time of a raw commit object (`git cat-file commit`), as `%ct` gives it: the timestamp on
 * the `committer` header line. Undefined when the object has none (not a commit).
 */
export function committerTime(commit: string): Date | undefined {
  const end = commit.indexOf('\n\n');
  for (const line of (end < 0 ? commit : commit.slice(0, end)).split('\n')) {
    const m = /^committer .*> (-?\d+) [+-]\d{4}$/.exec(line);
    if (m) return new Date(Number(m[1]) * 1000);
  }
  return undefined;
}
