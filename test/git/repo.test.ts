import { existsSync } from 'node:fs';
import { chmod, symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { committerTime } from '../../src/git/parse.js';
import { GitRepo } from '../../src/git/repo.js';
import { UsageError } from '../../src/model.js';
import { cleanupRepos, makeRepo, makeTempDir, runGit, type FixtureRepo } from '../helpers/git-fixture.js';

afterAll(cleanupRepos);

describe('GitRepo.open', () => {
  it('finds the top level from a subfolder', async () => {
    const fixture = await makeRepo();
    await fixture.write({ 'a/b/c.txt': 'x' });
    await fixture.commit('init');
    const repo = await GitRepo.open(path.join(fixture.dir, 'a', 'b'));
    expect(await GitRepo.open(fixture.dir).then((r) => r.dir)).toBe(repo.dir);
    expect(existsSync(path.join(repo.dir, '.git'))).toBe(true);
  });

  it('rejects a folder outside any work tree with a UsageError', async () => {
    const dir = await makeTempDir();
    await expect(GitRepo.open(dir)).rejects.toThrow(UsageError);
    await expect(GitRepo.open(dir)).rejects.toThrow(/not inside a git work tree/);
  });

  it('rejects a folder that does not exist with a UsageError', async () => {
    const dir = path.join(await makeTempDir(), 'nope');
    await expect(GitRepo.open(dir)).rejects.toThrow(UsageError);
  });
});

describe('resolveCommit', () => {
  let fixture: FixtureRepo;
  let repo: GitRepo;
  let first: string;
  let second: string;
  let feature: string;

  beforeAll(async () => {
    fixture = await makeRepo();
    await fixture.write({ 'a.txt': '1' });
    first = await fixture.commit('first');
    await fixture.tag('v1', 'annotated');
    await fixture.write({ 'a.txt': '2' });
    second = await fixture.commit('second');
    await fixture.tag('light');
    await fixture.branch('feature');
    await fixture.write({ 'b.txt': 'b' });
    feature = await fixture.commit('feature');
    await fixture.checkout('main');
    repo = await GitRepo.open(fixture.dir);
  });

  it('resolves branches, tags (peeling annotated ones), short SHAs and expressions', async () => {
    expect(await repo.resolveCommit('main')).toBe(second);
    expect(await repo.resolveCommit('feature')).toBe(feature);
    expect(await repo.resolveCommit('refs/heads/feature')).toBe(feature);
    expect(await repo.resolveCommit('v1')).toBe(first);
    expect(await repo.resolveCommit('light')).toBe(second);
    expect(await repo.resolveCommit(first.slice(0, 8))).toBe(first);
    expect(await repo.resolveCommit(first)).toBe(first);
    expect(await repo.resolveCommit('feature~1')).toBe(second);
    expect(await repo.resolveCommit('HEAD')).toBe(second);
  });

  it('names an unknown ref and says how to fetch it', async () => {
    const err = await repo.resolveCommit('no-such-branch').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(/"no-such-branch"/);
    expect((err as Error).message).toMatch(/git fetch origin no-such-branch/);
    expect((err as Error).message).toMatch(/fetch-depth: 0/);
    await expect(repo.resolveCommit('0'.repeat(40))).rejects.toThrow(UsageError);
  });

  it('rejects hostile refs before git sees them', async () => {
    const marker = path.join(await makeTempDir(), 'pwned');
    const hostile = [`--upload-pack=touch ${marker}`, '-h', '--output=' + marker, 'main\nfeature', 'main\0', '', 'ma\rin'];
    for (const ref of hostile) {
      await expect(repo.resolveCommit(ref), JSON.stringify(ref)).rejects.toThrow(UsageError);
      await expect(repo.mergeBase(ref, 'main')).rejects.toThrow(UsageError);
      await expect(repo.mergeBase('main', ref)).rejects.toThrow(UsageError);
      await expect(repo.listTree(ref)).rejects.toThrow(UsageError);
      await expect(repo.diff('main', ref)).rejects.toThrow(UsageError);
      await expect(repo.ensureForkPoint(ref, 'main')).rejects.toThrow(UsageError);
      await expect(repo.ensureForkPoint('main', 'main', { remote: ref })).rejects.toThrow(UsageError);
      await expect(repo.defaultBranchRef(ref)).rejects.toThrow(UsageError);
    }
    expect(existsSync(marker)).toBe(false);
  });

  it('reads the committer date from the commit object, as %ct gives it', async () => {
    const reader = repo.openBlobReader();
    try {
      for (const ref of [first, 'main']) {
        const sha = await repo.resolveCommit(ref);
        const ct = Number((await runGit(repo.dir, ['log', '-1', '--format=%ct', sha])).trim());
        const object = (await reader.read([sha])).get(sha)!.toString('utf8');
        expect(committerTime(object)?.getTime()).toBe(ct * 1000);
      }
      expect(committerTime((await reader.read([first])).get(first)!.toString('utf8'))?.toISOString()).toBe('2023-11-14T22:13:20.000Z');
    } finally {
      await reader.close();
    }
    // A message line that looks like a header does not count; only the header block is read.
    expect(committerTime('tree 1\ncommitter A <a@b> 5 +0000\n\ncommitter X <x@y> 9 +0000\n')?.getTime()).toBe(5000);
    expect(committerTime('not a commit')).toBeUndefined();
  });

  it('knows a complete clone is not shallow', async () => {
    expect(await repo.isShallow()).toBe(false);
  });
});

describe('mergeBase', () => {
  it('finds the fork point, and nothing for unrelated histories', async () => {
    const fixture = await makeRepo();
    await fixture.write({ 'a.txt': '1' });
    const fork = await fixture.commit('fork');
    await fixture.write({ 'a.txt': '2' });
    const main = await fixture.commit('main moves on');
    await fixture.branch('feature', fork);
    await fixture.write({ 'b.txt': 'b' });
    const feature = await fixture.commit('feature');
    await fixture.git(['checkout', '-q', '--orphan', 'other']);
    await fixture.git(['rm', '-r', '-q', '-f', '.']);
    await fixture.write({ 'c.txt': 'c' });
    const other = await fixture.commit('unrelated root');

    const repo = await GitRepo.open(fixture.dir);
    expect(await repo.mergeBase(main, feature)).toBe(fork);
    expect(await repo.mergeBase('main', 'feature')).toBe(fork);
    expect(await repo.mergeBase(fork, main)).toBe(fork);
    expect(await repo.mergeBase(main, other)).toBeUndefined();
    // A real failure is not "no merge base".
    await expect(repo.mergeBase(main, 'does-not-exist')).rejects.toThrow(/git merge-base .*does-not-exist/);

    const err = await repo.ensureForkPoint(main, other).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(/no common ancestor/);
  });
});

describe('defaultBranchRef', () => {
  it('prefers origin/HEAD, then origin/main, origin/master, main, master', async () => {
    const fixture = await makeRepo();
    await fixture.write({ 'a.txt': '1' });
    const sha = await fixture.commit('one');
    const repo = await GitRepo.open(fixture.dir);
    expect(await repo.defaultBranchRef()).toBe('main');
    await fixture.git(['branch', '-m', 'main', 'master']);
    expect(await repo.defaultBranchRef()).toBe('master');
    await fixture.git(['branch', '-m', 'master', 'trunk']);
    expect(await repo.defaultBranchRef()).toBeUndefined();
    await fixture.git(['update-ref', 'refs/remotes/origin/master', sha]);
    expect(await repo.defaultBranchRef()).toBe('origin/master');
    await fixture.git(['update-ref', 'refs/remotes/origin/main', sha]);
    expect(await repo.defaultBranchRef()).toBe('origin/main');
    await fixture.git(['update-ref', 'refs/remotes/origin/develop', sha]);
    await fixture.git(['symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/develop']);
    expect(await repo.defaultBranchRef()).toBe('origin/develop');
    expect(await repo.defaultBranchRef('upstream')).toBeUndefined();
  });
});

describe('listTree', () => {
  it('lists blobs and symlinks with awkward paths, skipping submodules', async () => {
    const fixture = await makeRepo();
    const files: Record<string, string | Buffer> = {
      'with space.py': 'a = 1\n',
      'new\nline.py': 'line\n',
      'tab\there.py': 't',
      'ünïcödé/файл.py': 'π = 3.14159\n',
      '-leading-dash.py': '',
      'colon:comma,semi;.py': 'c',
      '"quoted".py': 'q',
      'back\\slash.py': 'b',
      'dir/sub dir/deep.sql': 'CREATE TABLE t ();\n',
      'binary.bin': Buffer.from([0, 1, 2, 255, 0, 13, 10]),
    };
    await fixture.write(files);
    await chmod(path.join(fixture.dir, 'with space.py'), 0o755);
    await symlink('with space.py', path.join(fixture.dir, 'link'));
    await fixture.commit('awkward');
    // A gitlink, as a submodule leaves in the tree.
    await fixture.git(['update-index', '--add', '--cacheinfo', `160000,${await fixture.head()},vendor/sub`]);
    const sha = await fixture.commit('with submodule');

    const repo = await GitRepo.open(fixture.dir);
    const entries = await repo.listTree(sha);
    const byPath = new Map(entries.map((e) => [e.path, e]));
    expect([...byPath.keys()].sort()).toEqual([...Object.keys(files), 'link'].sort());
    for (const file of Object.keys(files)) {
      const entry = byPath.get(file);
      expect(entry?.mode, file).toMatch(/^100(644|755)$/);
      expect(entry?.blob, file).toBe((await fixture.git(['rev-parse', `${sha}:${file}`])).trim());
    }
    expect(byPath.get('with space.py')?.mode).toBe('100755');
    expect(byPath.get('dir/sub dir/deep.sql')?.mode).toBe('100644');
    expect(byPath.get('link')).toMatchObject({ mode: '120000' });
    expect(byPath.has('vendor/sub')).toBe(false);
  });

  it('lists the whole tree even when opened from a subfolder', async () => {
    const fixture = await makeRepo();
    await fixture.write({ 'top.txt': 't', 'sub/inner.txt': 'i' });
    const sha = await fixture.commit('x');
    const repo = await GitRepo.open(path.join(fixture.dir, 'sub'));
    expect((await repo.listTree(sha)).map((e) => e.path).sort()).toEqual(['sub/inner.txt', 'top.txt']);
  });

  it('returns nothing for an empty tree', async () => {
    const fixture = await makeRepo();
    const sha = await fixture.commit('empty');
    const repo = await GitRepo.open(fixture.dir);
    expect(await repo.listTree(sha)).toEqual([]);
  });
});

describe('diff', () => {
  it('reports additions, modifications, deletions and renames with a small edit', async () => {
    // Distinct bodies, so git pairs the rename with its true source.
    const body = (name: string): string => Array.from({ length: 40 }, (_, i) => `    ${name}_${i} = migrations.AddField("${name}", "f${i}")\n`).join('');
    const fixture = await makeRepo();
    await fixture.write({
      'app/migrations/0001_initial.py': `# one\n${body('one')}`,
      'app/migrations/0002_old.py': `# two\n${body('two')}`,
      'app/migrations/0003 spaced name.py': `# three\n${body('three')}`,
      'unchanged.py': 'same\n',
    });
    const from = await fixture.commit('before');
    await fixture.write({ 'app/migrations/0001_initial.py': `# one, edited\n${body('one')}`, 'app/migrations/0004_new.py': 'new\n' });
    await fixture.remove(['app/migrations/0002_old.py']);
    await fixture.rename('app/migrations/0003 spaced name.py', 'other/migrations/0003_ünï\ncode.py');
    await fixture.write({ 'other/migrations/0003_ünï\ncode.py': `# three (moved)\n${body('three')}` });
    const to = await fixture.commit('after');

    const repo = await GitRepo.open(fixture.dir);
    const blob = async (commit: string, file: string): Promise<string> => (await fixture.git(['rev-parse', `${commit}:${file}`])).trim();
    const changes = await repo.diff(from, to);
    const sorted = [...changes].sort((a, b) => a.path.localeCompare(b.path));
    expect(sorted).toEqual([
      { status: 'modified', path: 'app/migrations/0001_initial.py', oldBlob: await blob(from, 'app/migrations/0001_initial.py'), newBlob: await blob(to, 'app/migrations/0001_initial.py') },
      { status: 'deleted', path: 'app/migrations/0002_old.py', oldBlob: await blob(from, 'app/migrations/0002_old.py') },
      { status: 'added', path: 'app/migrations/0004_new.py', newBlob: await blob(to, 'app/migrations/0004_new.py') },
      {
        status: 'renamed',
        path: 'other/migrations/0003_ünï\ncode.py',
        oldPath: 'app/migrations/0003 spaced name.py',
        oldBlob: await blob(from, 'app/migrations/0003 spaced name.py'),
        newBlob: await blob(to, 'other/migrations/0003_ünï\ncode.py'),
        similarity: expect.any(Number),
      },
    ]);
    const rename = changes.find((c) => c.status === 'renamed');
    expect(rename?.similarity).toBeGreaterThan(90);
    expect(rename?.similarity).toBeLessThan(100);
    expect(changes.every((c) => (c.newBlob ?? c.oldBlob ?? '').length === 40)).toBe(true);
    expect(await repo.diff(to, to)).toEqual([]);
    expect((await repo.diff(to, from)).find((c) => c.status === 'renamed')?.path).toBe('app/migrations/0003 spaced name.py');
  });

  it('reports a pure rename with similarity 100 and ignores submodule changes', async () => {
    const fixture = await makeRepo();
    await fixture.write({ 'a.py': 'content\n'.repeat(10) });
    const from = await fixture.commit('a');
    await fixture.rename('a.py', 'b.py');
    await fixture.git(['update-index', '--add', '--cacheinfo', `160000,${from},vendor/sub`]);
    const to = await fixture.commit('b');
    const repo = await GitRepo.open(fixture.dir);
    const changes = await repo.diff(from, to);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ status: 'renamed', oldPath: 'a.py', path: 'b.py', similarity: 100 });
  });
});
