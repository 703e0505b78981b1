/**
 * The Alembic adapter: every environment in the repository (alembic.ini, pyproject.toml's
 * [tool.alembic], or a bare `X/env.py` + `X/versions/` layout), each analysed on its own, in the three
 * states. Revision files are parsed statically and the graph mirrors alembic/script/revision.py.
 */
import type { Change, TreeEntry } from '../../git/types.js';
import { basename } from '../../paths.js';
import { buildAlembicGraph, type AlembicGraph } from '../../graph/alembic.js';
import type { AlembicComparison, MigrationChange } from '../../rules/rule.js';
import { changedPaths, type Snapshot } from '../../snapshot.js';
import type { Sources } from '../../sources.js';
import type { Adapter, ProjectSummary, ReportedChange } from '../adapter.js';
import type { FileProblem } from '../django/project.js';
import { alembicConfigFiles, discoverEnvironments, revisionFiles } from './discover.js';
import { legacyRevisionId, parseRevision } from './parse.js';
import type { AlembicEnvironment, ParsedRevision } from './types.js';

export interface AlembicRevision {
  id: string;
  file: string;
  blob: string;
  parsed: ParsedRevision;
}

/** One state of one Alembic environment. */
export interface AlembicState {
  env: AlembicEnvironment;
  /** A stable name for the environment across states: its script location. */
  key: string;
  revisions: AlembicRevision[];
  byPath: Map<string, AlembicRevision>;
  byId: Map<string, AlembicRevision>;
  graph: AlembicGraph;
  problems: FileProblem[];
  notes: string[];
  /** The environment's own script.py.mako, when it has one and it could be read. */
  scriptTemplate?: string;
  /** What discovery noted about the repository's configuration files (part of `notes`). */
  discoveryNotes: readonly string[];
}


export const alembicAdapter: Adapter<AlembicComparison> = {
  id: 'alembic',
  // Version locations can be any folder the configuration names, so any Python file may be a revision;
  // finding the environments is cheap (a few configuration files) when there are none.
  mayMatter(path) {
    const name = basename(path);
    return name.endsWith('.py') || name.endsWith('.ini') || name === 'pyproject.toml' || name === 'script.py.mako';
  },
  async compare({ base, head, merged, changes, baseChanges, sources, onBase, applied }) {
    // Files already on the base have run in production: the parser may skim their function bodies,
    // and once parsed their text is not needed again unless the head touches them (rules read those).
    const touched = new Set<string>();
    for (const c of changes) {
      for (const snap of [head, merged, base]) {
        const entry = snap.entries.get(c.path) ?? (c.oldPath !== undefined ? snap.entries.get(c.oldPath) : undefined);
        if (entry) touched.add(entry.blob);
      }
    }
    const cache: ParseCache = { parsed: new Map(), lean: (blob) => onBase.has(blob), keepText: (blob) => touched.has(blob) };
    const b = await loadStates(base, sources, cache);
    // The merged result is the base plus the head's changes, and the head alone differs from the merged
    // result only where the base changed since the fork: each is derived from the other where it can be.
    const headPaths = changedPaths(changes);
    const m = (await deriveStates(b, merged, [...headPaths], sources, cache)) ?? (await loadStates(merged, sources, cache));
    const baseOnly = [...changedPaths(baseChanges)].filter((p) => !headPaths.has(p));
    const differs = (state: AlembicState) => baseOnly.some((p) => inVersionLocations(state.env, p) || p === state.env.configFile);
    let h: Map<string, AlembicState> | undefined;
    const headHeads = async (state: AlembicState) => {
      if (!differs(state)) return state.graph.heads;
      const quick = headsWithoutBaseAdditions(state, baseOnly, baseChanges);
      if (quick) return quick;
      h ??= (await deriveStates(m, head, baseOnly, sources, cache)) ?? (await loadStates(head, sources, cache));
      return h.get(state.key)?.graph.heads;
    };
    const comparisons: AlembicComparison[] = [];
    for (const state of m.values()) {
      const baseState = b.get(state.key);
      const known = (path: string) => state.byPath.has(path) || (baseState?.byPath.has(path) ?? false);
      const mine: MigrationChange[] = [];
      for (const change of changes) {
        const oldPath = change.status === 'renamed' ? change.oldPath : change.path;
        if (!known(change.path) && !(oldPath !== undefined && known(oldPath))) continue;
        const onBase = oldPath !== undefined ? applied.entries.get(oldPath) : undefined;
        mine.push({ change, ...(onBase ? { onBase } : {}) });
      }
      const heads = await headHeads(state);
      comparisons.push({
        framework: 'alembic',
        root: state.key,
        ...(baseState ? { base: baseState } : {}),
        ...(heads ? { head: { heads } } : {}),
        merged: state,
        changes: mine,
      });
    }
    // The base's versions of edited files, for telling cosmetic edits from real ones.
    await sources.load(comparisons.flatMap((c) => c.changes.flatMap((ch) => (ch.onBase ? [ch.onBase] : []))));
    return comparisons;
  },
  summarise(c): ProjectSummary {
    return {
      framework: 'alembic',
      root: c.root,
      apps: [
        {
          app: c.merged.env.scriptLocation,
          migrationsDir: c.merged.env.versionLocations[0] ?? c.merged.env.scriptLocation,
          migrations: c.merged.revisions.length,
          leaves: { base: c.base?.graph.heads ?? [], head: c.head?.heads ?? [], merged: c.merged.graph.heads },
        },
      ],
    };
  },
  reportedChanges(c): ReportedChange[] {
    return c.changes.map(({ change }) => {
      const r = change.status === 'deleted' ? c.base?.byPath.get(change.path) : c.merged.byPath.get(change.path);
      return {
        framework: 'alembic',
        project: c.root,
        app: c.merged.env.scriptLocation,
        ...(r ? { name: r.id } : {}),
        path: change.path,
        ...(change.oldPath !== undefined ? { oldPath: change.oldPath } : {}),
        status: change.status as Change['status'],
      };
    });
  },
  notes: (c) => c.merged.notes,
  size: (c) => c.merged.revisions.length,
};

