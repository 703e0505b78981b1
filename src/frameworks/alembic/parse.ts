/**
 * Reads one Alembic revision file statically, with @lezer/python. Nothing is imported or run.
 *
 * What Alembic itself reads from the module (sqlalchemy/alembic `alembic/script/base.py`, `Script.__init__`
 * and `Script._from_path`):
 *   - `revision` (when the module has none, a legacy file name `<hex>.py` gives the id: `_legacy_rev`);
 *   - `down_revision` (`module.down_revision`: required, AttributeError without it);
 *   - `branch_labels` and `depends_on` via `util.to_tuple(getattr(module, name, None), default=())`, so a
 *     string is one label and any iterable (tuple, list, set) is several;
 *   - the module docstring: `Script.doc` is `longdoc.strip()` split at the first blank line.
 * `alembic/script/revision.py` `Revision.__init__` turns `down_revision` into
 * `tuple_rev_as_scalar(util.to_tuple(down_revision, default=None))`: None and `()` both mean a base.
 */
import type { SyntaxNode } from '@lezer/common';
import { expressionChildren, parsePython, syntaxProblem, toValue } from '../django/parse-lezer.js';
import { decodeStringLiteral, LineMap, quoteOf, type Value } from '../django/literal.js';
import type { Tree } from '@lezer/common';
import type { ParseProblem } from '../django/types.js';
import { readDocstring } from './quick.js';
import { scanRevision, type ScanOptions } from './scan.js';
import type { ParsedRevision } from './types.js';

const NAMES = ['revision', 'down_revision', 'branch_labels', 'depends_on'] as const;
type Name = (typeof NAMES)[number];
const NAME_SET = new Set<string>(NAMES);
const COMPOUND = new Set([
  'IfStatement', 'ForStatement', 'WhileStatement', 'TryStatement', 'WithStatement', 'MatchStatement',
]);

/** `_legacy_rev = re.compile(r"([a-f0-9]+)\.py$")` in `alembic/script/base.py`, used with `.match`. */
export function legacyRevisionId(fileName: string): string | undefined {
  const m = /^([a-f0-9]+)\.py$/.exec(fileName);
  return m?.[1];
}

export function cannotReadRevision(name: string, why: string): string {
  return `migraph reads revision files without running them and could not read \`${name}\` statically: ${why}`;
}

/** The last thing a module-level statement did to one of our names. */
type Binding =
  | { kind: 'value'; value: Value; stmtFrom: number; stmtTo: number }
  | { kind: 'unknown'; why: string; from: number; to: number }
  | { kind: 'deleted' };

function snippet(text: string, from: number, to: number): string {
  const raw = text.slice(from, to).replace(/\s+/g, ' ');
  return raw.length > 60 ? `${raw.slice(0, 57)}...` : raw;
}

function statementsOf(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.name === 'StatementGroup') out.push(...statementsOf(c));
    else if (c.name !== ';' && c.name !== 'Comment' && c.name !== ':') out.push(c);
  }
  return out;
}

function collectNames(node: SyntaxNode, text: string, out: string[]): void {
  if (node.name === 'VariableName') {
    out.push(text.slice(node.from, node.to));
    return;
  }
  for (let c = node.firstChild; c; c = c.nextSibling) collectNames(c, text, out);
}

/** Names bound anywhere inside a compound statement's blocks (functions and classes have their own scope). */
function namesBoundInside(node: SyntaxNode, text: string, out: Set<string>): void {
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.name === 'FunctionDefinition' || c.name === 'ClassDefinition') continue;
    if (c.name === 'AssignStatement' || c.name === 'UpdateStatement') {
      const t = assignTargets(c, text);
      for (const n of [...t.names, ...t.unpacked]) out.add(n);
      namesBoundInside(c, text, out);
    } else if (c.name === 'NamedExpression' || c.name === 'DeleteStatement') {
      const first = c.name === 'NamedExpression' ? c.firstChild : c.getChild('VariableName');
      if (first?.name === 'VariableName') out.add(text.slice(first.from, first.to));
      namesBoundInside(c, text, out);
    } else if (c.name === 'ForStatement') {
      // `for revision in ...:` binds its target.
      for (let t = c.firstChild; t && t.name !== 'in'; t = t.nextSibling) {
        const names: string[] = [];
        collectNames(t, text, names);
        for (const n of names) out.add(n);
      }
      namesBoundInside(c, text, out);
    } else {
      namesBoundInside(c, text, out);
    }
  }
}

