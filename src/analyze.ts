/**
 * The one pipeline the CLI and the action share:
 * refs -> git snapshots -> framework adapters -> graphs -> rules -> findings (+ fixes) -> report.
 */
import { committerTime } from './git/parse.js';
import { GitRepo } from './git/repo.js';
import { SEVERITY_RANK, UsageError, messageOf, type Finding } from './model.js';
import type { Adapter, ProjectSummary, ReportedChange } from './frameworks/adapter.js';
import { decodePython } from './frameworks/django/decode.js';
import { ADAPTERS } from './frameworks/index.js';
import { RULES } from './rules/index.js';
import { milder, type Comparison, type Rule } from './rules/rule.js';
import { mergedSnapshot, snapshotOf, type Snapshot } from './snapshot.js';
import { DEFAULT_CONFIG, findConfigFile, type Config } from './config.js';
import type { BlobReader } from './git/blobs.js';
import type { Change, TreeEntry } from './git/types.js';
import { Sources } from './sources.js';
import { VERSION } from './version.js';

export interface AnalyzeOptions {
  /** Any folder inside the repository. */
  repo: string;
  /** The branch the change will merge into. Default: the remote's default branch. */
  base?: string;
  /** The change. Default: HEAD. */
  head?: string;
  remote?: string;
}

export type { AppSummary, ProjectSummary, ReportedChange } from './frameworks/adapter.js';

export interface Report {
  schemaVersion: 1;
  tool: { name: 'migraph'; version: string };
  refs: { base: string; head: string; forkPoint: string; baseName: string; headName: string };
  /** False when no file that can change a migration graph changed, so the graphs were not built. */
  analyzed: boolean;
  findings: Finding[];
  changes: ReportedChange[];
  projects: ProjectSummary[];
  notes: string[];
  summary: { errors: number; warnings: number; notices: number; migrations: number; filesRead: number };
  timing: { totalMs: number; gitMs: number; parseMs: number; rulesMs: number; maxRssBytes: number };
}

export async function analyze(options: AnalyzeOptions): Promise<Report> {
  const started = performance.now();
  const git = await GitRepo.open(options.repo);
  const notes: string[] = [];
  const headName = options.head ?? 'HEAD';
  let baseName = options.base;
  if (baseName === undefined) {
    baseName = await git.defaultBranchRef(options.remote);
    if (!baseName) {
      throw new UsageError(
        'No --base given and no default branch found (looked for origin/HEAD, origin/main, origin/master, main, master). Pass --base <branch or commit>.',
      );
    }
  }
  // A full commit id may be missing from a shallow clone; ensureForkPoint fetches it by id.
  const isObjectId = (ref: string) => /^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(ref);
  const resolve = (ref: string) => (isObjectId(ref) ? Promise.resolve(ref.toLowerCase()) : git.resolveCommit(ref));
  const [head, base] = await Promise.all([resolve(headName), resolve(baseName)]);
  // Git starts reading its pack while the trees are listed: the blobs are asked for right after.
  const reader = git.openBlobReader();
  reader.warm();
  // Commits resolved by name are present, so their trees are listed while the fork point is sought;
  // a bare object id may be missing from a shallow clone until ensureForkPoint fetches it.
  const listing = () => Promise.all([git.listTree(base), git.listTree(head)]);
  const byName = !isObjectId(headName) && !isObjectId(baseName);
  const early = byName ? listing() : undefined;
  early?.catch(() => undefined);
  let trees: Awaited<ReturnType<typeof listing>>;
  let changes: Change[];
  let baseChanges: Change[];
  let forkPoint: string;
  let headTime: Date;
  try {
    const found = await git.ensureForkPoint(base, head, { ...(options.remote ? { remote: options.remote } : {}), present: byName });
    forkPoint = found.forkPoint;
    notes.push(...found.notes);
    [trees, changes, baseChanges, headTime] = await Promise.all([
      early ?? listing(),
      git.diff(forkPoint, head),
      // What the base changed since the fork: where the head alone differs from the merged result.
      git.diff(forkPoint, base),
      // The head commit's time (rules date what they write by it), read by the running cat-file.
      reader.read([head]).then((objects) => {
        const time = committerTime(objects.get(head)?.toString('utf8') ?? '');
        if (!time) throw new Error(`Could not read the committer time of ${head}`);
        return time;
      }),
    ]);
  } catch (err) {
    await reader.close();
    throw err;
  }
  const [baseTree, headTree] = trees;
  const refs = { base, head, forkPoint, baseName, headName };
  const gitListed = performance.now();

  try {
    return await analyzeWith({ git, reader, refs, baseTree, headTree, changes, baseChanges, headTime, notes, started, gitListed, forkPoint });
  } finally {
    await reader.close();
  }
}

