import type { Span } from '../../model.js';
import type { ParseProblem } from '../django/types.js';

/**
 * What one Alembic revision file says, read statically (never imported). Produced by
 * `parseRevision(text)`; depends only on the text, so callers cache it by blob id.
 */
export interface ValueAt<T> {
  value: T;
  span: Span;
}

export interface ParsedRevision {
  /** `revision = "abc123"`; undefined when missing or not a string literal (then a problem says why). */
  revision?: ValueAt<string>;
  /**
   * `down_revision`: `None` gives `[]` (a base), a string one parent, a tuple or list several (a merge
   * point). Undefined when the assignment is missing or unreadable.
   */
  downRevision?: ValueAt<string[]>;
  /** `branch_labels`: None, a string, or a tuple/list/set of strings. */
  branchLabels: string[];
  branchLabelsSpan?: Span;
  /** `depends_on`: None, a string, or a tuple/list of strings (revision ids or branch labels). */
  dependsOn: string[];
  dependsOnSpan?: Span;
  /** The module docstring's `Revises:` line, used only as a hint when `down_revision` is unreadable. */
  docstringRevises?: string[];
  /** The module docstring's first line (Alembic's message). */
  message?: string;
  problems: ParseProblem[];
}

/** One Alembic environment found in the repository. */
export interface AlembicEnvironment {
  /** The folder that holds alembic.ini / pyproject.toml (or the script location for a bare layout). */
  root: string;
  /** Where the configuration came from, for messages. */
  configFile?: string;
  /** `script_location` resolved to a repository path (holds env.py and script.py.mako). */
  scriptLocation: string;
  /** Folders searched for revision files (`version_locations`, default `<script_location>/versions`). */
  versionLocations: string[];
  recursive: boolean;
  /** `file_template` from the configuration, when set. */
  fileTemplate?: string;
  /** Repository path of the environment's `script.py.mako`, when present. */
  scriptTemplate?: string;
  /** The `[section]` of an .ini file the settings came from, when it is not `alembic` (`alembic -n NAME`). */
  iniSection?: string;
  /** `truncate_slug_length` from the configuration, when set (Alembic's default is 40). */
  truncateSlugLength?: number;
  /** `sourceless = true`: Alembic also loads `.pyc`/`.pyo` files without a source; migraph cannot read those. */
  sourceless?: boolean;
  /** Things about this environment's configuration migraph could not follow exactly, for messages. */
  notes?: string[];
}

/** A configuration file that yields no environment, or that migraph could only partly read. */
export interface DiscoveryNote {
  file: string;
  message: string;
}