/** Assignment targets: plain names, and whether any of them is unpacked (`a, b = ...`). */
function assignTargets(stmt: SyntaxNode, text: string): { names: string[]; unpacked: string[] } {
  const names: string[] = [];
  const unpacked: string[] = [];
  let group: SyntaxNode[] = [];
  for (let c = stmt.firstChild; c; c = c.nextSibling) {
    if (c.name === 'AssignOp' || c.name === 'UpdateOp') {
      const targets = group.filter((g) => g.name !== ',' && g.name !== 'TypeDef' && g.name !== 'Comment');
      const isUnpack = targets.length > 1 || group.some((g) => g.name === ',');
      for (const t of targets) {
        if (t.name === 'VariableName' && !isUnpack) names.push(text.slice(t.from, t.to));
        else collectNames(t, text, unpacked);
      }
      group = [];
    } else {
      group.push(c);
    }
  }
  return { names, unpacked };
}

/** The right-hand side of `a = b = value`; a bare `x, y` becomes a tuple. */
function assignedValue(stmt: SyntaxNode, text: string): Value | undefined {
  let lastOp: SyntaxNode | undefined;
  for (let c = stmt.firstChild; c; c = c.nextSibling) if (c.name === 'AssignOp') lastOp = c;
  if (!lastOp) return undefined; // `name: annotation` alone binds nothing
  const parts: SyntaxNode[] = [];
  let commas = 0;
  for (let c = lastOp.nextSibling; c; c = c.nextSibling) {
    if (c.name === ',') commas++;
    else if (c.name !== 'Comment') parts.push(c);
  }
  if (parts.length === 0) return { kind: 'other', what: 'nothing (a syntax error)', from: stmt.to, to: stmt.to };
  if (parts.length === 1 && commas === 0) return valueOf(parts[0]!, text);
  return { kind: 'tuple', items: parts.map((p) => valueOf(p, text)), from: parts[0]!.from, to: parts[parts.length - 1]!.to };
}

/** Like the Django reader's `toValue`, plus set displays (`{"a", "b"}`), which `util.to_tuple` accepts. */
function valueOf(node: SyntaxNode, text: string): Value {
  if (node.name === 'SetExpression') {
    const parts = expressionChildren(node);
    if (parts.some((p) => p.name === '*' || p.type.isError)) {
      return { kind: 'other', what: `\`${snippet(text, node.from, node.to)}\``, from: node.from, to: node.to };
    }
    // A set has no order; Alembic only uses it as a collection of labels.
    return { kind: 'list', items: parts.map((p) => valueOf(p, text)), from: node.from, to: node.to };
  }
  if (node.name === 'ParenthesizedExpression') {
    const parts = expressionChildren(node);
    if (parts.length === 1) return valueOf(parts[0]!, text);
  }
  if (node.name === 'TupleExpression' || node.name === 'ArrayExpression') {
    const v = toValue(node, text);
    if (v.kind === 'tuple' || v.kind === 'list') {
      return { ...v, items: expressionChildren(node).map((p) => valueOf(p, text)) };
    }
    return v;
  }
  return toValue(node, text);
}

function describe(v: Value): string {
  switch (v.kind) {
    case 'list': return 'a list';
    case 'tuple': return 'a tuple';
    case 'str': return v.bytes ? 'a byte string' : 'a string';
    case 'swappable': return 'a call';
    case 'bool': return v.value ? 'True' : 'False';
    case 'none': return 'None';
    case 'other': return v.what;
  }
}

