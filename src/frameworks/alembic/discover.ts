/**
 * Where the Alembic environments of a tree are, and which files are their revisions — decided from paths
 * and the text of configuration files, never by running anything.
 *
 * Two steps, so callers can batch-read through git: `alembicConfigFiles(paths)` names the files whose
 * text is needed; `discoverEnvironments(paths, texts)` reads them. `findEnvironments` does both.
 *
 * Alembic's rules, from sqlalchemy/alembic:
 *   - `alembic/config.py` `Config`: options come from the .ini section (`[alembic]`, or another with
 *     `-n NAME`) first, then `[tool.alembic]` of pyproject.toml (`get_alembic_option`, 1.16+); `here` is
 *     the config file's folder; booleans are the exact text `true` in an .ini and real booleans in TOML
 *     (`get_alembic_boolean_option`); `version_locations` is split by `path_separator`, else the legacy
 *     `version_path_separator`, else on spaces/commas (`get_version_locations_list`, `_get_file_separator_char`).
 *   - `alembic/script/base.py` `ScriptDirectory.from_config`: `script_location` is required; a relative
 *     path is relative to the working directory, which migraph takes to be the config file's folder (that
 *     is where `alembic` is run, and what `%(here)s` spells out); `package:path` names a package resource
 *     (`util.coerce_resource_to_filename`). Without `version_locations` the revisions live in
 *     `<script_location>/versions`.
 *   - `Script._list_py_dir` / `Script._from_path`: files of each version location (sub-folders only with
 *     `recursive_version_locations`, skipping folders named `*__pycache__`), matched by
 *     `_only_source_rev_file = (?!\.\#|__init__)(.*\.py)$`; a file reached twice is loaded once.
 */
import { basename, dirname } from '../../paths.js';
import { parseIni, iniGet, type IniFile } from './ini.js';
import { parseToml, TomlError, type TomlTable, type TomlValue } from './toml.js';
import type { AlembicEnvironment, DiscoveryNote } from './types.js';

/** A set of repository paths: a listing keyed by path (e.g. a snapshot's entries) or plain paths. */
export type PathSet = ReadonlyMap<string, unknown> | Iterable<string>;

function listPaths(paths: PathSet): string[] {
  if (paths instanceof Map) return [...(paths as ReadonlyMap<string, unknown>).keys()];
  return [...(paths as Iterable<string>)];
}

/** Membership in a path set, without copying a listing that is already keyed by path. */
function pathLookup(paths: PathSet, list: readonly string[]): { has(path: string): boolean } {
  return paths instanceof Map ? (paths as ReadonlyMap<string, unknown>) : new Set(list);
}

// Folders that hold installed packages or tooling, never the project's own environments.
const IGNORED = /(^|\/)(node_modules|site-packages|dist-packages|\.venv|venv|\.tox|\.nox|\.git)\//;
const NOT_ALEMBIC_INI = new Set(['tox.ini', 'pytest.ini', 'mypy.ini']);

const join = (dir: string, name: string): string => (dir === '' ? name : `${dir}/${name}`);

/** Folders that hold an `env.py`. */
function envDirs(all: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const p of all) {
    if (p.endsWith('env.py') && (p.length === 6 || p.charCodeAt(p.length - 7) === 47) && !IGNORED.test(p)) out.add(dirname(p));
  }
  return out;
}

/**
 * Step one: the configuration files whose text discovery needs. Every `alembic.ini` and
 * `pyproject.toml`, and any other `*.ini` in a folder that holds an `env.py` or is at most three levels
 * above one (Pylons-style `development.ini` with an `[alembic]` section, `-c other.ini` setups).
 */
export function alembicConfigFiles(paths: PathSet): string[] {
  const all = listPaths(paths);
  return configFilesIn(all, envDirs(all));
}

function configFilesIn(all: readonly string[], envs: ReadonlySet<string>): string[] {
  const nearEnv = new Set<string>();
  for (const d of envs) {
    // The env.py folder and up to three folders above it (Pylons: `development.ini` + `pkg/pkg/migrations`).
    let cur = d;
    for (let up = 0; up <= 3; up++) {
      nearEnv.add(cur);
      if (cur === '') break;
      cur = dirname(cur);
    }
  }
  const out: string[] = [];
  for (const p of all) {
    // Names first: a cheap test that rules out nearly every path before the folder checks.
    if (!p.endsWith('.ini') && !p.endsWith('pyproject.toml')) continue;
    if (IGNORED.test(p)) continue;
    const name = basename(p);
    if (name === 'alembic.ini' || name === 'pyproject.toml') out.push(p);
    else if (name.endsWith('.ini') && !NOT_ALEMBIC_INI.has(name) && nearEnv.has(dirname(p))) out.push(p);
  }
  return out.sort();
}