/**
 * The head alone's heads in an environment where it differs from the merged result only by files the
 * base added since the fork: the merged graph's heads without those revisions. Undefined when the base
 * did anything else there (edited, deleted or renamed a file, changed the configuration) or the graph
 * cannot tell (see `headsWithout`); then the head alone's state is derived in full.
 */
function headsWithoutBaseAdditions(state: AlembicState, baseOnly: readonly string[], baseChanges: readonly Change[]): string[] | undefined {
  const added = new Set(baseChanges.flatMap((c) => (c.status === 'added' ? [c.path] : [])));
  const ids: string[] = [];
  for (const path of baseOnly) {
    if (path === state.env.configFile) return undefined;
    if (!inVersionLocations(state.env, path)) continue;
    if (!added.has(path)) return undefined;
    // A file that is no revision (or none the graph kept) leaves the graph as it is.
    const id = state.byPath.get(path)?.id;
    if (id) ids.push(id);
  }
  return state.graph.headsWithout(ids);
}

/** Parsed revisions by blob id (a file reads the same in every state), and which blobs may be read leanly. */
export interface ParseCache {
  parsed: Map<string, ParsedRevision>;
  lean(blob: string): boolean;
  /** Whether a leanly read blob's text must stay loaded after parsing (rules may read it). */
  keepText(blob: string): boolean;
}

export async function loadStates(snapshot: Snapshot, sources: Sources, cache: ParseCache): Promise<Map<string, AlembicState>> {
  const entries = snapshot.entries;
  // Every environment has an env.py; without one there is nothing to discover (the common case in a
  // repository of another framework), and one pass of endsWith is much cheaper than discovery.
  let hasEnv = false;
  for (const path of entries.keys()) {
    if (path === 'env.py' || path.endsWith('/env.py')) {
      hasEnv = true;
      break;
    }
  }
  if (!hasEnv) return new Map();
  const configs = alembicConfigFiles(entries).flatMap((p) => (entries.has(p) ? [entries.get(p)!] : []));
  await sources.load(configs);
  const texts = new Map<string, string | undefined>(
    configs.map((e) => {
      const d = sources.get(e);
      return [e.path, 'text' in d ? d.text : undefined];
    }),
  );
  const discovery = discoverEnvironments(entries, texts);
  const discoveryNotes = discovery.notes.map((n) => `${n.file}: ${n.message}`);
  const states = new Map<string, AlembicState>();
  for (const env of discovery.environments) {
    const state = await readState(env, revisionFiles(env, entries), snapshot, sources, cache, discoveryNotes);
    states.set(state.key, state);
  }
  return states;
}

/**
 * The states of `snapshot` from those of a snapshot that differs from it only in `changed` paths (the
 * merged result from the base, the head alone from the merged result): the environments stay, their
 * revision lists change where those paths are, and unchanged revisions are reused. Undefined when a
 * changed path could change which environments there are (a configuration file, an env.py, a
 * script.py.mako, or a `versions/` folder outside every known environment): then only a full load is exact.
 */