/** None, a string, or a collection of strings, as `util.to_tuple` reads them. */
function readIds(name: Name, v: Value, lines: LineMap, problems: ParseProblem[]): string[] | undefined {
  if (v.kind === 'none') return [];
  if (v.kind === 'str' && !v.bytes) return [v.value];
  if (v.kind === 'tuple' || v.kind === 'list') {
    const out: string[] = [];
    for (const item of v.items) {
      if (item.kind === 'str' && !item.bytes) {
        out.push(item.value);
        continue;
      }
      problems.push({
        message: cannotReadRevision(name, `an entry is ${describe(item)}, not a string literal`),
        span: lines.span(item.from, item.to),
      });
      return undefined;
    }
    return out;
  }
  const why = `it is ${describe(v)}, not None, a string or a tuple of strings`;
  problems.push({ message: cannotReadRevision(name, why), span: lines.span(v.from, v.to) });
  return undefined;
}

interface Docstring {
  value: string;
}

function moduleDocstring(statements: SyntaxNode[], text: string): Docstring | undefined {
  const first = statements[0];
  if (first?.name !== 'ExpressionStatement') return undefined;
  const parts = expressionChildren(first);
  if (parts.length !== 1) return undefined;
  const node = parts[0]!;
  if (node.name === 'String') {
    const d = decodeStringLiteral(text.slice(node.from, node.to));
    return d && !d.bytes ? { value: d.value } : undefined;
  }
  if (node.name === 'ContinuedString') {
    let value = '';
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.name === 'Comment') continue;
      if (c.name !== 'String') return undefined;
      const d = decodeStringLiteral(text.slice(c.from, c.to));
      if (!d || d.bytes) return undefined;
      value += d.value;
    }
    return { value };
  }
  return undefined;
}

/**
 * The quote a revision file's own string literals use most, for code written into it (a fix). Unlike the
 * Django reader's `countQuotes`, triple-quoted strings are left out: the docstring Alembic's template
 * writes is always triple-double quoted while the identifiers it writes with `repr()` use single quotes.
 * Not part of `ParsedRevision`: only the few files a fix edits need it, and counting every string of
 * every file would be most of the work of reading one.
 */
export function revisionQuoteStyle(input: string): '"' | "'" {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  return quoteStyle(text, parsePython(text));
}

