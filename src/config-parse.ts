/**
 * Parsing and validating `.migraph.yml` (see config.ts for the format and docs/configuration.md).
 * A module of its own so the YAML library is loaded only for repositories that have the file.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair } from 'yaml';
import {
  CONFIG_FRAMEWORKS,
  ConfigError,
  CUSTOM_RUNNER_DEFAULTS,
  DEFAULT_CONFIG,
  DUPLICATE_VERDICTS,
  EDIT_VERDICTS,
  OUT_OF_ORDER_VERDICTS,
  PATTERN_GROUPS,
  RULE_SETTINGS,
  RUNNER_ORDERS,
  type Config,
  type ConfigProblem,
  type CustomRunnerConfig,
  type FrameworkSwitch,
  type RuleSetting,
} from './config.js';
import { RUNNERS } from './frameworks/ordered/types.js';
import { RULE_IDS } from './rules/index.js';

export interface ParseConfigOptions {
  /** The rule ids `rules:` may name (default: the rule registry). */
  ruleIds?: readonly string[];
}

/** Parses and validates the text of `.migraph.yml`; throws `ConfigError` listing every problem. */
export function parseConfig(text: string, file: string, options: ParseConfigOptions = {}): Config {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const syntax = [...doc.errors, ...doc.warnings];
  if (syntax.length > 0) {
    throw new ConfigError(
      file,
      syntax.map((e) => {
        const { line, col } = lineCounter.linePos(e.pos[0]);
        return { line: Math.max(line, 1), column: Math.max(col, 1), message: `YAML syntax error: ${firstLine(e.message)}` };
      }),
    );
  }
  return new Validator(doc, lineCounter, file, options.ruleIds ?? RULE_IDS).config();
}

const TOP_LEVEL_KEYS = ['frameworks', 'rules', 'runners', 'deployed-ref'] as const;
const RUNNER_KEYS = ['name', 'dir', 'pattern', 'order', 'out-of-order', 'duplicate', 'edited'] as const;

class Validator {
  private readonly problems: ConfigProblem[] = [];

  constructor(
    private readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
    private readonly file: string,
    private readonly ruleIds: readonly string[],
  ) {}

  config(): Config {
    const frameworks = { ...DEFAULT_CONFIG.frameworks };
    const rules: Record<string, RuleSetting> = {};
    const runners: CustomRunnerConfig[] = [];
    let deployedRef: string | undefined;

    const root = this.resolve(this.doc.contents);
    if (root !== null && !isEmptyScalar(root)) {
      if (!isMap(root)) {
        this.problem(root, `the file must be a mapping of ${TOP_LEVEL_KEYS.join(', ')}`);
      } else {
        for (const pair of root.items) {
          const key = this.key(pair, 'the top level', TOP_LEVEL_KEYS);
          if (key === 'frameworks') this.frameworks(pair, frameworks);
          else if (key === 'rules') this.rules(pair, rules);
          else if (key === 'runners') this.runners(pair, runners);
          else if (key === 'deployed-ref') deployedRef = this.deployedRef(pair);
        }
      }
    }
    if (this.problems.length > 0) throw new ConfigError(this.file, this.problems.sort((a, b) => a.line - b.line));
    return { file: this.file, frameworks, rules, runners, deployedRef };
  }

  private frameworks(pair: Pair, out: Record<FrameworkSwitch, boolean>): void {
    const map = this.mapping(pair, 'frameworks', 'a mapping of framework names to true or false');
    for (const item of map) {
      const key = this.key(item, 'frameworks', CONFIG_FRAMEWORKS, 'a framework migraph knows');
      if (key === undefined) continue;
      const value = this.resolve(item.value);
      if (isScalar(value) && typeof value.value === 'boolean') out[key] = value.value;
      else this.problem(value ?? item.key, `frameworks.${key} must be true or false${yaml11Hint(value)}`);
    }
  }

  private rules(pair: Pair, out: Record<string, RuleSetting>): void {
    const map = this.mapping(pair, 'rules', 'a mapping of rule ids to a severity');
    for (const item of map) {
      const key = this.key(item, 'rules', this.ruleIds, 'a rule');
      if (key === undefined) continue;
      const value = this.enumValue(item, `rules.${key}`, RULE_SETTINGS);
      if (value !== undefined) out[key] = value;
    }
  }