export async function deriveStates(
  from: ReadonlyMap<string, AlembicState>,
  snapshot: Snapshot,
  changed: readonly string[],
  sources: Sources,
  cache: ParseCache,
): Promise<Map<string, AlembicState> | undefined> {
  const envs = [...from.values()].map((s) => s.env);
  for (const path of changed) {
    const name = basename(path);
    if (name === 'env.py' || name === 'pyproject.toml' || name === 'script.py.mako' || name.endsWith('.ini')) return undefined;
    if (/(^|\/)versions\//.test(path) && !envs.some((env) => inVersionLocations(env, path))) return undefined;
  }
  const states = new Map<string, AlembicState>();
  for (const [key, state] of from) {
    const touched = changed.filter((path) => inVersionLocations(state.env, path));
    if (touched.length === 0) {
      states.set(key, { ...state });
      continue;
    }
    const gone = new Set(touched);
    const candidates = state.revisions.flatMap((r) => (gone.has(r.file) ? [] : [r.file]));
    for (const path of touched) if (snapshot.entries.has(path)) candidates.push(path);
    states.set(key, await readState(state.env, revisionFiles(state.env, candidates), snapshot, sources, cache, state.discoveryNotes, state));
  }
  return states;
}

/**
 * One environment's state from its revision files (in Alembic's load order). With `previous`, the state
 * of another snapshot, revisions whose file and blob are unchanged are taken over as they are.
 */
async function readState(
  env: AlembicEnvironment,
  paths: readonly string[],
  snapshot: Snapshot,
  sources: Sources,
  cache: ParseCache,
  discoveryNotes: readonly string[],
  previous?: AlembicState,
): Promise<AlembicState> {
  const files = paths.map((p) => snapshot.entries.get(p)!);
  const template = env.scriptTemplate ? snapshot.entries.get(env.scriptTemplate) : undefined;
  if (template) await sources.load([template]);
  // Each chunk is parsed as it arrives, while git reads the next.
  await sources.loadEach(
    files.filter((f) => !cache.parsed.has(f.blob)),
    (entry, decoded) => {
      if (!('text' in decoded)) return;
      parsed_(cache, entry, decoded.text);
      if (cache.lean(entry.blob) && !cache.keepText(entry.blob)) sources.forget(entry.blob);
    },
  );
  const revisions: AlembicRevision[] = [];
  const problems: FileProblem[] = [];
  for (const entry of files) {
    const kept = previous?.byPath.get(entry.path);
    let p = kept?.blob === entry.blob ? kept.parsed : cache.parsed.get(entry.blob);
    if (p === undefined) {
      const decoded = sources.get(entry);
      if ('error' in decoded) {
        problems.push({ file: entry.path, message: `Revision file ${decoded.error}.` });
        continue;
      }
      p = parsed_(cache, entry, decoded.text);
    }
    if (p.problems.length > 0) {
      for (const problem of p.problems) problems.push({ file: entry.path, message: problem.message, ...(problem.span ? { span: problem.span } : {}) });
    }
    if (kept?.blob === entry.blob) {
      revisions.push(kept);
      continue;
    }
    const id = p.revision?.value ?? legacyRevisionId(basename(entry.path));
    revisions.push({ id: id ?? '', file: entry.path, blob: entry.blob, parsed: p });
  }
  // A revision is its own graph input: id, file and parsed are all the graph reads. `paths` came from
  // revisionFiles, in load order.
  const graph = buildAlembicGraph(revisions, { inLoadOrder: true });
  for (const s of graph.skipped) problems.push({ file: s.file, message: s.message, ...(s.span ? { span: s.span } : {}) });
  const templateText = template ? sources.get(template) : undefined;
  const byPath = new Map<string, AlembicRevision>();
  const byId = new Map<string, AlembicRevision>();
  for (const r of revisions) {
    byPath.set(r.file, r);
    if (r.id) byId.set(r.id, r);
  }
  return {
    env,
    key: env.iniSection ? `${env.scriptLocation}#${env.iniSection}` : env.scriptLocation,
    revisions,
    byPath,
    byId,
    graph,
    problems,
    notes: [...(env.notes ?? []), ...discoveryNotes],
    discoveryNotes,
    ...(templateText && 'text' in templateText ? { scriptTemplate: templateText.text } : {}),
  };
}

/** Whether a path lies in one of the environment's version locations (`''` is the repository root). */
function inVersionLocations(env: AlembicEnvironment, path: string): boolean {
  return env.versionLocations.some((loc) => loc === '' || path.startsWith(`${loc}/`));
}

function parsed_(cache: ParseCache, entry: TreeEntry, text: string): ParsedRevision {
  let parsed = cache.parsed.get(entry.blob);
  if (!parsed) {
    parsed = parseRevision(text, { lean: cache.lean(entry.blob) });
    cache.parsed.set(entry.blob, parsed);
  }
  return parsed;
}
