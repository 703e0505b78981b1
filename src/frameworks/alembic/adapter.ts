/**
 * The Alembic adapter: every environment in the repository (alembic.ini, pyproject.toml's
 * [tool.alembic], or a bare `X/env.py` + `X/versions/` layout), each analysed on its own, in the three
 * states. Revision files are parsed statically and the graph mirrors alembic/script/revision.py.
 */
import type { Change, TreeEntry } from '../../git/types.js';
import { basename } from '../../paths.js';
import { buildAlembicGraph, type AlembicGraph } from '../../graph/alembic.js';
import type { AlembicComparison, MigrationChange } from '../../rules/rule.js';
import type { Snapshot } from '../../snapshot.js';
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
    // Files already on the base have run in production: the parser may skim their function bodies.
    const cache: ParseCache = { parsed: new Map(), lean: (blob) => onBase.has(blob) };
    const b = await loadStates(base, sources, cache);
    const m = await loadStates(merged, sources, cache);
    // The head alone differs from the merged result only where the base changed since the fork; its
    // environments are loaded only when such a change touches one of them.
    const headPaths = new Set(changes.flatMap((c) => (c.oldPath !== undefined ? [c.path, c.oldPath] : [c.path])));
    const baseOnly = baseChanges.flatMap((c) => (c.oldPath !== undefined ? [c.path, c.oldPath] : [c.path])).filter((p) => !headPaths.has(p));
    const differs = (state: AlembicState) =>
      baseOnly.some((p) => state.env.versionLocations.some((loc) => p.startsWith(`${loc}/`)) || p === state.env.configFile);
    let h: Map<string, AlembicState> | undefined;
    const headHeads = async (state: AlembicState) => {
      if (!differs(state)) return state.graph.heads;
      h ??= await loadStates(head, sources, cache);
      return h.get(state.key)?.graph.heads;
    };
    const comparisons: AlembicComparison[] = [];
    for (const state of m.values()) {
      const baseState = b.get(state.key);
      const files = new Set([...state.byPath.keys(), ...(baseState ? baseState.byPath.keys() : [])]);
      const mine: MigrationChange[] = [];
      for (const change of changes) {
        const oldPath = change.status === 'renamed' ? change.oldPath : change.path;
        if (!files.has(change.path) && !(oldPath !== undefined && files.has(oldPath))) continue;
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

/** Parsed revisions by blob id (a file reads the same in every state), and which blobs may be read leanly. */
interface ParseCache {
  parsed: Map<string, ParsedRevision>;
  lean(blob: string): boolean;
}

async function loadStates(snapshot: Snapshot, sources: Sources, cache: ParseCache): Promise<Map<string, AlembicState>> {
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
  const states = new Map<string, AlembicState>();
  for (const env of discovery.environments) {
    const files = revisionFiles(env, entries).map((p) => entries.get(p)!);
    const template = env.scriptTemplate ? entries.get(env.scriptTemplate) : undefined;
    if (template) await sources.load([template]);
    // Each chunk is parsed as it arrives, while git reads the next.
    await sources.loadEach(
      files.filter((f) => !cache.parsed.has(f.blob)),
      (entry, decoded) => {
        if ('text' in decoded) parsed_(cache, entry, decoded.text);
      },
    );
    const revisions: AlembicRevision[] = [];
    const problems: FileProblem[] = [];
    for (const entry of files) {
      const decoded = sources.get(entry);
      if ('error' in decoded) {
        problems.push({ file: entry.path, message: `Revision file ${decoded.error}.` });
        continue;
      }
      const parsed = parsed_(cache, entry, decoded.text);
      for (const p of parsed.problems) problems.push({ file: entry.path, message: p.message, ...(p.span ? { span: p.span } : {}) });
      const id = parsed.revision?.value ?? legacyRevisionId(basename(entry.path));
      revisions.push({ id: id ?? '', file: entry.path, blob: entry.blob, parsed });
    }
    const graph = buildAlembicGraph(revisions.map((r) => ({ id: r.id, file: r.file, parsed: r.parsed })));
    for (const s of graph.skipped) problems.push({ file: s.file, message: s.message, ...(s.span ? { span: s.span } : {}) });
    const templateText = template ? sources.get(template) : undefined;
    const key = env.iniSection ? `${env.scriptLocation}#${env.iniSection}` : env.scriptLocation;
    states.set(key, {
      env,
      key,
      revisions,
      byPath: new Map(revisions.map((r) => [r.file, r])),
      byId: new Map(revisions.filter((r) => r.id).map((r) => [r.id, r])),
      graph,
      problems,
      notes: [...(env.notes ?? []), ...discovery.notes.map((n) => `${n.file}: ${n.message}`)],
      ...(templateText && 'text' in templateText ? { scriptTemplate: templateText.text } : {}),
    });
  }
  return states;
}

function parsed_(cache: ParseCache, entry: TreeEntry, text: string): ParsedRevision {
  let parsed = cache.parsed.get(entry.blob);
  if (!parsed) {
    parsed = parseRevision(text, { lean: cache.lean(entry.blob) });
    cache.parsed.set(entry.blob, parsed);
  }
  return parsed;
}