// ---------------------------------------------------------------------------------------------------
// Paths. `%(here)s` becomes a marker that cannot occur in a real path, so a value that names the config
// folder is told apart from a genuinely absolute path (which points outside the repository).

const ROOT = '/\u0000repo';
const hereOf = (dir: string): string => (dir === '' ? ROOT : `${ROOT}/${dir}`);

type Resolved = { path: string } | { error: string };

/** A value as the user wrote it, for messages. */
const shown = (value: string, dir: string): string => value.split(hereOf(dir)).join('%(here)s').split(ROOT).join('/');

function resolvePath(value: string, dir: string): Resolved {
  const r = resolveRaw(value, dir);
  return 'error' in r ? { error: r.error.replace(value, shown(value, dir)) } : r;
}

function resolveRaw(value: string, dir: string): Resolved {
  let rel: string;
  if (value === ROOT || value.startsWith(`${ROOT}/`)) rel = value.slice(ROOT.length + 1);
  else if (value.startsWith('/')) return { error: `\`${value}\` is an absolute path outside the repository` };
  else if (value.includes(':')) {
    // util.coerce_resource_to_filename: a relative value with a colon is `package:path`.
    return { error: `\`${value}\` names a package resource (\`package:path\`), which migraph cannot locate without importing the package` };
  } else rel = value === '' ? dir : join(dir, value);
  const out: string[] = [];
  for (const part of rel.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length === 0) return { error: `\`${value}\` points outside the repository` };
      out.pop();
    } else {
      out.push(part);
    }
  }
  return { path: out.join('/') };
}

/** Python's `value % {"here": ...}` as `Config._get_toml_config_value` applies it to TOML strings. */
function tomlFormat(value: string, here: string): { value: string } | { error: string } {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c !== '%') {
      out += c;
      continue;
    }
    if (value[i + 1] === '%') {
      out += '%';
      i++;
      continue;
    }
    const m = /^%\(([^)]*)\)s/.exec(value.slice(i));
    if (!m || m[1] !== 'here') return { error: `\`${value}\` has a % placeholder Alembic cannot fill (only \`%(here)s\` is known)` };
    out += here;
    i += m[0].length - 1;
  }
  return { value: out };
}

// ---------------------------------------------------------------------------------------------------
// Options: one configuration file section, plus the folder's [tool.alembic] as fallback.

interface Source {
  dir: string;
  configFile: string;
  ini?: { file: IniFile; section: string };
  toml?: TomlTable;
}

type Opt<T> = { value: T } | { error: string } | undefined;

function stringOption(src: Source, name: string): Opt<string> {
  if (src.ini) {
    const v = iniGet(src.ini.file, src.ini.section, name, { here: hereOf(src.dir) });
    if (v) return v;
  }
  const t = src.toml?.[name];
  if (t === undefined) return undefined;
  if (typeof t === 'string') return tomlFormat(t, hereOf(src.dir));
  if (typeof t === 'number' && Number.isInteger(t)) return { value: String(t) };
  return { error: `\`${name}\` in [tool.alembic] is not a string` };
}

function booleanOption(src: Source, name: string): Opt<boolean> {
  if (src.ini) {
    const v = iniGet(src.ini.file, src.ini.section, name, { here: hereOf(src.dir) });
    if (v) return 'error' in v ? v : { value: v.value === 'true' };
  }
  const t = src.toml?.[name];
  if (t === undefined) return undefined;
  if (typeof t === 'boolean') return { value: t };
  return { error: `\`${name}\` in [tool.alembic] must be true or false (Alembic raises "boolean value expected")` };
}

// `split_on_path` in Config._get_file_separator_char; `os` is os.pathsep, ':' on the POSIX runners CI uses.
const SEPARATORS: Record<string, string> = { space: ' ', newline: '\n', os: ':', ':': ':', ';': ';' };