function quoteStyle(text: string, tree: Tree): '"' | "'" {
  let doubles = 0;
  let singles = 0;
  tree.iterate({
    enter(n) {
      if (n.name !== 'String' && n.name !== 'FormatString') return undefined;
      const m = /^[A-Za-z]{0,2}("""|'''|"|')/.exec(text.slice(n.from, Math.min(n.to, n.from + 5)));
      if (m?.[1] === '"') doubles++;
      else if (m?.[1] === "'") singles++;
      return false;
    },
  });
  return quoteOf(doubles, singles);
}

/**
 * Reads a revision file. Always answers; anything uncertain becomes a problem naming the variable.
 * The fast scanner (scan.ts) answers for the files Alembic writes; anything it is not sure about goes
 * through the full lezer parse. `{ lean: true }` is for files already on the base branch (Alembic has
 * imported them, so they are valid Python): the scanner then skims function bodies instead of checking
 * their grammar. See the top of scan.ts for what that does and does not check.
 */
export function parseRevision(input: string, options?: ScanOptions): ParsedRevision {
  return scanRevision(input, options) ?? parseRevisionThorough(input);
}

/** Always the full @lezer/python parse (the authority the fast path is tested against). */
export function parseRevisionThorough(input: string): ParsedRevision {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const tree = parsePython(text);
  const lines = new LineMap(text);
  const problems: ParseProblem[] = [];
  const syntax = syntaxProblem(text, tree, lines);
  if (syntax) problems.push(syntax);
  const statements = statementsOf(tree.topNode);

  const bindings = new Map<Name, Binding>();
  const bindUnknown = (name: string, why: string, node: SyntaxNode): void => {
    if (NAME_SET.has(name)) bindings.set(name as Name, { kind: 'unknown', why, from: node.from, to: node.to });
  };

  for (const stmt of statements) {
    const what = snippet(text, stmt.from, stmt.to);
    if (stmt.name === 'AssignStatement') {
      const { names, unpacked } = assignTargets(stmt, text);
      const value = assignedValue(stmt, text);
      for (const n of unpacked) bindUnknown(n, `it is bound by unpacking (\`${what}\`)`, stmt);
      if (value) {
        for (const n of names) {
          if (NAME_SET.has(n)) bindings.set(n as Name, { kind: 'value', value, stmtFrom: stmt.from, stmtTo: stmt.to });
        }
      }
    } else if (stmt.name === 'UpdateStatement') {
      for (const n of assignTargets(stmt, text).names) bindUnknown(n, `it is changed with an augmented assignment (\`${what}\`)`, stmt);
    } else if (stmt.name === 'DeleteStatement') {
      const names: string[] = [];
      collectNames(stmt, text, names);
      for (const n of names) if (NAME_SET.has(n)) bindings.set(n as Name, { kind: 'deleted' });
    } else if (stmt.name === 'ImportStatement') {
      for (let c = stmt.firstChild; c; c = c.nextSibling) {
        if (c.name === 'VariableName') bindUnknown(text.slice(c.from, c.to), `it is bound by an import (\`${what}\`)`, stmt);
      }
    } else if (stmt.name === 'FunctionDefinition' || stmt.name === 'ClassDefinition') {
      const n = stmt.getChild('VariableName');
      if (n) bindUnknown(text.slice(n.from, n.to), 'a function or class of that name is defined', stmt);
    } else if (stmt.name === 'DecoratedStatement') {
      const inner = stmt.getChild('FunctionDefinition') ?? stmt.getChild('ClassDefinition');
      const n = inner?.getChild('VariableName');
      if (n) bindUnknown(text.slice(n.from, n.to), 'a function or class of that name is defined', stmt);
    } else if (COMPOUND.has(stmt.name)) {
      const names = new Set<string>();
      namesBoundInside(stmt, text, names);
      if (stmt.name === 'ForStatement' || stmt.name === 'WithStatement') {
        // Targets of the statement itself (`for revision in ...`, `with x as revision`).
        for (let c = stmt.firstChild; c && c.name !== 'Body'; c = c.nextSibling) {
          if (c.name === 'VariableName') names.add(text.slice(c.from, c.to));
        }
      }
      for (const n of names) {
        bindUnknown(n, 'it is assigned inside an if/for/try/with block, so its value depends on running the module', stmt);
      }
    } else {
      // Walrus bindings in an expression statement: `(revision := "x")`.
      const cursor = stmt.cursor();
      do {
        if (cursor.name === 'NamedExpression') {
          const target = cursor.node.firstChild;
          if (target?.name === 'VariableName') bindUnknown(text.slice(target.from, target.to), 'it is assigned with `:=` inside an expression', stmt);
        }
      } while (cursor.next() && cursor.from < stmt.to);
    }
  }

  const result: ParsedRevision = { branchLabels: [], dependsOn: [], problems };

  const docstring = moduleDocstring(statements, text);
  if (docstring) readDocstring(docstring.value, result);

  for (const name of NAMES) {
    const b = bindings.get(name);
    if (!b || b.kind === 'deleted') {
      if (name === 'revision') {
        problems.push({
          message: 'This file assigns no `revision`; Alembic then takes the id from a legacy file name made of hex digits only (`<id>.py`) and fails otherwise.',
        });
      } else if (name === 'down_revision') {
        problems.push({ message: 'This file assigns no `down_revision`; Alembic fails to load it (AttributeError).' });
      }
      continue;
    }
    if (b.kind === 'unknown') {
      problems.push({ message: cannotReadRevision(name, b.why), span: lines.span(b.from, b.to) });
      continue;
    }
    const v = b.value;
    const span = lines.span(v.from, v.to);
    if (name === 'revision') {
      if (v.kind === 'str' && !v.bytes) result.revision = { value: v.value, span };
      else {
        const why = v.kind === 'other' ? `it is ${v.what}` : `it is ${describe(v)}, not a string`;
        problems.push({ message: cannotReadRevision('revision', why), span });
      }
      continue;
    }
    const ids = readIds(name, v, lines, problems);
    if (!ids) continue;
    if (name === 'down_revision') result.downRevision = { value: ids, span };
    else if (name === 'branch_labels') {
      result.branchLabels = ids;
      result.branchLabelsSpan = span;
    } else {
      result.dependsOn = ids;
      result.dependsOnSpan = span;
    }
  }
  return result;
}