  private runners(pair: Pair, out: CustomRunnerConfig[]): void {
    const seq = this.resolve(pair.value);
    if (seq === null || isEmptyScalar(seq)) return;
    if (!isSeq(seq)) {
      this.problem(seq, 'runners must be a list of runners (each item starts with "- name: ...")');
      return;
    }
    const names = new Set<string>();
    seq.items.forEach((raw, i) => {
      const item = this.resolve(raw as Node | null);
      const where = `runners[${i}]`;
      if (!isMap(item)) {
        this.problem(item ?? seq, `${where} must be a mapping with name, dir and pattern`);
        return;
      }
      const fields = new Map<string, Pair>();
      for (const field of item.items) {
        const key = this.key(field, where, RUNNER_KEYS);
        if (key !== undefined) fields.set(key, field);
      }
      for (const required of ['name', 'dir', 'pattern'] as const) {
        if (!fields.has(required)) this.problem(item, `${where} has no '${required}'`);
      }
      const nameField = fields.get('name');
      const name = nameField && this.string(nameField, `${where}.name`);
      if (name !== undefined) {
        if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) {
          this.problem(nameField!.value, `${where}.name '${name}' must be letters, digits, '.', '_' or '-'`);
        } else if ((RUNNERS as readonly string[]).includes(name)) {
          this.problem(nameField!.value, `${where}.name '${name}' is a built-in runner; choose another name`);
        } else if (names.has(name)) {
          this.problem(nameField!.value, `${where}.name '${name}' is used by another runner`);
        }
        names.add(name);
      }
      const dirField = fields.get('dir');
      const dir = dirField && this.dir(dirField, `${where}.dir`);
      const patternField = fields.get('pattern');
      const pattern = patternField && this.pattern(patternField, `${where}.pattern`);
      const order = this.optionalEnum(fields.get('order'), `${where}.order`, RUNNER_ORDERS);
      const outOfOrder = this.optionalEnum(fields.get('out-of-order'), `${where}.out-of-order`, OUT_OF_ORDER_VERDICTS);
      const duplicate = this.optionalEnum(fields.get('duplicate'), `${where}.duplicate`, DUPLICATE_VERDICTS);
      const edited = this.optionalEnum(fields.get('edited'), `${where}.edited`, EDIT_VERDICTS);
      if (name === undefined || dir === undefined || pattern === undefined) return;
      out.push({
        name,
        dir,
        pattern,
        order: order ?? CUSTOM_RUNNER_DEFAULTS.order,
        outOfOrder: outOfOrder ?? CUSTOM_RUNNER_DEFAULTS.outOfOrder,
        duplicate: duplicate ?? CUSTOM_RUNNER_DEFAULTS.duplicate,
        edited: edited ?? CUSTOM_RUNNER_DEFAULTS.edited,
        line: this.lineOf(item),
      });
    });
  }

  private deployedRef(pair: Pair): string | undefined {
    const ref = this.string(pair, 'deployed-ref');
    if (ref === undefined) return undefined;
    // git check-ref-format's rules that matter here, plus no leading '-' (it would read as an option).
    if (ref.startsWith('-') || ref.includes('..') || ref.includes('@{') || /[\s~^:?*[\\]/.test(ref) || hasControlCharacter(ref) || ref.endsWith('/') || ref.endsWith('.lock')) {
      this.problem(pair.value, `deployed-ref '${ref}' is not a valid git ref (a branch, tag or commit such as origin/production)`);
      return undefined;
    }
    return ref;
  }

  private dir(pair: Pair, where: string): string | undefined {
    const raw = this.string(pair, where);
    if (raw === undefined) return undefined;
    const dir = raw === '.' || raw === './' ? '' : raw.replace(/^\.\//, '').replace(/\/$/, '');
    const bad =
      raw.startsWith('/') ? 'must be relative to the repository root, not absolute'
      : raw.includes('\\') ? "must use '/' as the separator"
      : /^[A-Za-z]:/.test(raw) ? 'must be relative to the repository root, not a drive path'
      : dir !== '' && dir.split('/').some((s) => s === '..') ? "must stay inside the repository (no '..')"
      : dir !== '' && dir.split('/').some((s) => s === '' || s === '.') ? "must not contain empty or '.' segments"
      : undefined;
    if (bad) {
      this.problem(pair.value, `${where} '${raw}' ${bad}`);
      return undefined;
    }
    return dir;
  }

  private pattern(pair: Pair, where: string): RegExp | undefined {
    const source = this.string(pair, where);
    if (source === undefined) return undefined;
    let pattern: RegExp;
    let groups: string[];
    try {
      pattern = new RegExp(source);
      // An alternative that matches the empty string reveals every named group (as undefined).
      groups = Object.keys(new RegExp(`(?:${source})|`).exec(String())?.groups ?? {});
    } catch (err) {
      this.problem(pair.value, `${where} is not a valid regular expression: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    }
    if (!groups.includes('version')) {
      this.problem(pair.value, `${where} must have a named group 'version', as in '^(?<version>\\d+)_(?<name>.+)\\.sql$'`);
      return undefined;
    }
    const unknown = groups.filter((g) => !(PATTERN_GROUPS as readonly string[]).includes(g));
    if (unknown.length > 0) {
      this.problem(
        pair.value,
        `${where} has a named group '${unknown[0]}'${didYouMean(unknown[0]!, PATTERN_GROUPS)}; the named groups are version (required) and name (optional)`,
      );
      return undefined;
    }
    return pattern;
  }

  // --- helpers --------------------------------------------------------------------------------------------

  private resolve(node: unknown): Node | null {
    let current = node as Node | null | undefined;
    // An alias resolves to its anchor; a cycle cannot occur in a parsed document without errors.
    for (let i = 0; i < 16 && current && isAlias(current); i++) current = current.resolve(this.doc) as Node | undefined;
    return current ?? null;
  }

  /** The items of a mapping value; `key:` with nothing after it is an empty mapping. */
  private mapping(pair: Pair, where: string, expected: string): Pair[] {
    const value = this.resolve(pair.value);
    if (value === null || isEmptyScalar(value)) return [];
    if (isMap(value)) return value.items as Pair[];
    this.problem(value, `${where} must be ${expected}`);
    return [];
  }

  private key<T extends string>(pair: Pair, where: string, known: readonly T[], what?: string): T | undefined {
    const keyNode = this.resolve(pair.key);
    const key = isScalar(keyNode) ? String(keyNode.value) : undefined;
    if (key === undefined) {
      this.problem(keyNode ?? pair.value, `${where} has a key that is not a plain name`);
      return undefined;
    }
    if ((known as readonly string[]).includes(key)) return key as T;
    const path = where === 'the top level' ? key : `${where}.${key}`;
    const head = what ? `${path} is not ${what}` : `${path} is not a setting`;
    const valid = known.length <= 20 ? `. Valid: ${known.join(', ')}` : where === 'rules' ? '. The rule ids are listed in docs/rules' : '';
    this.problem(keyNode, `${head}${didYouMean(key, known)}${valid}`);
    return undefined;
  }

  private string(pair: Pair, where: string): string | undefined {
    const value = this.resolve(pair.value);
    if (isScalar(value) && typeof value.value === 'string' && value.value !== '') return value.value;
    this.problem(value ?? pair.key, `${where} must be a non-empty string`);
    return undefined;
  }

  private enumValue<T extends string>(pair: Pair, where: string, valid: readonly T[]): T | undefined {
    const value = this.resolve(pair.value);
    const text = isScalar(value) && typeof value.value === 'string' ? value.value : undefined;
    if (text !== undefined && (valid as readonly string[]).includes(text)) return text as T;
    const shown = isScalar(value) && value.value !== null ? `, not '${String(value.value)}'${text !== undefined ? didYouMean(text, valid) : ''}` : '';
    this.problem(value ?? pair.key, `${where} must be one of ${valid.join(', ')}${shown}`);
    return undefined;
  }

  private optionalEnum<T extends string>(pair: Pair | undefined, where: string, valid: readonly T[]): T | undefined {
    return pair ? this.enumValue(pair, where, valid) : undefined;
  }

  private lineOf(node: unknown): number {
    const range = (node as Node | null | undefined)?.range;
    return range ? Math.max(this.lines.linePos(range[0]).line, 1) : 1;
  }

  private problem(node: unknown, message: string): void {
    this.problems.push({ line: this.lineOf(node), message });
  }
}

/** YAML 1.2 (what migraph reads) takes `yes`, `no`, `on` and `off` as text, unlike YAML 1.1. */
function yaml11Hint(node: Node | null): string {
  const text = isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
  return text !== undefined && /^(?:y|yes|n|no|on|off)$/i.test(text) ? ` ('${text}' is text in YAML 1.2)` : '';
}

function hasControlCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 0x20 || s.charCodeAt(i) === 0x7f) return true;
  return false;
}

function isEmptyScalar(node: Node): boolean {
  return isScalar(node) && node.value === null;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** ` (did you mean 'x'?)` for the closest candidate, when one is close enough to be a slip. */
function didYouMean(input: string, candidates: readonly string[]): string {
  const squash = (s: string) => s.toLowerCase().replace(/[-_\s]/g, '');
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    // Same letters apart from case and separators, or an abbreviation ('warn'), count as the closest.
    const same = squash(candidate) === squash(input) || (input.length >= 3 && squash(candidate).startsWith(squash(input)));
    const d = same ? 0 : editDistance(input.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const limit = Math.min(3, Math.max(1, Math.floor(input.length / 3)));
  if (best === undefined || bestDistance > limit) return '';
  return ` (did you mean '${best}'?)`;
}

/** Edit distance counting a swap of two neighbours as one edit (optimal string alignment). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}
