import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CONFIG_FRAMEWORKS,
  ConfigError,
  DEFAULT_CONFIG,
  findConfigFile,
  ruleSetting,
  type Config,
} from '../src/config.js';
import { parseConfig } from '../src/config-parse.js';
import { RUNNERS } from '../src/frameworks/ordered/types.js';
import { UsageError } from '../src/model.js';

const FILE = '.migraph.yml';
/** A fixed rule list, so these tests do not move when rules are added to the registry. */
const RULE_IDS = ['multiple-leaves', 'duplicate-number', 'applied-modified', 'out-of-order'];

const parse = (text: string): Config => parseConfig(text, FILE, { ruleIds: RULE_IDS });

/** The problems of a file that must fail, as `line: message` (with `:column` for syntax errors). */
function problems(text: string): string[] {
  try {
    parse(text);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    expect(err).toBeInstanceOf(UsageError);
    const error = err as ConfigError;
    expect(error.message).toBe(error.problems.map((p) => `${FILE}:${p.line}${p.column ? `:${p.column}` : ''}: ${p.message}`).join('\n'));
    return error.problems.map((p) => `${p.line}${p.column ? `:${p.column}` : ''}: ${p.message}`);
  }
  throw new Error('expected a ConfigError');
}

const EXAMPLE = `# migraph configuration
frameworks:
  django: true
  alembic: true
  prisma: false
rules:
  duplicate-number: off
  out-of-order: warning
runners:
  - name: legacy-sql
    dir: db/legacy
    pattern: '^(?<version>\\d+)__(?<name>.+)\\.sql$'
    order: numeric
    out-of-order: error
    duplicate: error
    edited: warning
deployed-ref: origin/production
`;

describe('DEFAULT_CONFIG', () => {
  it('switches every framework and runner on and changes nothing else', () => {
    expect(Object.keys(DEFAULT_CONFIG.frameworks).sort()).toEqual([...CONFIG_FRAMEWORKS].sort());
    for (const id of ['django', 'alembic', ...RUNNERS]) expect(DEFAULT_CONFIG.frameworks[id as keyof Config['frameworks']]).toBe(true);
    expect(DEFAULT_CONFIG).toMatchObject({ file: undefined, rules: {}, runners: [], deployedRef: undefined });
    expect(Object.isFrozen(DEFAULT_CONFIG)).toBe(true);
    expect(Object.isFrozen(DEFAULT_CONFIG.frameworks)).toBe(true);
  });
});

describe('findConfigFile', () => {
  it('finds the root-level file, preferring .migraph.yml', () => {
    expect(findConfigFile(['README.md', '.migraph.yaml'])).toBe('.migraph.yaml');
    expect(findConfigFile(['.migraph.yaml', '.migraph.yml'])).toBe('.migraph.yml');
    expect(findConfigFile(['./.migraph.yml'])).toBe('.migraph.yml');
  });

  it('ignores files in subfolders and other names', () => {
    expect(findConfigFile(['app/.migraph.yml', 'migraph.yml', '.migraph.json'])).toBeUndefined();
    expect(findConfigFile([])).toBeUndefined();
  });
});

