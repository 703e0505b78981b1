import { describe, expect, it } from 'vitest';
import { parseLsTree, parseRawDiff } from '../../src/git/parse.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const Z = '0'.repeat(40);

describe('parseLsTree', () => {
  it('splits on the first TAB only and skips submodules', () => {
    const out = [
      `100644 blob ${A}\tplain.py`,
      `100644 blob ${B}\tname\twith\ttabs and\nnewline`,
      `160000 commit ${A}\tvendor/sub`,
      `120000 blob ${B}\tlink`,
      '',
    ].join('\0');
    expect(parseLsTree(out)).toEqual([
      { path: 'plain.py', blob: A, mode: '100644' },
      { path: 'name\twith\ttabs and\nnewline', blob: B, mode: '100644' },
      { path: 'link', blob: B, mode: '120000' },
    ]);
    expect(parseLsTree('')).toEqual([]);
  });

  it('refuses a record it does not understand (the long format, say) rather than guess', () => {
    expect(() => parseLsTree(`100644 blob ${A}      12\tplain.py\0`)).toThrow(/Unexpected ls-tree record/);
    expect(() => parseLsTree('no tab here\0')).toThrow(/Unexpected ls-tree record/);
  });
});

describe('parseRawDiff', () => {
  it('reads every status, with one path or two', () => {
    const out = [
      `:000000 100644 ${Z} ${A} A`, 'new.py',
      `:100644 100644 ${A} ${B} M`, 'edited.py',
      `:100644 000000 ${A} ${Z} D`, 'gone.py',
      `:100644 100644 ${A} ${B} R087`, 'from dir/old.py', 'to:dir/new,py',
      `:100644 100644 ${A} ${A} C100`, 'source.py', 'copy.py',
      `:100644 120000 ${A} ${B} T`, 'now-a-link',
      `:160000 160000 ${A} ${B} M`, 'vendor/sub',
      `:100644 160000 ${A} ${B} T`, 'file-became-submodule',
      '',
    ].join('\0');
    expect(parseRawDiff(out)).toEqual([
      { status: 'added', path: 'new.py', newBlob: A },
      { status: 'modified', path: 'edited.py', oldBlob: A, newBlob: B },
      { status: 'deleted', path: 'gone.py', oldBlob: A },
      { status: 'renamed', path: 'to:dir/new,py', oldPath: 'from dir/old.py', oldBlob: A, newBlob: B, similarity: 87 },
      { status: 'added', path: 'copy.py', newBlob: A },
      { status: 'modified', path: 'now-a-link', oldBlob: A, newBlob: B },
      { status: 'deleted', path: 'file-became-submodule', oldBlob: A },
    ]);
  });

  it('refuses output it does not understand rather than dropping changes', () => {
    expect(() => parseRawDiff(`:100644 100644 ${A} ${B} U\0x\0`)).toThrow(/Unexpected status/);
    expect(() => parseRawDiff(`:100644 100644 ${A} ${B} R100\0only-one\0`)).toThrow(/Truncated/);
    expect(() => parseRawDiff('garbage\0')).toThrow(/Unexpected/);
  });
});
