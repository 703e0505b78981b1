import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobReader } from '../../src/git/blobs.js';
import { GitRepo } from '../../src/git/repo.js';
import { cleanupRepos, makeRepo, makeTempDir, type FixtureRepo } from '../helpers/git-fixture.js';

afterAll(cleanupRepos);

const COUNT = 5000;
const content = (i: number): string => `# migration ${i}\n${'x'.repeat(i % 300)}\n`;

describe('BlobReader', () => {
  let fixture: FixtureRepo;
  let repo: GitRepo;
  const special: Record<string, Buffer> = {
    'nul.bin': Buffer.from([0, 0, 10, 0, 255, 10, 13, 10, 0]),
    'crlf.txt': Buffer.from('line one\r\nline two\r\n\r\n'),
    'empty.txt': Buffer.alloc(0),
    'just-newline.txt': Buffer.from('\n'),
    // Larger than any pipe chunk, so one body arrives in many pieces; random bytes hold LFs and NULs.
    'big.bin': randomBytes(3 * 1024 * 1024 + 17),
  };

  beforeAll(async () => {
    fixture = await makeRepo();
    await fixture.commitMany(1, () => {
      const files: Record<string, string | Buffer> = { ...special };
      for (let i = 0; i < COUNT; i++) files[`migrations/${String(i).padStart(4, '0')}_m.py`] = content(i);
      return files;
    });
    repo = await GitRepo.open(fixture.dir);
  });

  it(`reads ${COUNT} blobs in one call through one process, and reuses it`, async () => {
    const entries = (await repo.listTree('HEAD')).filter((e) => e.path.startsWith('migrations/'));
    expect(entries).toHaveLength(COUNT);
    const before = BlobReader.spawnCount;
    const reader = repo.openBlobReader();
    try {
      const blobs = await reader.read(entries.map((e) => e.blob));
      expect(blobs.size).toBe(COUNT);
      for (const entry of entries) {
        const i = Number(entry.path.slice('migrations/'.length, 'migrations/'.length + 4));
        expect(blobs.get(entry.blob)?.toString('utf8')).toBe(content(i));
      }
      const pid = reader.pid;
      const again = await reader.read(entries.slice(0, 10).map((e) => e.blob));
      expect(again.size).toBe(10);
      expect(reader.pid).toBe(pid);
      expect(BlobReader.spawnCount - before).toBe(1);
    } finally {
      await reader.close();
    }
  });

  it('returns binary content byte for byte: NULs, CRLF, empty and large blobs', async () => {
    const entries = await repo.listTree('HEAD');
    const ids = Object.keys(special).map((file) => entries.find((e) => e.path === file)?.blob ?? '');
    const reader = repo.openBlobReader();
    try {
      const blobs = await reader.read(ids);
      Object.values(special).forEach((bytes, i) => {
        expect(blobs.get(ids[i] ?? '')?.equals(bytes), Object.keys(special)[i]).toBe(true);
      });
    } finally {
      await reader.close();
    }
  });

  it('leaves missing and ambiguous ids out and keeps the others in order', async () => {
    const [first, second] = (await repo.listTree('HEAD')).filter((e) => e.path.startsWith('migrations/'));
    const reader = repo.openBlobReader();
    try {
      const missing = 'deadbeef'.repeat(5);
      const blobs = await reader.read([missing, first?.blob ?? '', 'no such thing with spaces', second?.blob ?? '', missing]);
      expect([...blobs.keys()]).toEqual([first?.blob, second?.blob]);
      expect(blobs.get(first?.blob ?? '')?.toString()).toBe(content(0));
      // A short id is answered under the id as given.
      const short = (first?.blob ?? '').slice(0, 12);
      expect((await reader.read([short])).get(short)?.toString()).toBe(content(0));
    } finally {
      await reader.close();
    }
  });

  it('serves overlapping calls one after the other', async () => {
    const entries = (await repo.listTree('HEAD')).filter((e) => e.path.startsWith('migrations/'));
    const reader = repo.openBlobReader();
    try {
      const slices = [entries.slice(0, 700), entries.slice(700, 701), entries.slice(701, 2000), []];
      const results = await Promise.all(slices.map((slice) => reader.read(slice.map((e) => e.blob))));
      results.forEach((blobs, k) => {
        const slice = slices[k] ?? [];
        expect(blobs.size).toBe(slice.length);
        for (const entry of slice) expect(blobs.get(entry.blob)?.toString('utf8')).toBe(content(Number(entry.path.slice('migrations/'.length, 'migrations/'.length + 4))));
      });
    } finally {
      await reader.close();
    }
  });

  it('answers a blob over maxBytes with its size, skips its bytes, and reads on correctly', async () => {
    const entries = await repo.listTree('HEAD');
    const idOf = (file: string) => entries.find((e) => e.path === file)!.blob;
    const big = idOf('big.bin');
    const small = idOf('crlf.txt');
    const reader = repo.openBlobReader();
    try {
      const limit = special['big.bin']!.length - 1;
      // The big blob in the middle of a batch, and last in one (its bytes still arriving as the batch ends).
      const [middle, last, next] = await Promise.all([
        reader.read([small, big, idOf('nul.bin')], { maxBytes: limit }),
        reader.read([small, big], { maxBytes: limit }),
        reader.read([idOf('empty.txt'), big, small]),
      ]);
      expect(middle.get(big)).toEqual({ oversized: special['big.bin']!.length });
      expect(middle.get(small)).toEqual(special['crlf.txt']);
      expect(middle.get(idOf('nul.bin'))).toEqual(special['nul.bin']);
      expect(last.get(big)).toEqual({ oversized: special['big.bin']!.length });
      // Without a limit the same blob is read whole.
      expect(next.get(big)).toEqual(special['big.bin']);
      expect(next.get(small)).toEqual(special['crlf.txt']);
      expect(next.get(idOf('empty.txt'))).toEqual(Buffer.alloc(0));
      // A blob exactly at the limit is read.
      const exact = await reader.read([small], { maxBytes: special['crlf.txt']!.length });
      expect(exact.get(small)).toEqual(special['crlf.txt']);
    } finally {
      await reader.close();
    }
  });

  it('rejects reads after close, and ids that would break the protocol', async () => {
    const reader = repo.openBlobReader();
    await expect(reader.read(['a\nb'])).rejects.toThrow(/Invalid object id/);
    await reader.read(['HEAD']);
    await reader.close();
    await reader.close();
    await expect(reader.read(['HEAD'])).rejects.toThrow(/closed/);
  });

  it('rejects pending reads with the command when git dies', async () => {
    const reader = repo.openBlobReader();
    await reader.read(['HEAD']);
    const pid = reader.pid;
    expect(pid).toBeDefined();
    process.kill(pid ?? 0, 'SIGKILL');
    await expect(reader.read(['HEAD'])).rejects.toThrow(/git cat-file --batch/);
    await expect(reader.read(['HEAD'])).rejects.toThrow(/git cat-file --batch/);
    await reader.close();
  });

  it("names git's complaint when it cannot start in the folder", async () => {
    const reader = new BlobReader(await makeTempDir());
    await expect(reader.read(['HEAD'])).rejects.toThrow(/git cat-file --batch(-command --buffer)? exited with code 128 unexpectedly: fatal: not a git repository/);
    await reader.close();
  });
});