function versionLocationsOption(src: Source, notes: string[]): string[] | undefined {
  const here = hereOf(src.dir);
  const raw = src.ini ? iniGet(src.ini.file, src.ini.section, 'version_locations', { here }) : undefined;
  if (raw && 'error' in raw) {
    notes.push(`version_locations: ${raw.error}`);
    return undefined;
  }
  if (raw && raw.value !== '') {
    let sep: string | undefined;
    for (const name of ['path_separator', 'version_path_separator']) {
      const s = iniGet(src.ini!.file, src.ini!.section, name, { here });
      if (!s) continue;
      if ('error' in s) {
        notes.push(`${name}: ${s.error}`);
        return undefined;
      }
      sep = SEPARATORS[s.value];
      if (sep === undefined) {
        notes.push(`\`${name} = ${s.value}\` is not a value Alembic accepts (it expects space, newline, os, ':' or ';' and raises ValueError); migraph splits on it anyway.`);
        sep = s.value === 'comma' ? ',' : s.value;
      }
      break;
    }
    if (sep === undefined) return raw.value.split(/, *| +/); // legacy: _split_on_space_comma
    return raw.value
      .split(sep)
      .filter((x) => x !== '')
      .map((x) => x.trim());
  }
  const t = src.toml?.version_locations;
  if (t === undefined) return undefined;
  if (!Array.isArray(t) || t.some((x) => typeof x !== 'string')) {
    notes.push('`version_locations` in [tool.alembic] must be a list of strings.');
    return undefined;
  }
  const out: string[] = [];
  for (const item of t as string[]) {
    const f = tomlFormat(item, here);
    if ('error' in f) {
      notes.push(`version_locations: ${f.error}`);
      return undefined;
    }
    out.push(f.value);
  }
  return out;
}

function buildEnvironment(
  src: Source,
  all: { has(path: string): boolean },
  envs: ReadonlySet<string>,
  notes: DiscoveryNote[],
): AlembicEnvironment | undefined {
  const own: string[] = [];
  const where = src.ini && src.ini.section !== 'alembic' ? `${src.configFile} [${src.ini.section}]` : src.configFile;
  const location = stringOption(src, 'script_location');
  let scriptLocation: string;
  if (location === undefined || ('value' in location && location.value === '')) {
    if (envs.has(src.dir)) {
      // Flask-Migrate keeps alembic.ini inside the script folder and sets script_location itself.
      scriptLocation = src.dir;
      own.push('No `script_location` is set; the configuration sits next to env.py, so migraph takes its folder (as Flask-Migrate does).');
    } else {
      notes.push({ file: src.configFile, message: `${where} sets no \`script_location\`; Alembic refuses to run with it ("No 'script_location' key found in configuration").` });
      return undefined;
    }
  } else if ('error' in location) {
    notes.push({ file: src.configFile, message: `${where}: could not read \`script_location\`: ${location.error}` });
    return undefined;
  } else {
    const r = resolvePath(location.value.trim(), src.dir);
    if ('error' in r) {
      notes.push({ file: src.configFile, message: `${where}: \`script_location\` is not supported: ${r.error}.` });
      return undefined;
    }
    scriptLocation = r.path;
  }

  let versionLocations = [join(scriptLocation, 'versions')];
  const listed = versionLocationsOption(src, own);
  if (listed && listed.length > 0) {
    const resolved: string[] = [];
    for (const v of listed) {
      const r = resolvePath(v, src.dir);
      if ('error' in r) own.push(`A version location is skipped: ${r.error}.`);
      else if (!resolved.includes(r.path)) resolved.push(r.path);
    }
    versionLocations = resolved;
  }

  const env: AlembicEnvironment = {
    root: src.dir,
    configFile: src.configFile,
    scriptLocation,
    versionLocations,
    recursive: false,
  };
  if (src.ini && src.ini.section !== 'alembic') {
    env.iniSection = src.ini.section;
    own.push(`The settings are in section [${src.ini.section}], used with \`alembic -n ${src.ini.section}\`.`);
  }
  const recursive = booleanOption(src, 'recursive_version_locations');
  if (recursive && 'error' in recursive) own.push(recursive.error);
  else if (recursive) env.recursive = recursive.value;
  const sourceless = booleanOption(src, 'sourceless');
  if (sourceless && 'error' in sourceless) own.push(sourceless.error);
  else if (sourceless?.value) {
    env.sourceless = true;
    own.push('`sourceless = true`: Alembic also loads .pyc/.pyo revisions that have no source; migraph reads only .py files.');
  }
  const template = stringOption(src, 'file_template');
  if (template && 'error' in template) own.push(`file_template: ${template.error}`);
  else if (template) env.fileTemplate = template.value;
  const tsl = stringOption(src, 'truncate_slug_length');
  if (tsl && 'error' in tsl) own.push(`truncate_slug_length: ${tsl.error}`);
  else if (tsl) {
    if (/^\s*[+-]?\d+\s*$/.test(tsl.value)) env.truncateSlugLength = parseInt(tsl.value, 10);
    else own.push(`\`truncate_slug_length = ${tsl.value}\` is not an integer (Alembic raises ValueError).`);
  }
  const mako = join(scriptLocation, 'script.py.mako');
  if (all.has(mako)) env.scriptTemplate = mako;
  if (src.ini && src.ini.file.errors.length > 0) {
    own.push(`Python's ConfigParser rejects ${src.configFile} (${src.ini.file.errors.join('; ')}); Alembic would fail to start.`);
  }
  if (own.length > 0) env.notes = own;
  return env;
}

