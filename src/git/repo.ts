/**
 * The git repository migraph reads: resolving the commits to compare, making sure a shallow CI
 * clone holds enough history to find their fork point, and listing trees and changes.
 *
 * Everything runs through simple-git with arguments as arrays (never a shell), captured output, a
 * non-interactive environment, and `--end-of-options` before anything a user may have named.
 */

import path from 'node:path';
import { GitError, simpleGit, type SimpleGit } from 'simple-git';
import { messageOf, UsageError } from '../model.js';
import { BlobReader, supportsBufferedBatch } from './blobs.js';
import { assertSafeRef, GIT_CONFIG, GIT_ENV_OVERRIDES, GitCommandError, gitEnv } from './exec.js';
import { parseLsTree, parseRawDiff } from './parse.js';
import type { Change, TreeEntry } from './types.js';

/** A full object id (SHA-1 or SHA-256): something a remote can be asked for by name. */
const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/**
 * A non-zero exit, carried through simple-git intact. It must extend simple-git's GitError: any
 * other error thrown from its error hook is flattened to a string, losing the exit code we need to
 * tell "no such ref" (1) from a real failure (128).
 */
class ExitError extends GitError {
  constructor(
    readonly exitCode: number,
    readonly stdout: string,
    readonly stderr: string,
  ) {
    super(undefined, stderr.trim() || `exit code ${exitCode}`);
  }
}

function createSimpleGit(baseDir: string): SimpleGit {
  return simpleGit({
    baseDir,
    config: GIT_CONFIG,
    maxConcurrentProcesses: 4,
    // simple-git refuses explicitly set GIT_* variables unless they are named here.
    allowEnvironment: Object.keys(GIT_ENV_OVERRIDES).filter((key) => key.startsWith('GIT_')),
    // By default simple-git only treats a non-zero exit as an error when git also wrote to stderr,
    // so `rev-parse --verify --quiet` of an unknown ref "succeeds" with empty output. Every
    // non-zero exit is an error here; callers say which codes they expect.
    errors(error, result) {
      // Anything but a GitError is a failure to run git at all (say, ENOENT); keep it as it is.
      if (error instanceof Error && !(error instanceof GitError)) return error;
      if (result.exitCode !== 0) {
        return new ExitError(result.exitCode, Buffer.concat(result.stdOut).toString('utf8'), Buffer.concat(result.stdErr).toString('utf8'));
      }
      return error;
    },
  }).env(gitEnv());
}

/** Runs one git command and returns its stdout; exit codes in `expected` are returned rather than thrown. */
async function runGit(git: SimpleGit, args: string[], expected: readonly number[] = []): Promise<{ stdout: string; exitCode: number }> {
  try {
    return { stdout: await git.raw(args), exitCode: 0 };
  } catch (err) {
    if (err instanceof ExitError) {
      if (expected.includes(err.exitCode)) return { stdout: err.stdout, exitCode: err.exitCode };
      throw new GitCommandError(args, err.exitCode, err.stderr, err);
    }
    throw new GitCommandError(args, undefined, messageOf(err), err);
  }
}

function short(sha: string): string {
  return OBJECT_ID.test(sha) ? sha.slice(0, 12) : sha;
}

const HISTORY_ADVICE =
  'Give migraph the full history: with actions/checkout set `fetch-depth: 0`, or run `git fetch --unshallow` before migraph.';

export interface ForkPointOptions {
  /** The remote to fetch missing history from. Default `origin`. */
  remote?: string;
  /** Both commits were just resolved from names in this clone, so they are present: no need to ask again. */
  present?: boolean;
  /** How many times to deepen a shallow clone (32, 64, 128... commits) before giving up. Default 6. */
  maxDeepen?: number;
}

export class GitRepo {
  private constructor(
    /** The top level of the work tree. */
    readonly dir: string,
    private readonly git: SimpleGit,
    /** Whether git has `cat-file --batch-command --buffer` (2.36+), learnt while opening. */
    private readonly bufferedBatch?: boolean,
  ) {}

  /** Opens the repository whose work tree contains `dir`. */
  static async open(dir: string): Promise<GitRepo> {
    const absolute = path.resolve(dir);
    let probe: SimpleGit;
    try {
      probe = createSimpleGit(absolute);
    } catch (err) {
      throw new UsageError(`Cannot open ${JSON.stringify(dir)} as a git repository: ${messageOf(err)}`, { cause: err });
    }
    let top: string;
    // git's version decides how blobs are read; asked alongside, so it costs no extra round trip.
    const version = runGit(probe, ['version']).then(
      ({ stdout }) => supportsBufferedBatch(stdout),
      () => undefined,
    );
    try {
      top = (await runGit(probe, ['rev-parse', '--show-toplevel'])).stdout.trim();
    } catch (err) {
      throw new UsageError(
        `${JSON.stringify(dir)} is not inside a git work tree (${messageOf(err)}). Run migraph inside a clone of the repository, or point it at one.`,
        { cause: err },
      );
    }
    if (!top) throw new UsageError(`${JSON.stringify(dir)} is not inside a git work tree. Run migraph inside a clone of the repository.`);
    return new GitRepo(top, createSimpleGit(top), await version);
  }