describe('parseConfig: valid files', () => {
  it('reads the documented example', () => {
    const config = parse(EXAMPLE);
    expect(config.file).toBe(FILE);
    expect(config.frameworks).toEqual({ ...DEFAULT_CONFIG.frameworks, prisma: false });
    expect(config.rules).toEqual({ 'duplicate-number': 'off', 'out-of-order': 'warning' });
    expect(config.deployedRef).toBe('origin/production');
    expect(config.runners).toHaveLength(1);
    const [runner] = config.runners;
    expect(runner).toEqual({
      name: 'legacy-sql',
      dir: 'db/legacy',
      pattern: expect.any(RegExp),
      order: 'numeric',
      outOfOrder: 'error',
      duplicate: 'error',
      edited: 'warning',
      line: 10,
    });
    expect(runner!.pattern.exec('0007__add_users.sql')?.groups).toEqual({ version: '0007', name: 'add_users' });
    expect(runner!.pattern.test('notes.txt')).toBe(false);
  });

  it('fills the defaults of a custom runner', () => {
    const config = parse("runners:\n  - name: ops\n    dir: ./ops/sql/\n    pattern: '^(?<version>\\d+)\\.sql$'\n");
    expect(config.runners).toEqual([
      { name: 'ops', dir: 'ops/sql', pattern: /^(?<version>\d+)\.sql$/, order: 'numeric', outOfOrder: 'error', duplicate: 'error', edited: 'warning', line: 2 },
    ]);
  });

  it('accepts every enum value', () => {
    const runner = (order: string, ooo: string, dup: string, edited: string) =>
      parse(`runners:\n  - {name: r, dir: '.', pattern: '(?<version>\\d+)', order: ${order}, out-of-order: ${ooo}, duplicate: ${dup}, edited: ${edited}}\n`).runners[0];
    expect(runner('lexical', 'applied', 'allowed', 'ignored')).toMatchObject({ dir: '', order: 'lexical', outOfOrder: 'applied', duplicate: 'allowed', edited: 'ignored' });
    expect(runner('dotted', 'skipped_silently', 'error', 'error')).toMatchObject({ order: 'dotted', outOfOrder: 'skipped_silently', edited: 'error' });
    expect(runner('numeric', 'error_unless_flag', 'error', 'warning')).toMatchObject({ outOfOrder: 'error_unless_flag' });
    expect(parse('rules:\n  multiple-leaves: error\n  duplicate-number: notice\n').rules).toEqual({
      'multiple-leaves': 'error',
      'duplicate-number': 'notice',
    });
  });

  it('treats an empty file, comments only, {} and empty sections as the defaults', () => {
    for (const text of ['', '\n', '# nothing yet\n', '{}\n', '---\n', 'frameworks:\nrules:\nrunners:\n', 'rules: {}\nrunners: []\n']) {
      expect(parse(text)).toEqual({ ...DEFAULT_CONFIG, file: FILE });
    }
  });

  it('follows YAML anchors and aliases', () => {
    const config = parse('frameworks:\n  prisma: &off false\n  flyway: *off\n');
    expect(config.frameworks).toMatchObject({ prisma: false, flyway: false, rails: true });
  });

  it('checks rule ids against the rule registry by default', () => {
    const config = parseConfig('rules:\n  duplicate-number: off\n', FILE);
    expect(config.rules).toEqual({ 'duplicate-number': 'off' });
    expect(() => parseConfig('rules:\n  no-such-rule: off\n', FILE)).toThrow(/^\.migraph\.yml:2: rules\.no-such-rule is not a rule/);
  });

  it('ruleSetting gives the file’s setting or the rule’s default', () => {
    const config = parse(EXAMPLE);
    expect(ruleSetting(config, 'duplicate-number', 'warning')).toBe('off');
    expect(ruleSetting(config, 'multiple-leaves', 'error')).toBe('error');
  });
});

describe('docs/configuration.md', () => {
  it('has examples that parse with the real rule registry', () => {
    const doc = readFileSync(new URL('../docs/configuration.md', import.meta.url), 'utf8');
    const blocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    for (const block of blocks) expect(() => parseConfig(block, FILE)).not.toThrow();
  });

  it('lists every framework switch', () => {
    const doc = readFileSync(new URL('../docs/configuration.md', import.meta.url), 'utf8');
    for (const id of CONFIG_FRAMEWORKS) expect(doc).toContain(`\`${id}\``);
  });
});

