/**
 * The Django adapter: finds the projects (one per manage.py), loads the base fully, derives the merged
 * result from it (only the apps the head changed are read again), and the head only where it differs.
 */
import type { Change } from '../../git/types.js';
import type { Adapter, ProjectSummary, ReportedChange } from '../adapter.js';
import type { DjangoComparison, HeadState, MigrationChange } from '../../rules/rule.js';
import { changedPaths, type Snapshot } from '../../snapshot.js';
import { basename, dirname, migrationModuleName } from './layout.js';
import { appLeavesIn, deriveDjangoProjects, loadDjangoProjects, type DjangoApp, type DjangoProject, type ParseCache } from './project.js';

export const djangoAdapter: Adapter<DjangoComparison> = {
  id: 'django',
  mayMatter: mayChangeGraph,
  async compare({ base: baseSnap, head: headSnap, merged: mergedSnap, changes, baseChanges, sources, onBase, applied }) {
    const cache: ParseCache = new Map();
    const load = (s: Snapshot) => loadDjangoProjects(s, sources, cache, { onBase });
    const baseProjects = await load(baseSnap);
    const headPaths = changedPaths(changes);
    // The merged result is the base plus the head's changes: usually only a few apps need reading again.
    const mergedProjects = (await deriveDjangoProjects(baseProjects, mergedSnap, headPaths, sources, cache, { onBase })) ?? (await load(mergedSnap));

    // The head alone matters only for its leaves, and only where it differs from the merged result: in
    // the folders the base changed since the fork (and the head did not). The rest is the merged result.
    const baseOnlyDirs = new Set([...changedPaths(baseChanges)].filter((p) => !headPaths.has(p)).map(dirname));
    const headStates = new Map<string, HeadState>();
    for (const merged of mergedProjects) {
      const own = new Map<string, string[]>();
      for (const app of merged.apps.values()) {
        if (baseOnlyDirs.has(app.migrationsDir)) own.set(app.label, await appLeavesIn(headSnap, app, sources, cache, { onBase }));
      }
      headStates.set(merged.root, { leavesOf: (app) => own.get(app) ?? merged.leavesOf(app) });
    }
    const comparisons = compare(baseProjects, headStates, mergedProjects, changes, applied);
    // The base's versions of edited files, for telling cosmetic edits from real ones (usually loaded already).
    await sources.load(comparisons.flatMap((c) => c.changes.flatMap((ch) => (ch.onBase ? [ch.onBase] : []))));
    return comparisons;
  },
  summarise,
  reportedChanges,
  notes(c) {
    return [
      ...c.merged.notes,
      ...c.merged.graph.unresolved.map(
        (u) => `${u.origin.file}: swappable_dependency(settings.${u.setting}) names a setting migraph did not find in the settings files; the dependency is treated as external.`,
      ),
    ];
  },
  size: (c) => c.merged.migrations.length,
};

/** Whether a changed path can change what a Django project's migration graph looks like. */
export function mayChangeGraph(p: string): boolean {
  const name = basename(p);
  const dir = basename(dirname(p));
  return (
    name === 'apps.py' ||
    name === 'settings.py' ||
    name === 'manage.py' ||
    (dir === 'settings' && name.endsWith('.py')) ||
    // `migrations`, or a package MIGRATION_MODULES names, such as `db_migrations`.
    (name.endsWith('.py') && p.split('/').slice(0, -1).some((segment) => segment.includes('migration')))
  );
}

function compare(
  base: DjangoProject[],
  head: ReadonlyMap<string, HeadState>,
  merged: DjangoProject[],
  changes: readonly Change[],
  appliedSnap: Snapshot,
): DjangoComparison[] {
  const byRoot = (list: DjangoProject[]) => new Map(list.map((p) => [p.root, p]));
  const b = byRoot(base);
  const comparisons: DjangoComparison[] = [];
  for (const m of merged) {
    const owns = (p: DjangoProject | undefined, path: string | undefined) =>
      p !== undefined &&
      path !== undefined &&
      migrationModuleName(basename(path)) !== undefined &&
      [...p.apps.values()].some((a) => a.migrationsDir === dirname(path));
    const mine: MigrationChange[] = [];
    for (const change of changes) {
      const oldPath = change.status === 'renamed' ? change.oldPath : change.path;
      if (!owns(m, change.path) && !owns(b.get(m.root), oldPath)) continue;
      const onBase = oldPath !== undefined ? appliedSnap.entries.get(oldPath) : undefined;
      mine.push({ change, ...(onBase ? { onBase } : {}) });
    }
    comparisons.push({
      framework: 'django',
      root: m.root,
      ...(b.has(m.root) ? { base: b.get(m.root)! } : {}),
      ...(head.has(m.root) ? { head: head.get(m.root)! } : {}),
      merged: m,
      changes: mine,
    });
  }
  return comparisons;
}

function reportedChanges(c: DjangoComparison): ReportedChange[] {
  return c.changes.map(({ change }) => {
    const m = change.status === 'deleted' ? c.base?.byPath.get(change.path) : c.merged.byPath.get(change.path);
    return {
      framework: c.framework,
      project: c.root,
      ...(m ? { app: m.app, name: m.name } : {}),
      path: change.path,
      ...(change.oldPath !== undefined ? { oldPath: change.oldPath } : {}),
      status: change.status,
    };
  });
}

function summarise(c: DjangoComparison): ProjectSummary {
  // The base differs from the merged result only in the folders the head changed.
  const headDirs = new Set(c.changes.flatMap(({ change }) => (change.oldPath !== undefined ? [change.path, change.oldPath] : [change.path])).map(dirname));
  const counts = new Map<string, number>();
  for (const m of c.merged.migrations) counts.set(m.app, (counts.get(m.app) ?? 0) + 1);
  // Most apps are the same in all three states: their leaves come from the merged graph, which the rules
  // have built already; only an app that differs needs a graph of its own.
  const baseLeaves = (app: DjangoApp) =>
    c.base === undefined ? [] : headDirs.has(app.migrationsDir) ? c.base.leavesOf(app.label) : c.merged.leavesOf(app.label);
  const headLeaves = (app: string) => c.head?.leavesOf(app) ?? [];
  return {
    framework: c.framework,
    root: c.root,
    apps: [...c.merged.apps.values()]
      .map((a) => ({
        app: a.label,
        migrationsDir: a.migrationsDir,
        migrations: counts.get(a.label) ?? 0,
        leaves: { base: baseLeaves(a), head: headLeaves(a.label), merged: c.merged.leavesOf(a.label) },
      }))
      .sort((x, y) => (x.app < y.app ? -1 : x.app > y.app ? 1 : 0)),
  };
}