  private run(args: string[], expected: readonly number[] = []): Promise<{ stdout: string; exitCode: number }> {
    return runGit(this.git, args, expected);
  }

  /** The commit `ref` names, or undefined when there is none. `ref` must already be vetted. */
  private async tryResolve(ref: string): Promise<string | undefined> {
    const { stdout, exitCode } = await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], [1]);
    const sha = stdout.trim();
    return exitCode === 0 && sha ? sha : undefined;
  }

  /** The full object id of the commit `ref` names. `ref` is untrusted user input. */
  async resolveCommit(ref: string): Promise<string> {
    assertSafeRef(ref);
    const sha = await this.tryResolve(ref);
    if (sha) return sha;
    if (ref === 'HEAD') throw new UsageError(`HEAD points to no commit in ${this.dir}: the repository has no commits yet.`);
    throw new UsageError(
      `Unknown ref ${JSON.stringify(ref)}: there is no commit by that name in ${this.dir}. ` +
        `If it exists on the remote, fetch it first (for example \`git fetch origin ${ref}\`); ` +
        'with actions/checkout, set `fetch-depth: 0` so every branch and commit is present.',
    );
  }

  async isShallow(): Promise<boolean> {
    const { stdout } = await this.run(['rev-parse', '--is-shallow-repository']);
    return stdout.trim() === 'true';
  }

  /** The best common ancestor of `a` and `b`, or undefined when the (present) history has none. */
  async mergeBase(a: string, b: string): Promise<string | undefined> {
    assertSafeRef(a);
    assertSafeRef(b);
    // Exit code 1 with no output is how merge-base says "no common ancestor".
    const { stdout, exitCode } = await this.run(['merge-base', '--end-of-options', a, b], [1]);
    const sha = stdout.trim();
    return exitCode === 0 && sha ? sha : undefined;
  }

  private async remotes(): Promise<string[]> {
    const { stdout } = await this.run(['remote']);
    return stdout.split('\n').filter((line) => line !== '');
  }

  private async countCommits(commits: string[]): Promise<number> {
    const { stdout } = await this.run(['rev-list', '--count', '--end-of-options', ...commits, '--']);
    return Number(stdout.trim());
  }

  private async fetch(remote: string, options: string[], wants: string[] = []): Promise<void> {
    // No tags, no submodules and no auto-gc: fetch only the history asked for, and leave nothing running behind us.
    const fetchArgs = ['fetch', '--no-tags', '--no-recurse-submodules', '--no-auto-gc', ...options, '--end-of-options', remote, ...wants];
    try {
      await this.run(fetchArgs);
    } catch (err) {
      throw new UsageError(`Could not fetch missing history from the remote ${JSON.stringify(remote)}: ${messageOf(err)}. ${HISTORY_ADVICE}`, { cause: err });
    }
  }

  /**
   * Finds where `head` forked from `base`, fetching history first when the clone lacks it (a shallow
   * CI checkout usually has one commit). `base` and `head` are refs or full object ids; an id the
   * clone does not have is fetched from the remote by id. Each fetch is described in `notes`.
   */
  async ensureForkPoint(base: string, head: string, options: ForkPointOptions = {}): Promise<{ forkPoint: string; notes: string[] }> {
    const remote = options.remote ?? 'origin';
    const maxDeepen = options.maxDeepen ?? 6;
    assertSafeRef(base);
    assertSafeRef(head);
    assertSafeRef(remote, 'remote name');
    const notes: string[] = [];
    // Only a clone that lacks something needs the remote: asked on first use.
    let remotes: Promise<boolean> | undefined;
    const remoteExists = () => (remotes ??= this.remotes().then((list) => list.includes(remote)));
    const noRemote = (what: string): UsageError =>
      new UsageError(`${what}, and this clone has no remote ${JSON.stringify(remote)} to fetch it from. Add the remote, or ${HISTORY_ADVICE.charAt(0).toLowerCase()}${HISTORY_ADVICE.slice(1)}`);

    const commits: string[] = [];
    const present = options.present ? [base, head] : await Promise.all([this.tryResolve(base), this.tryResolve(head)]);
    for (const [i, [role, ref]] of ([['base', base], ['head', head]] as const).entries()) {
      let sha = present[i];
      if (!sha) {
        if (!OBJECT_ID.test(ref)) await this.resolveCommit(ref);
        if (!(await remoteExists())) throw noRemote(`The ${role} commit ${ref} is not in this clone`);
        // In a complete clone, a shallow fetch would make the repository shallow; fetch the whole history instead.
        const depth = (await this.isShallow()) ? ['--depth=1'] : [];
        await this.fetch(remote, depth, [ref]);
        notes.push(`Fetched the ${role} commit ${short(ref)} from ${remote}: the clone did not have it.`);
        sha = await this.tryResolve(ref);
        if (!sha) throw new UsageError(`The ${role} commit ${ref} is still missing after fetching it from ${JSON.stringify(remote)}. ${HISTORY_ADVICE}`);
      }
      commits.push(sha);
    }
    const [baseSha, headSha] = commits as [string, string];

    let forkPoint = await this.mergeBase(baseSha, headSha);
    let depth = 32;
    let rounds = 0;
    let count = forkPoint ? 0 : await this.countCommits(commits);
    let stalled = false;
    while (!forkPoint && rounds < maxDeepen && (await this.isShallow())) {
      if (!(await remoteExists())) throw noRemote(`The history of this shallow clone is too short to find where ${short(head)} forked from ${short(base)}`);
      await this.fetch(remote, [`--deepen=${depth}`], [baseSha, headSha]);
      rounds++;
      notes.push(`Fetched ${depth} more commits of history from ${remote} to find where ${short(head)} forked from ${short(base)}.`);
      depth *= 2;
      forkPoint = await this.mergeBase(baseSha, headSha);
      if (forkPoint) break;
      const grown = await this.countCommits(commits);
      if (grown <= count) {
        stalled = true;
        break;
      }
      count = grown;
    }
    if (!forkPoint && stalled && (await remoteExists()) && (await this.isShallow())) {
      await this.fetch(remote, ['--unshallow']);
      notes.push(`Fetched the complete history from ${remote}: deepening the shallow clone stopped bringing new commits.`);
      forkPoint = await this.mergeBase(baseSha, headSha);
    }
    if (forkPoint) return { forkPoint, notes };

    if (await this.isShallow()) {
      if (!(await remoteExists())) throw noRemote(`The history of this shallow clone is too short to find where ${short(head)} forked from ${short(base)}`);
      throw new UsageError(
        `Could not find where ${short(head)} forked from ${short(base)}: the shallow clone still lacks the common history after ${rounds} rounds of fetching. ${HISTORY_ADVICE}`,
      );
    }
    throw new UsageError(
      `${short(head)} and ${short(base)} have no common ancestor: their histories are unrelated, so there is no fork point to compare against. ` +
        'Check that the base ref is the branch the head was created from.',
    );
  }

  /** The remote's default branch (`origin/HEAD`), else the first of origin/main, origin/master, main, master that exists. */
  async defaultBranchRef(remote = 'origin'): Promise<string | undefined> {
    assertSafeRef(remote, 'remote name');
    const { stdout, exitCode } = await this.run(['symbolic-ref', '--quiet', '--short', `refs/remotes/${remote}/HEAD`], [1, 128]);
    const target = stdout.trim();
    // origin/HEAD can outlive the branch it points at.
    if (exitCode === 0 && target && (await this.tryResolve(target))) return target;
    const candidates: [string, string][] = [
      [`refs/remotes/${remote}/main`, `${remote}/main`],
      [`refs/remotes/${remote}/master`, `${remote}/master`],
      ['refs/heads/main', 'main'],
      ['refs/heads/master', 'master'],
    ];
    for (const [full, name] of candidates) {
      if (await this.tryResolve(full)) return name;
    }
    return undefined;
  }

  /** Every file (blob or symlink) in `commit`'s tree, with its size. Submodules are left out. */
  async listTree(commit: string): Promise<TreeEntry[]> {
    assertSafeRef(commit);
    const { stdout } = await this.run(['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', commit]);
    return parseLsTree(stdout);
  }

  /** The files changed from `from` to `to`, with renames detected and copies reported as additions. */
  async diff(from: string, to: string): Promise<Change[]> {
    assertSafeRef(from);
    assertSafeRef(to);
    const { stdout } = await this.run([
      'diff',
      '--raw',
      '-z',
      '-M',
      // Porcelain diff abbreviates object ids in --raw output unless told not to.
      '--no-abbrev',
      '--no-ext-diff',
      '--no-textconv',
      '--no-relative',
      '--ignore-submodules',
      '--end-of-options',
      from,
      to,
      '--',
    ]);
    return parseRawDiff(stdout);
  }

  /**
   * The parents recorded in a commit object. A shallow clone hides the parents of its boundary commits
   * from rev-parse, but the object itself still names them; the action reads the base of a pull request
   * from the merge commit this way.
   */
  async commitParents(commit: string): Promise<string[]> {
    assertSafeRef(commit);
    const { stdout } = await this.run(['cat-file', 'commit', commit]);
    const parents: string[] = [];
    for (const line of stdout.split('\n')) {
      if (line === '') break;
      const m = /^parent ([0-9a-f]+)$/.exec(line);
      if (m) parents.push(m[1]!);
    }
    return parents;
  }

  /** Fetches the tip of a branch of the remote (depth 1 in a shallow clone) and returns its commit id. */
  async fetchBranch(branch: string, remote = 'origin'): Promise<string> {
    assertSafeRef(branch, 'branch');
    assertSafeRef(remote, 'remote');
    const tracking = `refs/remotes/${remote}/${branch}`;
    const depth = (await this.isShallow()) ? ['--depth=1'] : [];
    await this.fetch(remote, depth, [`+refs/heads/${branch}:${tracking}`]);
    return this.resolveCommit(tracking);
  }

  /** A reader for blob contents; close it when done. */
  openBlobReader(): BlobReader {
    return new BlobReader(this.dir, this.bufferedBatch);
  }
}