async function analyzeWith(a: {
  git: GitRepo;
  reader: BlobReader;
  refs: Report['refs'];
  baseTree: TreeEntry[];
  headTree: TreeEntry[];
  changes: Change[];
  baseChanges: Change[];
  headTime: Date;
  notes: string[];
  started: number;
  gitListed: number;
  forkPoint: string;
}): Promise<Report> {
  const { git, reader, refs, baseTree, headTree, changes, baseChanges, headTime, notes, started, gitListed, forkPoint } = a;
  const headName = refs.headName;
  const sources = new Sources((ids, maxBytes) => reader.read([...ids], { maxBytes }), decodePython);
  const baseSnap = snapshotOf('base', baseTree);
  // The configuration comes from the base commit: a pull request cannot switch off the checks that judge it.
  const config = await loadConfig(baseSnap, sources);
  const applied = config.deployedRef ? await deployedSnapshot(git, config.deployedRef, config.file ?? '.migraph.yml', notes) : baseSnap;
  const enabled = ADAPTERS.filter((adapter) => adapter.id === 'ordered' || config.frameworks[adapter.id] !== false);
  const adapters = enabled.filter((ad) => changes.some((c) => [c.path, c.oldPath].some((p) => p !== undefined && ad.mayMatter(p, config))));
  if (adapters.length === 0) {
    notes.push(`No migration, settings or configuration file changed between the fork point ${forkPoint.slice(0, 12)} and ${headName}.`);
    return finish({ refs, analyzed: false, findings: [], changes: [], projects: [], notes, started, gitMs: gitListed - started, parseMs: 0, rulesMs: 0, filesRead: 0, migrations: 0 });
  }

  const headSnap = snapshotOf('head', headTree);
  const mergedSnap = mergedSnapshot(baseSnap, headSnap, changes);
  const parseStart = performance.now();
  const onBase = new Set([...baseSnap.entries.values()].map((e) => e.blob));
  const input = { base: baseSnap, head: headSnap, merged: mergedSnap, changes, baseChanges, sources, onBase, config, applied };
  const perAdapter: { adapter: Adapter; comparisons: Comparison[] }[] = [];
  for (const adapter of adapters) perAdapter.push({ adapter: adapter as Adapter, comparisons: await adapter.compare(input) });
  const parseMs = performance.now() - parseStart;

  const rulesStart = performance.now();
  const text = (blob: string) => {
    const d = sources.getById(blob);
    return d && 'text' in d ? d.text : undefined;
  };
  const findings: Finding[] = [];
  for (const { adapter, comparisons } of perAdapter) {
    for (const comparison of comparisons) {
      notes.push(...adapter.notes(comparison));
      for (const rule of RULES) {
        if (!rule.meta.frameworks.includes(comparison.framework)) continue;
        findings.push(...configured(rule, rule.check({ comparison, text, now: headTime }), config));
      }
    }
  }
  sortFindings(findings);
  const rulesMs = performance.now() - rulesStart;
  return finish({
    refs,
    analyzed: true,
    findings,
    changes: perAdapter.flatMap(({ adapter, comparisons }) => comparisons.flatMap((c) => adapter.reportedChanges(c))),
    projects: perAdapter.flatMap(({ adapter, comparisons }) => comparisons.map((c) => adapter.summarise(c))),
    notes: [...new Set(notes)],
    started,
    gitMs: gitListed - started,
    parseMs,
    rulesMs,
    filesRead: sources.blobsRead,
    migrations: perAdapter.reduce((n, { adapter, comparisons }) => n + comparisons.reduce((m, c) => m + adapter.size(c), 0), 0),
  });
}

