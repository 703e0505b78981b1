/**
 * Reads many blobs through one long-lived `git cat-file --batch`. Spawning git once per file costs
 * milliseconds each; a repository with tens of thousands of migrations would take minutes.
 *
 * This uses `node:child_process` directly: simple-git runs a command to completion with its input
 * fixed up front, while this protocol needs a process that stays open and answers requests written
 * to its stdin over the reader's lifetime.
 */

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatCommand, gitEnv } from './exec.js';

/**
 * git's answers go to a spool file, not a pipe. Through a pipe, git stops whenever the 64 KiB pipe buffer
 * is full until we read, and we do not read while we parse what arrived: git and the parser take turns.
 * Writing to a file never blocks, so git streams at full speed while we parse, and we read what it has
 * written so far whenever we come back for more. Still one process for the reader's lifetime.
 */
const SPOOL_READ_BYTES = 4 * 1024 * 1024;

/**
 * Plain `--batch` flushes after every object, so 20,000 small blobs arrive as 20,000 pipe writes and as
 * many 'data' events, which costs more than git's own work. `--batch-command --buffer` (git 2.36+) holds
 * the answers until we send `flush`, so they arrive in full pipe-sized chunks; older git gets `--batch`.
 */
const BUFFERED_ARGS = ['cat-file', '--batch-command', '--buffer'] as const;
const PLAIN_ARGS = ['cat-file', '--batch'] as const;

/** Whether the git that printed `version` (`git version 2.43.0`) has `cat-file --batch-command --buffer`. */
export function supportsBufferedBatch(version: string): boolean {
  const [major = 0, minor = 0] = (/(\d+)\.(\d+)/.exec(version) ?? []).slice(1).map(Number);
  return major > 2 || (major === 2 && minor >= 36);
}

