/**
 * The repository's configuration file, `.migraph.yml` (or `.migraph.yaml`) at the repository root.
 *
 * The caller reads it from the **base** commit, never from the pull request's head, so a pull request
 * cannot switch off the checks that judge it. This module is pure: text in, a typed `Config` out, or a
 * `ConfigError` (a `UsageError`, exit code 2) that names every problem with its file and line.
 *
 * Validation is strict on purpose: a misspelt key that was silently ignored would leave a check on (or
 * off) while the user believes otherwise, so unknown keys are errors, with a "did you mean" when close.
 * docs/configuration.md documents the format; keep the two in step. The parser itself is in
 * config-parse.ts, loaded only for a repository that has the file (it brings the YAML library).
 */
import { RUNNERS, type DuplicateVerdict, type EditVerdict, type OutOfOrderVerdict, type RunnerId } from './frameworks/ordered/types.js';
import { FRAMEWORKS, SEVERITIES, UsageError, type FrameworkId, type Severity } from './model.js';

export const CONFIG_FILES = ['.migraph.yml', '.migraph.yaml'] as const;

/** Every detector that `frameworks:` can switch off: the graph frameworks and the ordered runners. */
export const CONFIG_FRAMEWORKS: readonly FrameworkSwitch[] = [...new Set<FrameworkSwitch>([...FRAMEWORKS, ...RUNNERS])];
export type FrameworkSwitch = FrameworkId | RunnerId;

export const RULE_SETTINGS = [...SEVERITIES, 'off'] as const;
export type RuleSetting = Severity | 'off';

export const RUNNER_ORDERS = ['numeric', 'lexical', 'dotted'] as const;
export type RunnerOrder = (typeof RUNNER_ORDERS)[number];
export const OUT_OF_ORDER_VERDICTS = ['applied', 'error', 'error_unless_flag', 'skipped_silently'] as const satisfies readonly OutOfOrderVerdict[];
export const DUPLICATE_VERDICTS = ['error', 'allowed'] as const satisfies readonly DuplicateVerdict[];
export const EDIT_VERDICTS = ['error', 'warning', 'ignored'] as const satisfies readonly EditVerdict[];

/** The named groups a runner pattern may use. */
export const PATTERN_GROUPS = ['version', 'name'] as const;

/** A migration layout migraph cannot detect, described in `runners:`. */
export interface CustomRunnerConfig {
  name: string;
  /** The migrations folder, repository-relative POSIX without a trailing slash ('' for the root). */
  dir: string;
  /** Matched against each file's path relative to `dir`; has a `version` group and maybe a `name` group. */
  pattern: RegExp;
  order: RunnerOrder;
  /** What the runner does with these (the keys of `RunnerBehaviour`, so they can be spread into one). */
  outOfOrder: OutOfOrderVerdict;
  duplicate: DuplicateVerdict;
  edited: EditVerdict;
  /** Where the entry starts in the configuration file, for messages. */
  line: number;
}

export interface Config {
  /** The file the configuration came from; undefined for the defaults. */
  file: string | undefined;
  /** Detection switched on (true) or off (false) per framework; every key present. */
  frameworks: Readonly<Record<FrameworkSwitch, boolean>>;
  /** Only the rules the file sets; a rule that is absent keeps its own default severity. */
  rules: Readonly<Record<string, RuleSetting>>;
  runners: readonly CustomRunnerConfig[];
  /** What counts as "applied" instead of the base tip (`origin/production`); undefined: the base. */
  deployedRef: string | undefined;
}

/** The defaults for a custom runner's behaviour: the strictest reading, since migraph cannot know the tool. */
export const CUSTOM_RUNNER_DEFAULTS = {
  order: 'numeric',
  outOfOrder: 'error',
  duplicate: 'error',
  edited: 'warning',
} as const satisfies Pick<CustomRunnerConfig, 'order' | 'outOfOrder' | 'duplicate' | 'edited'>;

export const DEFAULT_CONFIG: Config = Object.freeze({
  file: undefined,
  frameworks: Object.freeze(Object.fromEntries(CONFIG_FRAMEWORKS.map((f) => [f, true])) as Record<FrameworkSwitch, boolean>),
  rules: Object.freeze({}),
  runners: Object.freeze([]),
  deployedRef: undefined,
});

/** One problem in the file; `column` is set for YAML syntax errors. */
export interface ConfigProblem {
  line: number;
  column?: number;
  message: string;
}

/** A configuration file that cannot be used: every problem found, each as `file:line: message`. */
export class ConfigError extends UsageError {
  override name = 'ConfigError';
  constructor(
    readonly file: string,
    readonly problems: readonly ConfigProblem[],
  ) {
    super(problems.map((p) => `${file}:${p.line}${p.column ? `:${p.column}` : ''}: ${p.message}`).join('\n'));
  }
}

/** The configuration file among a tree's paths: root-level `.migraph.yml`, else `.migraph.yaml`. */
export function findConfigFile(paths: readonly string[]): string | undefined {
  const present = new Set(paths.map((p) => p.replace(/^\.\//, '')));
  return CONFIG_FILES.find((name) => present.has(name));
}

/** The severity a rule runs at: the file's setting, else the rule's own default. */
export function ruleSetting(config: Config, ruleId: string, defaultSeverity: Severity): RuleSetting {
  return config.rules[ruleId] ?? defaultSeverity;
}