/** The tree of the configuration's deployed-ref: what production runs, fetched when the clone lacks it. */
async function deployedSnapshot(git: GitRepo, ref: string, file: string, notes: string[]): Promise<Snapshot> {
  let commit: string;
  try {
    commit = await git.resolveCommit(ref);
  } catch {
    const branch = ref.replace(/^(refs\/remotes\/)?origin\//, '').replace(/^refs\/heads\//, '');
    try {
      commit = await git.fetchBranch(branch);
      notes.push(`Fetched ${branch} for ${file}'s deployed-ref.`);
    } catch (err) {
      throw new UsageError(`${file}: deployed-ref '${ref}' names no commit this clone has or can fetch (${messageOf(err)}).`);
    }
  }
  notes.push(`Migrations count as applied when they are on ${ref} (${commit.slice(0, 12)}), as ${file} says.`);
  return snapshotOf('base', await git.listTree(commit));
}

async function loadConfig(base: Snapshot, sources: Sources): Promise<Config> {
  const file = findConfigFile([...base.entries.keys()]);
  if (!file) return DEFAULT_CONFIG;
  const entry = base.entries.get(file)!;
  await sources.load([entry]);
  const decoded = sources.get(entry);
  if ('error' in decoded) throw new UsageError(`${file} ${decoded.error}.`);
  // The parser (and the YAML library under it) loads only for a repository that has the file.
  const { parseConfig } = await import('./config-parse.js');
  return parseConfig(decoded.text, file);
}

/**
 * A rule's setting from the configuration: `off` drops its findings; a severity replaces the rule's
 * default (and its one-step-milder form for problems already on the base). Severities a rule chose for
 * a reason of its own (a notice for a comment-only edit) stay.
 */
function configured(rule: Rule, findings: Finding[], config: Config): Finding[] {
  const setting = config.rules[rule.id];
  if (setting === undefined) return findings;
  if (setting === 'off') return [];
  const def = rule.meta.defaultSeverity;
  return findings.map((f) => {
    if (f.severity === def && !f.preexisting) return { ...f, severity: setting };
    if (f.preexisting && f.severity === milder(def)) return { ...f, severity: milder(setting) };
    return f;
  });
}

/** Whether a changed path can matter to any framework migraph knows. */
export function mayChangeGraph(path: string): boolean {
  return ADAPTERS.some((a) => a.mayMatter(path, DEFAULT_CONFIG));
}

export function sortFindings(findings: Finding[]): void {
  findings.sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      Number(a.preexisting) - Number(b.preexisting) ||
      (a.location?.file ?? '').localeCompare(b.location?.file ?? '') ||
      (a.location?.span?.line ?? 0) - (b.location?.span?.line ?? 0) ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

function finish(r: {
  refs: Report['refs'];
  analyzed: boolean;
  findings: Finding[];
  changes: ReportedChange[];
  projects: ProjectSummary[];
  notes: string[];
  started: number;
  gitMs: number;
  parseMs: number;
  rulesMs: number;
  filesRead: number;
  migrations: number;
}): Report {
  const count = (s: Finding['severity']) => r.findings.filter((f) => f.severity === s).length;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    schemaVersion: 1,
    tool: { name: 'migraph', version: VERSION },
    refs: r.refs,
    analyzed: r.analyzed,
    findings: r.findings,
    changes: r.changes,
    projects: r.projects,
    notes: r.notes,
    summary: { errors: count('error'), warnings: count('warning'), notices: count('notice'), migrations: r.migrations, filesRead: r.filesRead },
    timing: {
      totalMs: round(performance.now() - r.started),
      gitMs: round(r.gitMs),
      parseMs: round(r.parseMs),
      rulesMs: round(r.rulesMs),
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
    },
  };
}