let bufferedSupport: boolean | undefined;
function supportsBufferedCommands(cwd: string): boolean {
  if (bufferedSupport === undefined) {
    try {
      bufferedSupport = supportsBufferedBatch(
        execFileSync('git', ['version'], { cwd, env: gitEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
      );
    } catch {
      bufferedSupport = false;
    }
  }
  return bufferedSupport;
}
const LF = 0x0a;
/** How much of git's stderr is kept for error messages. */
const STDERR_LIMIT = 16 * 1024;

/**
 * A blob larger than the `maxBytes` a read was given: its size. Its bytes are skipped as they arrive,
 * never held in memory (git still writes them to the spool file, which is removed on close).
 */
export interface OversizedBlob {
  oversized: number;
}

/** What a read returns for each id git has: the bytes, or the size of a blob over the read's limit. */
export type BlobContent = Buffer | OversizedBlob;

export interface ReadOptions {
  /** Blobs larger than this are answered with their size instead of their bytes. Default: no limit. */
  maxBytes?: number;
}

/** One `read()` call: its ids in the order written, and where its answers go. */
interface Batch {
  ids: string[];
  next: number;
  maxBytes: number;
  found: Map<string, BlobContent>;
  resolve: (found: Map<string, BlobContent>) => void;
  reject: (err: Error) => void;
}

/** The object body being received: filled in place, so a large blob split over many chunks is copied once. */
interface Body {
  id: string;
  data: Buffer;
  filled: number;
}

export class BlobReader {
  /** How many `git cat-file` processes all readers have started; lets tests prove one process serves many reads. */
  static spawnCount = 0;

  private child: ChildProcess | undefined;
  private spool: { dir: string; readFd: number; offset: number } | undefined;
  private pumping = false;
  private readBuffer: Buffer | undefined;
  private exited = false;
  /** Batches in the order their requests were written; git answers strictly in order. */
  private readonly batches: Batch[] = [];
  private header: Buffer[] = [];
  private body: Body | undefined;
  /** The number of bytes still to skip after a body: the LF git writes after each object. */
  private skip = 0;
  private stderr = '';
  private failure: Error | undefined;
  private closing: Promise<void> | undefined;
  private buffered = false;
  private args: readonly string[] = PLAIN_ARGS;

  /**
   * @param cwd any directory inside the repository.
   * @param bufferedBatch whether git has `--batch-command --buffer`, when the caller knows; else git is asked.
   */
  constructor(
    private readonly cwd: string,
    private readonly bufferedBatch?: boolean,
  ) {}

  /**
   * Starts git now rather than at the first read, so its start (and loading the pack index) overlaps
   * whatever the caller does before it knows which blobs it wants.
   */
  warm(): void {
    if (!this.failure && !this.closing) this.start();
  }

  /** The process id of the running `git cat-file`, if one has been started (for diagnostics and tests). */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  /**
   * Reads the objects named by `ids` and returns their raw bytes keyed by the id as given. Ids git
   * does not have (or finds ambiguous) are absent from the result. Calls may overlap: each writes its
   * whole request at once and git answers in order, so calls are served one after the other.
   */
  read(ids: readonly string[]): Promise<Map<string, Buffer>>;
  /** The same, with objects over `options.maxBytes` answered by their size (`OversizedBlob`). */
  read(ids: readonly string[], options: ReadOptions): Promise<Map<string, BlobContent>>;
  read(ids: readonly string[], options?: ReadOptions): Promise<Map<string, BlobContent>> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closing) return Promise.reject(new Error(`${formatCommand(this.args)}: the blob reader is closed`));
    for (const id of ids) {
      // One id per line is the whole protocol; a line break inside an id would desynchronise every answer after it.
      if (id.length === 0 || /[\0\r\n]/.test(id)) {
        return Promise.reject(new Error(`Invalid object id for ${formatCommand(this.args)}: ${JSON.stringify(id)}`));
      }
    }
    if (ids.length === 0) return Promise.resolve(new Map());

    const child = this.start();
    const done = new Promise<Map<string, BlobContent>>((resolve, reject) => {
      this.batches.push({ ids: [...ids], next: 0, maxBytes: options?.maxBytes ?? Infinity, found: new Map(), resolve, reject });
      child.stdin!.write(this.buffered ? `contents ${ids.join('\ncontents ')}\nflush\n` : `${ids.join('\n')}\n`);
    });
    void this.pump();
    return done;
  }

  /** Lets git finish what was asked, then waits for it to exit. Safe to call more than once. */
  close(): Promise<void> {
    this.closing ??= new Promise<void>((resolve) => {
      const child = this.child;
      const cleanUp = () => {
        this.removeSpool();
        resolve();
      };
      if (!child || child.exitCode !== null || child.signalCode !== null) return cleanUp();
      child.once('close', cleanUp);
      child.stdin!.end();
    });
    return this.closing;
  }

  private removeSpool(): void {
    if (!this.spool) return;
    try {
      closeSync(this.spool.readFd);
    } catch {
      // already closed
    }
    rmSync(this.spool.dir, { recursive: true, force: true });
    this.spool = undefined;
  }

  /** Reads what git has written to the spool while requests are pending; one pump at a time. */
  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      // One buffer for every read: consume() copies out what it keeps.
      const chunk = (this.readBuffer ??= Buffer.allocUnsafe(SPOOL_READ_BYTES));
      while (this.batches.length > 0 && !this.failure && this.spool) {
        const n = readSync(this.spool.readFd, chunk, 0, chunk.length, this.spool.offset);
        if (n > 0) {
          this.spool.offset += n;
          this.onData(chunk.subarray(0, n));
          continue;
        }
        if (this.exited) {
          this.failExited();
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    } catch (err) {
      this.fail(new Error(`${formatCommand(this.args)}: could not read its output: ${err instanceof Error ? err.message : String(err)}`, { cause: err }));
    } finally {
      this.pumping = false;
    }
  }

  private exitCode: number | null = null;
  private exitSignal: NodeJS.Signals | null = null;

  private failExited(): void {
    const how = this.exitSignal ? `was killed by ${this.exitSignal}` : `exited with code ${this.exitCode}`;
    const said = this.stderr.trim();
    this.fail(new Error(`${formatCommand(this.args)} ${how} unexpectedly${said ? `: ${said}` : ''}`));
  }

  private start(): ChildProcess {
    if (this.child) return this.child;
    BlobReader.spawnCount++;
    this.buffered = this.bufferedBatch ?? supportsBufferedCommands(this.cwd);
    this.args = this.buffered ? BUFFERED_ARGS : PLAIN_ARGS;
    const dir = mkdtempSync(join(tmpdir(), 'migraph-blobs-'));
    const path = join(dir, 'cat-file.out');
    const writeFd = openSync(path, 'w', 0o600);
    const readFd = openSync(path, 'r');
    this.spool = { dir, readFd, offset: 0 };
    let child: ChildProcess;
    try {
      child = spawn('git', [...this.args], {
        cwd: this.cwd,
        env: gitEnv(),
        stdio: ['pipe', writeFd, 'pipe'],
        windowsHide: true,
      });
    } finally {
      // The child has its own copy of the descriptor.
      closeSync(writeFd);
    }
    this.child = child;
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (text: string) => {
      this.stderr = (this.stderr + text).slice(-STDERR_LIMIT);
    });
    // Writing to a process that has died raises EPIPE here; the exit is reported with git's stderr.
    child.stdin!.on('error', () => undefined);
    child.on('error', (err) => this.fail(new Error(`${formatCommand(this.args)} could not run: ${err.message}`, { cause: err })));
    child.on('close', (code, signal) => {
      this.exited = true;
      this.exitCode = code;
      this.exitSignal = signal;
      if (this.closing && this.batches.length === 0) return;
      // Answers written before the exit are still in the spool: the pump drains them, then reports the exit.
      if (this.batches.length > 0) void this.pump();
    });
    return child;
  }

  private fail(err: Error): void {
    this.failure ??= err;
    for (const batch of this.batches.splice(0)) batch.reject(this.failure);
    if (this.child && this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
  }

  private onData(chunk: Buffer): void {
    try {
      this.consume(chunk);
    } catch (err) {
      // An exception here would escape as an uncaught 'data' handler error; fail the reads instead.
      this.fail(new Error(`${formatCommand(this.args)}: could not read its output: ${err instanceof Error ? err.message : String(err)}`, { cause: err }));
    }
  }

  private consume(chunk: Buffer): void {
    let pos = 0;
    while (pos < chunk.length) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, chunk.length - pos);
        this.skip -= n;
        pos += n;
        continue;
      }
      const body = this.body;
      if (body) {
        const n = Math.min(body.data.length - body.filled, chunk.length - pos);
        chunk.copy(body.data, body.filled, pos, pos + n);
        body.filled += n;
        pos += n;
        if (body.filled === body.data.length) {
          this.body = undefined;
          this.skip = 1;
          this.answer(body.id, body.data);
        }
        continue;
      }
      const lf = chunk.indexOf(LF, pos);
      if (lf < 0) {
        // A header cut by the end of the chunk: copy it, the chunk's memory is reused for the next read.
        this.header.push(Buffer.from(chunk.subarray(pos)));
        return;
      }
      this.header.push(chunk.subarray(pos, lf));
      pos = lf + 1;
      const line = Buffer.concat(this.header).toString('utf8');
      this.header = [];
      this.onHeader(line);
      if (this.failure) return;
    }
  }

  /** `<oid> <type> <size>` starts an object; `<name> missing` / `<name> ambiguous` stands for none. */
  private onHeader(line: string): void {
    const batch = this.batches[0];
    const id = batch?.ids[batch.next];
    if (batch === undefined || id === undefined) {
      this.fail(new Error(`${formatCommand(this.args)} answered a request that was never made: ${JSON.stringify(line.slice(0, 200))}`));
      return;
    }
    if (line.endsWith(' missing') || line.endsWith(' ambiguous')) {
      this.answer(id, undefined);
      return;
    }
    const match = /^[0-9a-f]+ [a-z]+ (\d+)$/.exec(line);
    if (!match) {
      this.fail(new Error(`${formatCommand(this.args)} gave an unexpected header for ${id}: ${JSON.stringify(line.slice(0, 200))}`));
      return;
    }
    const size = Number(match[1]);
    if (size === 0) {
      this.skip = 1;
      this.answer(id, Buffer.alloc(0));
      return;
    }
    if (size > batch.maxBytes) {
      // Its bytes and the LF after them go by unread.
      this.skip = size + 1;
      this.answer(id, { oversized: size });
      return;
    }
    // Without a limit, a blob too big for one Buffer throws here, and fails the reads.
    this.body = { id, data: Buffer.allocUnsafe(size), filled: 0 };
  }

  private answer(id: string, data: BlobContent | undefined): void {
    const batch = this.batches[0];
    if (!batch) return;
    if (data) batch.found.set(id, data);
    batch.next++;
    if (batch.next === batch.ids.length) {
      this.batches.shift();
      batch.resolve(batch.found);
    }
  }
}