describe('parseConfig: errors', () => {
  it('reports YAML syntax errors with line and column', () => {
    expect(problems('frameworks:\n  prisma: [false\n')).toEqual([expect.stringMatching(/^3:1: YAML syntax error: /)]);
    expect(problems('rules:\n  duplicate-number: off\n bad: indent\n')).toEqual([expect.stringMatching(/^3:\d+: YAML syntax error: /)]);
    expect(problems('frameworks: "unterminated\n')).toEqual([expect.stringMatching(/^\d+:\d+: YAML syntax error: Missing closing "quote/)]);
  });

  it('reports duplicate keys and several documents as syntax errors', () => {
    expect(problems('frameworks:\n  prisma: true\n  prisma: false\n')).toEqual(['3:3: YAML syntax error: Map keys must be unique']);
    expect(problems('rules: {}\n---\nrules: {}\n')).toEqual([expect.stringMatching(/^2:1: YAML syntax error: .*multiple documents/i)]);
  });

  it('requires a mapping at the top', () => {
    expect(problems('- frameworks\n')).toEqual(['1: the file must be a mapping of frameworks, rules, runners, deployed-ref']);
    expect(problems('just text\n')).toEqual(['1: the file must be a mapping of frameworks, rules, runners, deployed-ref']);
  });

  it('rejects unknown top-level keys, with a suggestion when close', () => {
    expect(problems('rules: {}\ndeployed_ref: main\n')).toEqual([
      "2: deployed_ref is not a setting (did you mean 'deployed-ref'?). Valid: frameworks, rules, runners, deployed-ref",
    ]);
    expect(problems('framework:\n  prisma: false\n')).toEqual([
      "1: framework is not a setting (did you mean 'frameworks'?). Valid: frameworks, rules, runners, deployed-ref",
    ]);
    expect(problems('colour: blue\n')).toEqual(['1: colour is not a setting. Valid: frameworks, rules, runners, deployed-ref']);
  });

  it('checks frameworks', () => {
    expect(problems('frameworks: false\n')).toEqual(['1: frameworks must be a mapping of framework names to true or false']);
    expect(problems('\n\n\n\n\n\nframeworks:\n  prisma: "false"\n')).toEqual(['8: frameworks.prisma must be true or false']);
    expect(problems('frameworks:\n  prisma: off\n')).toEqual(["2: frameworks.prisma must be true or false ('off' is text in YAML 1.2)"]);
    expect(problems('frameworks:\n  prisma:\n')).toEqual(['2: frameworks.prisma must be true or false']);
    const [unknown] = problems('frameworks:\n  prsima: false\n');
    expect(unknown).toMatch(/^2: frameworks\.prsima is not a framework migraph knows \(did you mean 'prisma'\?\)\. Valid: django, alembic, prisma, /);
    expect(problems('frameworks:\n  golang_migrate: false\n')[0]).toContain("(did you mean 'golang-migrate'?)");
  });

  it('checks rules', () => {
    expect(problems('rules:\n  - duplicate-number\n')).toEqual(['2: rules must be a mapping of rule ids to a severity']);
    expect(problems('rules:\n  duplicate-numbr: off\n')).toEqual([
      "2: rules.duplicate-numbr is not a rule (did you mean 'duplicate-number'?). Valid: multiple-leaves, duplicate-number, applied-modified, out-of-order",
    ]);
    expect(problems('rules:\n  multiple-leaves: warn\n')).toEqual([
      "2: rules.multiple-leaves must be one of error, warning, notice, off, not 'warn' (did you mean 'warning'?)",
    ]);
    expect(problems('rules:\n  multiple-leaves: false\n')).toEqual(["2: rules.multiple-leaves must be one of error, warning, notice, off, not 'false'"]);
    expect(problems('rules:\n  multiple-leaves:\n')).toEqual(['2: rules.multiple-leaves must be one of error, warning, notice, off']);
  });

  it('checks the shape of runners', () => {
    expect(problems('runners:\n  name: x\n')).toEqual(['2: runners must be a list of runners (each item starts with "- name: ...")']);
    expect(problems('runners:\n  - legacy\n')).toEqual(['2: runners[0] must be a mapping with name, dir and pattern']);
    expect(problems('runners:\n  - order: numeric\n')).toEqual([
      "2: runners[0] has no 'name'",
      "2: runners[0] has no 'dir'",
      "2: runners[0] has no 'pattern'",
    ]);
    expect(problems("runners:\n  - name: a\n    dir: a\n    pattern: '(?<version>.)'\n    edit: error\n")).toEqual([
      "5: runners[0].edit is not a setting (did you mean 'edited'?). Valid: name, dir, pattern, order, out-of-order, duplicate, edited",
    ]);
    expect(problems("runners:\n  - name: a\n    dir: a\n    pattern: '(?<version>.)'\n    outOfOrder: error\n")[0]).toContain(
      "(did you mean 'out-of-order'?)",
    );
  });

  it('checks runner names', () => {
    const runner = (name: string) => `  - name: ${name}\n    dir: d\n    pattern: '(?<version>\\d+)'\n`;
    expect(problems(`runners:\n${runner("'has space'")}`)).toEqual(["2: runners[0].name 'has space' must be letters, digits, '.', '_' or '-'"]);
    expect(problems(`runners:\n${runner('prisma')}`)).toEqual(["2: runners[0].name 'prisma' is a built-in runner; choose another name"]);
    expect(problems(`runners:\n${runner('a')}${runner('a')}`)).toEqual(["5: runners[1].name 'a' is used by another runner"]);
    expect(problems(`runners:\n${runner('12')}`)).toEqual(['2: runners[0].name must be a non-empty string']);
    expect(problems(`runners:\n${runner("''")}`)).toEqual(['2: runners[0].name must be a non-empty string']);
  });

  it('checks runner folders: repository-relative, no ..', () => {
    const dir = (value: string) => problems(`runners:\n  - name: r\n    dir: ${value}\n    pattern: '(?<version>\\d+)'\n`);
    expect(dir('/etc/sql')).toEqual(["3: runners[0].dir '/etc/sql' must be relative to the repository root, not absolute"]);
    expect(dir('../shared/sql')).toEqual(["3: runners[0].dir '../shared/sql' must stay inside the repository (no '..')"]);
    expect(dir('db/../../x')).toEqual(["3: runners[0].dir 'db/../../x' must stay inside the repository (no '..')"]);
    expect(dir("'db\\sql'")).toEqual(["3: runners[0].dir 'db\\sql' must use '/' as the separator"]);
    expect(dir("'C:/sql'")).toEqual(["3: runners[0].dir 'C:/sql' must be relative to the repository root, not a drive path"]);
    expect(dir('db//sql')).toEqual(["3: runners[0].dir 'db//sql' must not contain empty or '.' segments"]);
    expect(dir('db/./sql')).toEqual(["3: runners[0].dir 'db/./sql' must not contain empty or '.' segments"]);
  });

  it('checks runner patterns', () => {
    const pattern = (value: string) => problems(`runners:\n  - name: r\n    dir: db\n    pattern: ${value}\n`);
    expect(pattern("'^(?<version>\\d+'")[0]).toMatch(/^4: runners\[0\]\.pattern is not a valid regular expression: .*Unterminated group/);
    expect(pattern("'^(\\d+)_(.+)\\.sql$'")).toEqual([
      "4: runners[0].pattern must have a named group 'version', as in '^(?<version>\\d+)_(?<name>.+)\\.sql$'",
    ]);
    expect(pattern("'^(?<verison>\\d+)'")).toEqual([
      "4: runners[0].pattern must have a named group 'version', as in '^(?<version>\\d+)_(?<name>.+)\\.sql$'",
    ]);
    expect(pattern("'^(?<version>\\d+)_(?<title>.+)$'")).toEqual([
      "4: runners[0].pattern has a named group 'title'; the named groups are version (required) and name (optional)",
    ]);
    expect(pattern("'^(?<version>\\d+)_(?<nmae>.+)$'")[0]).toContain("'nmae' (did you mean 'name'?)");
    expect(pattern('42')).toEqual(['4: runners[0].pattern must be a non-empty string']);
  });

  it('checks runner behaviours, with the valid values', () => {
    const field = (key: string, value: string) =>
      problems(`runners:\n  - name: r\n    dir: db\n    pattern: '(?<version>\\d+)'\n    ${key}: ${value}\n`);
    expect(field('order', 'numerc')).toEqual(["5: runners[0].order must be one of numeric, lexical, dotted, not 'numerc' (did you mean 'numeric'?)"]);
    expect(field('out-of-order', 'warn')).toEqual([
      "5: runners[0].out-of-order must be one of applied, error, error_unless_flag, skipped_silently, not 'warn'",
    ]);
    expect(field('out-of-order', 'error-unless-flag')).toEqual([
      "5: runners[0].out-of-order must be one of applied, error, error_unless_flag, skipped_silently, not 'error-unless-flag' (did you mean 'error_unless_flag'?)",
    ]);
    expect(field('duplicate', 'warning')).toEqual(["5: runners[0].duplicate must be one of error, allowed, not 'warning'"]);
    expect(field('edited', 'true')).toEqual(["5: runners[0].edited must be one of error, warning, ignored, not 'true'"]);
  });

  it('checks deployed-ref', () => {
    expect(problems('deployed-ref: --upload-pack=x\n')).toEqual([
      "1: deployed-ref '--upload-pack=x' is not a valid git ref (a branch, tag or commit such as origin/production)",
    ]);
    expect(problems("deployed-ref: 'main..prod'\n")[0]).toMatch(/^1: deployed-ref 'main\.\.prod' is not a valid git ref/);
    expect(problems("deployed-ref: 'origin/prod branch'\n")[0]).toMatch(/is not a valid git ref/);
    expect(problems('deployed-ref:\n')).toEqual(['1: deployed-ref must be a non-empty string']);
    expect(problems('deployed-ref: [main]\n')).toEqual(['1: deployed-ref must be a non-empty string']);
    expect(parse('deployed-ref: v1.2.3\n').deployedRef).toBe('v1.2.3');
    expect(parse('deployed-ref: 0123abc\n').deployedRef).toBe('0123abc');
  });

  it('reports every problem at once, in line order', () => {
    const text = 'rules:\n  nope: off\nframeworks:\n  prisma: maybe\nextra: 1\n';
    expect(problems(text)).toEqual([
      '2: rules.nope is not a rule. Valid: multiple-leaves, duplicate-number, applied-modified, out-of-order',
      '4: frameworks.prisma must be true or false',
      '5: extra is not a setting. Valid: frameworks, rules, runners, deployed-ref',
    ]);
  });

  it('names the file it was given', () => {
    expect(() => parseConfig('frameworks: 1\n', '.migraph.yaml')).toThrow(
      '.migraph.yaml:1: frameworks must be a mapping of framework names to true or false',
    );
  });
});
