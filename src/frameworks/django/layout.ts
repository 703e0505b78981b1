/**
 * Where the Django projects, apps and migration modules of a tree are, decided from paths alone (the
 * contents of `apps.py` and settings refine it later, in project.ts).
 */
import type { TreeEntry } from '../../git/types.js';

export interface AppLayout {
  /** The app package folder, e.g. `shop/products`. */
  dir: string;
  /** The migrations package folder. */
  migrationsDir: string;
  /** Migration modules, as Django's loader lists them. */
  files: TreeEntry[];
  appsPy?: TreeEntry;
}

export interface ProjectLayout {
  /** The folder that holds `manage.py`, or '' when migrations live outside any such folder. */
  root: string;
  apps: AppLayout[];
  settings: TreeEntry[];
  /** Every `.py` file under the root, by folder, so packages named in MIGRATION_MODULES can be found. */
  packages: ReadonlyMap<string, TreeEntry[]>;
}

// Folders that hold installed packages or tooling, never the project's own apps.
const IGNORED = /(^|\/)(node_modules|site-packages|dist-packages|\.venv|venv|\.tox|\.nox|__pycache__|\.git)\//;

import { basename, dirname } from '../../paths.js';

export { basename, dirname };

/**
 * A migration module the way `pkgutil.iter_modules` + the loader see it: a `.py` file directly in the
 * package whose module name has no dot and does not start with `_` or `~`.
 */
export function migrationModuleName(fileName: string): string | undefined {
  if (!fileName.endsWith('.py')) return undefined;
  const name = fileName.slice(0, -3);
  if (name === '' || name.includes('.') || name[0] === '_' || name[0] === '~') return undefined;
  return name;
}

export function findProjects(entries: ReadonlyMap<string, TreeEntry>): ProjectLayout[] {
  if (!mayHoldProject(entries)) return [];
  const roots = new Set<string>();
  const byDir = new Map<string, TreeEntry[]>();
  for (const entry of entries.values()) {
    if (!entry.path.endsWith('.py')) continue;
    if (IGNORED.test(entry.path)) continue;
    const dir = dirname(entry.path);
    const list = byDir.get(dir);
    if (list) list.push(entry);
    else byDir.set(dir, [entry]);
    if (basename(entry.path) === 'manage.py') roots.add(dir);
  }

  const rootOf = (dir: string): string => {
    for (let d = dir; ; d = dirname(d)) {
      if (roots.has(d)) return d;
      if (d === '') return '';
    }
  };

  const projects = new Map<string, ProjectLayout>();
  const project = (root: string): ProjectLayout => {
    let p = projects.get(root);
    if (!p) {
      p = { root, apps: [], settings: [], packages: new Map() };
      projects.set(root, p);
    }
    return p;
  };

  for (const [dir, files] of byDir) {
    const p = project(rootOf(dir));
    (p.packages as Map<string, TreeEntry[]>).set(dir, files);
    for (const f of files) {
      const name = basename(f.path);
      if (name === 'settings.py' || basename(dir) === 'settings') p.settings.push(f);
    }
    if (basename(dir) !== 'migrations') continue;
    // A migrations folder without __init__.py is a namespace package, which the loader treats as unmigrated.
    if (!files.some((f) => basename(f.path) === '__init__.py')) continue;
    const appDir = dirname(dir);
    const migrationFiles = files.filter((f) => migrationModuleName(basename(f.path)) !== undefined);
    const appsPy = byDir.get(appDir)?.find((f) => basename(f.path) === 'apps.py');
    p.apps.push({ dir: appDir, migrationsDir: dir, files: migrationFiles, ...(appsPy ? { appsPy } : {}) });
  }

  // A project with settings but no `migrations` package may still name its packages in MIGRATION_MODULES,
  // so it is kept until its settings are read.
  return [...projects.values()]
    .filter((p) => p.apps.length > 0 || p.settings.length > 0)
    .sort((a, b) => (a.root < b.root ? -1 : a.root > b.root ? 1 : 0));
}

/**
 * Whether a tree can hold a project at all: a `migrations` package or a settings module. Most trees
 * of another framework have neither, and this pass allocates nothing, where grouping every Python
 * file by folder does.
 */
function mayHoldProject(entries: ReadonlyMap<string, TreeEntry>): boolean {
  for (const path of entries.keys()) {
    if (!path.endsWith('.py')) continue;
    const candidate =
      (path.endsWith('migrations/__init__.py') && (path.length === 22 || path.charCodeAt(path.length - 23) === 47)) ||
      path.endsWith('settings.py') ||
      path.includes('settings/');
    if (candidate && !IGNORED.test(path)) return true;
  }
  return false;
}
