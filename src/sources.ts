import type { TreeEntry } from './git/types.js';

/** Files larger than this are not migrations anyone wrote by hand; they are reported, not read. */
export const MAX_SOURCE_BYTES = 1024 * 1024;

export type Decoded = { text: string } | { error: string };

/**
 * Reads raw blobs by id, answering a blob over `maxBytes` with its size; the git layer provides one
 * backed by a single `git cat-file --batch` process.
 */
export type BlobSource = (ids: readonly string[], maxBytes: number) => Promise<Map<string, Buffer | { oversized: number }>>;

/**
 * Every file content the analysis reads, keyed by blob id, so a file that is the same in the base, the
 * head and the merged result is read and decoded once. Adapters ask for what they need in batches.
 */
export class Sources {
  private readonly decoded = new Map<string, Decoded>();
  bytesRead = 0;
  blobsRead = 0;

  constructor(
    private readonly readBlobs: BlobSource,
    private readonly decode: (bytes: Uint8Array) => Decoded,
  ) {}

  /**
   * Loads the entries and calls `each` for every one as soon as its chunk has arrived, so the caller's
   * CPU work (parsing) overlaps git's I/O instead of waiting for the whole batch.
   */
  async loadEach(entries: readonly TreeEntry[], each: (entry: TreeEntry, decoded: Decoded) => void, chunkSize = 500): Promise<void> {
    // Small chunks first, so the caller starts on the first files while git is still on its way
    // (git takes ~0.1 s to produce the first thousand); then full-sized ones, which cost less each.
    const chunks: TreeEntry[][] = [];
    for (let i = 0, size = Math.min(64, chunkSize); i < entries.length; i += size, size = Math.min(size * 2, chunkSize)) {
      chunks.push(entries.slice(i, i + size));
    }
    // All requests go out at once; git answers them in order while earlier chunks are being processed.
    const pending = chunks.map((chunk) => this.load(chunk));
    for (let i = 0; i < chunks.length; i++) {
      await pending[i];
      for (const entry of chunks[i]!) each(entry, this.get(entry));
      // A chunk that has already arrived resumes without an event-loop turn, and only a turn writes
      // more of the queued requests into git's stdin (a pipe holds ~1,300): without one, git idles
      // while we parse.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  async load(entries: Iterable<TreeEntry>): Promise<void> {
    const wanted = new Set<string>();
    for (const e of entries) {
      if (this.decoded.has(e.blob)) continue;
      if (e.mode === '120000') {
        this.decoded.set(e.blob, { error: 'is a symbolic link; Django imports the file it points to, migraph does not follow links' });
      } else {
        wanted.add(e.blob);
      }
    }
    if (wanted.size === 0) return;
    const blobs = await this.readBlobs([...wanted], MAX_SOURCE_BYTES);
    for (const id of wanted) {
      const bytes = blobs.get(id);
      if (!bytes) {
        this.decoded.set(id, { error: 'could not be read from git (object missing)' });
        continue;
      }
      if (!(bytes instanceof Uint8Array)) {
        this.decoded.set(id, { error: `is ${bytes.oversized} bytes; migraph reads files up to ${MAX_SOURCE_BYTES} bytes` });
        continue;
      }
      this.bytesRead += bytes.length;
      this.blobsRead += 1;
      this.decoded.set(id, this.decode(bytes));
    }
  }

  /**
   * Lets go of a blob's text once the caller has what it needs from it (a parse), so thousands of files
   * are not kept alive for the whole run. A later `load` reads it again; errors are kept.
   */
  forget(blob: string): void {
    const d = this.decoded.get(blob);
    if (d && 'text' in d) this.decoded.delete(blob);
  }

  /** The decoded text of an entry that was loaded before. */
  get(entry: TreeEntry): Decoded {
    return this.decoded.get(entry.blob) ?? { error: 'was not loaded (internal error)' };
  }

  getById(blob: string): Decoded | undefined {
    return this.decoded.get(blob);
  }
}