export interface Discovery {
  environments: AlembicEnvironment[];
  notes: DiscoveryNote[];
}

/**
 * Step two: the environments, given the text of (some of) the files `alembicConfigFiles` named. A file
 * missing from `texts` (or mapped to undefined) is treated as unreadable and skipped.
 */
export function discoverEnvironments(paths: PathSet, texts: ReadonlyMap<string, string | undefined>): Discovery {
  const list = listPaths(paths);
  const all = pathLookup(paths, list);
  const envs = envDirs(list);
  const notes: DiscoveryNote[] = [];

  const inis = new Map<string, { path: string; file: IniFile }[]>();
  const tomls = new Map<string, { path: string; table: TomlTable }>();
  for (const path of configFilesIn(list, envs)) {
    const text = texts.get(path);
    if (text === undefined) continue;
    const dir = dirname(path);
    if (basename(path) === 'pyproject.toml') {
      let doc: TomlTable;
      try {
        doc = parseToml(text);
      } catch (err) {
        if (!(err instanceof TomlError)) throw err;
        if (/\[\s*tool\s*\.\s*alembic\s*\]|tool\s*\.\s*alembic\s*\./.test(text)) {
          notes.push({ file: path, message: `migraph could not read this pyproject.toml (${err.message}); its [tool.alembic] settings are ignored.` });
        }
        continue;
      }
      const tool = doc.tool;
      const alembic: TomlValue | undefined = tool && typeof tool === 'object' && !Array.isArray(tool) ? tool.alembic : undefined;
      if (alembic === undefined) continue;
      if (typeof alembic !== 'object' || Array.isArray(alembic)) {
        notes.push({ file: path, message: '[tool.alembic] is not a table (Alembic raises "Incorrect TOML format").' });
        continue;
      }
      tomls.set(dir, { path, table: alembic });
    } else {
      const file = parseIni(text);
      const l = inis.get(dir) ?? [];
      l.push({ path, file });
      inis.set(dir, l);
    }
  }

  const sources: Source[] = [];
  const dirs = [...new Set([...inis.keys(), ...tomls.keys()])].sort();
  for (const dir of dirs) {
    const toml = tomls.get(dir);
    const files = (inis.get(dir) ?? []).sort((a, b) =>
      basename(a.path) === 'alembic.ini' ? -1 : basename(b.path) === 'alembic.ini' ? 1 : a.path < b.path ? -1 : 1,
    );
    let tomlUsed = false;
    for (const { path, file } of files) {
      const sections = [...file.sections.keys()].filter(
        (s) => s === 'alembic' || file.sections.get(s)!.has('script_location'),
      );
      sections.sort((a, b) => (a === 'alembic' ? -1 : b === 'alembic' ? 1 : 0));
      for (const section of sections) {
        const src: Source = { dir, configFile: path, ini: { file, section } };
        if (toml) {
          src.toml = toml.table;
          if (section === 'alembic') tomlUsed = true;
        }
        sources.push(src);
      }
    }
    if (toml && !tomlUsed) sources.push({ dir, configFile: toml.path, toml: toml.table });
  }

  const environments: AlembicEnvironment[] = [];
  const seen = new Set<string>();
  for (const src of sources) {
    const env = buildEnvironment(src, all, envs, notes);
    if (!env) continue;
    const key = `${env.scriptLocation}\u0000${env.versionLocations.join('\u0000')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    environments.push(env);
  }

  // Bare layouts: X/env.py next to X/versions/, with no configuration that names X.
  const configured = new Set(environments.map((e) => e.scriptLocation));
  const bare = [...envs].filter((dir) => !configured.has(dir)).sort();
  // Which of those folders hold a `versions/` folder: one pass, and only when there is a candidate.
  const versionDirs = new Set<string>();
  if (bare.length > 0) {
    for (const p of list) {
      const i = p.lastIndexOf('/versions/');
      if (i >= 0) versionDirs.add(p.slice(0, i));
      else if (p.startsWith('versions/')) versionDirs.add('');
    }
  }
  for (const dir of bare) {
    if (!versionDirs.has(dir)) continue;
    const env: AlembicEnvironment = {
      root: dir,
      scriptLocation: dir,
      versionLocations: [join(dir, 'versions')],
      recursive: false,
    };
    const mako = join(dir, 'script.py.mako');
    if (all.has(mako)) env.scriptTemplate = mako;
    env.notes = ['No alembic.ini or [tool.alembic] names this folder; migraph assumes the default settings.'];
    environments.push(env);
  }
  return { environments, notes };
}

/** Both steps at once, for callers that can read files one by one. */
export function findEnvironments(paths: PathSet, read: (path: string) => string | undefined): Discovery {
  const list = listPaths(paths);
  const texts = new Map<string, string | undefined>();
  for (const p of alembicConfigFiles(list)) texts.set(p, read(p));
  return discoverEnvironments(list, texts);
}

/** `_only_source_rev_file = re.compile(r"(?!\.\#|__init__)(.*\.py)$")`, used with `.match`. */
export function isRevisionFileName(name: string): boolean {
  return name.endsWith('.py') && !name.startsWith('.#') && !name.startsWith('__init__') && !/[\n\r]/.test(name);
}

/**
 * The files Alembic loads as revisions, in its order (`Script._list_py_dir`: each version location in
 * turn, files sorted, then sub-folders in sorted order when recursive). Only `.py` sources: with
 * `sourceless` Alembic would also load `.pyc` files, which migraph cannot read.
 */
export function revisionFiles(env: AlembicEnvironment, paths: PathSet): string[] {
  const list = listPaths(paths);
  const out: string[] = [];
  const seen = new Set<string>();
  for (const loc of env.versionLocations) {
    const prefix = loc === '' ? '' : `${loc}/`;
    const here: string[] = [];
    let nested = false;
    for (const p of list) {
      if (!p.startsWith(prefix) || !p.endsWith('.py')) continue;
      const slash = p.lastIndexOf('/');
      if (slash >= prefix.length) {
        if (!env.recursive) continue;
        // os.walk still enters a `__pycache__` folder's children; only files directly in one are skipped.
        if (p.slice(0, slash).endsWith('__pycache__')) continue;
        nested = true;
      }
      if (!isRevisionFileName(p.slice(slash + 1))) continue;
      here.push(p);
    }
    // Top-down walk: a folder's own files first, then each sub-folder (sorted) in turn. In one folder
    // that is plain name order, which a listing from git usually is already.
    if (nested) here.sort((a, b) => walkOrder(a.slice(prefix.length), b.slice(prefix.length)));
    else if (!ascending(here)) here.sort();
    // One location cannot list a file twice; several may ("File ... loaded twice! ignoring.").
    if (env.versionLocations.length === 1) return here;
    for (const p of here) {
      if (seen.has(p)) continue;
      seen.add(p);
      out.push(p);
    }
  }
  return out;
}

function ascending(list: readonly string[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i - 1]! > list[i]!) return false;
  return true;
}

function walkOrder(a: string, b: string): number {
  const pa = a.split('/');
  const pb = b.split('/');
  for (let i = 0; ; i++) {
    const lastA = i === pa.length - 1;
    const lastB = i === pb.length - 1;
    if (lastA && !lastB) return -1; // a file in this folder comes before any sub-folder
    if (lastB && !lastA) return 1;
    const x = pa[i]!;
    const y = pb[i]!;
    if (x !== y) return x < y ? -1 : 1;
    if (lastA && lastB) return 0;
  }
}
