import type { Span } from '../../model.js';
import type { ParsedMigration, ParsedReference, ParseProblem } from './types.js';

/**
 * Pieces both parsers share, so the fast path and the lezer path cannot drift apart: decoding a Python
 * string literal, turning offsets into spans, and reading the small value tree both build.
 */

/** The decoded content of one string literal token, or undefined when migraph cannot be sure of it. */
export interface DecodedString {
  value: string;
  bytes: boolean;
  format: boolean;
  quote: '"' | "'";
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

/** Decodes `raw` (prefix, quotes and all). Returns undefined for anything it does not fully understand. */
export function decodeStringLiteral(raw: string): DecodedString | undefined {
  let i = 0;
  let isRaw = false;
  let bytes = false;
  let format = false;
  while (i < raw.length && i < 3) {
    const c = raw[i]!.toLowerCase();
    if (c === 'r') isRaw = true;
    else if (c === 'b') bytes = true;
    else if (c === 'f') format = true;
    else if (c !== 'u') break;
    i++;
  }
  const q = raw[i];
  if (q !== '"' && q !== "'") return undefined;
  const triple = raw.startsWith(q + q + q, i) && raw.length >= i + 6;
  const open = triple ? 3 : 1;
  const bodyStart = i + open;
  const bodyEnd = raw.length - open;
  if (bodyEnd < bodyStart || !raw.endsWith(triple ? q + q + q : q)) return undefined;
  const body = raw.slice(bodyStart, bodyEnd);
  // Python reads \r\n and \r inside a literal as \n.
  const text = body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body;
  if (isRaw || !text.includes('\\')) return { value: text, bytes, format, quote: q };
  let out = '';
  for (let k = 0; k < text.length; k++) {
    const ch = text[k]!;
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const e = text[k + 1];
    if (e === undefined) return undefined;
    k++;
    if (e === '\n') continue;
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      out += simple;
    } else if (e >= '0' && e <= '7') {
      let digits = e;
      while (digits.length < 3 && /[0-7]/.test(text[k + 1] ?? '')) digits += text[++k];
      out += String.fromCharCode(parseInt(digits, 8));
    } else if (e === 'x' || (!bytes && (e === 'u' || e === 'U'))) {
      const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = text.slice(k + 1, k + 1 + n);
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex)) return undefined;
      const cp = parseInt(hex, 16);
      if (cp > 0x10ffff) return undefined;
      out += String.fromCodePoint(cp);
      k += n;
    } else if (e === 'N' && !bytes) {
      // \N{NAME} needs Python's Unicode name table; say "not sure" rather than guess.
      return undefined;
    } else {
      out += '\\' + e;
    }
  }
  return { value: out, bytes, format, quote: q };
}

/** Maps offsets to 1-based lines and columns; \r\n, \r and \n each end a line, as Python reads them. */
export class LineMap {
  private offset = 0;
  private line = 1;
  private lineStart = 0;

  private readonly hasCR: boolean;

  constructor(private readonly text: string) {
    this.hasCR = text.includes('\r');
  }

  position(target: number): { line: number; column: number } {
    if (target < this.offset) {
      this.offset = 0;
      this.line = 1;
      this.lineStart = 0;
    }
    const text = this.text;
    let o = this.offset;
    let line = this.line;
    let lineStart = this.lineStart;
    if (!this.hasCR) {
      // Only \n ends a line: jump from one to the next in native code.
      for (let nl = text.indexOf('\n', o); nl >= 0 && nl < target; nl = text.indexOf('\n', nl + 1)) {
        line++;
        lineStart = nl + 1;
      }
      this.offset = target;
      this.line = line;
      this.lineStart = lineStart;
      return { line, column: target - lineStart + 1 };
    }
    while (o < target) {
      const c = text.charCodeAt(o++);
      if (c === 10) {
        line++;
        lineStart = o;
      } else if (c === 13) {
        if (text.charCodeAt(o) === 10) {
          if (o === target) break;
          o++;
        }
        line++;
        lineStart = o;
      }
    }
    this.offset = o;
    this.line = line;
    this.lineStart = lineStart;
    return { line, column: target - lineStart + 1 };
  }

  /** The span of [from, to): `endColumn` is the column of the last character, inclusive. */
  span(from: number, to: number): Span {
    const a = this.position(from);
    const b = this.position(Math.max(from, to - 1));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
}

/** The small value tree both parsers reduce an attribute's right-hand side to. Parentheses vanish. */
export type Value =
  | { kind: 'list' | 'tuple'; items: Value[]; from: number; to: number }
  | { kind: 'str'; value: string; bytes: boolean; from: number; to: number }
  | { kind: 'swappable'; setting: string; from: number; to: number }
  | { kind: 'bool'; value: boolean; from: number; to: number }
  | { kind: 'none'; from: number; to: number }
  | { kind: 'other'; what: string; from: number; to: number };

export const SWAPPABLE_CALLEES = new Set([
  'swappable_dependency',
  'migrations.swappable_dependency',
  'django.db.migrations.swappable_dependency',
]);

export const REFERENCE_ATTRIBUTES = ['dependencies', 'replaces', 'run_before'] as const;
export type ReferenceAttribute = (typeof REFERENCE_ATTRIBUTES)[number];
export const CLASS_ATTRIBUTES = new Set<string>([...REFERENCE_ATTRIBUTES, 'initial']);

export function cannotRead(attribute: string, why: string): string {
  return `migraph reads migration files without running them and could not read \`${attribute}\` statically: ${why}`;
}

function describe(v: Value): string {
  switch (v.kind) {
    case 'list': return 'a list';
    case 'tuple': return 'a tuple';
    case 'str': return v.bytes ? 'a byte string' : 'a string';
    case 'swappable': return 'a swappable_dependency(...) call';
    case 'bool': return v.value ? 'True' : 'False';
    case 'none': return 'None';
    case 'other': return v.what;
  }
}

/** Reads a dependencies-like value the way Django's loader would use it; problems instead of guesses. */
export function readReferences(
  attribute: string,
  value: Value,
  lines: LineMap,
): { refs: ParsedReference[]; problems: ParseProblem[] } {
  const refs: ParsedReference[] = [];
  const problems: ParseProblem[] = [];
  if (value.kind !== 'list' && value.kind !== 'tuple') {
    problems.push({
      message: cannotRead(attribute, `it is ${describe(value)}, not a list of (app_label, migration_name) pairs`),
      span: lines.span(value.from, value.to),
    });
    return { refs, problems };
  }
  for (const item of value.items) {
    if (item.kind === 'swappable') {
      refs.push({ app: undefined, name: '__first__', swappableSetting: item.setting, span: lines.span(item.from, item.to) });
      continue;
    }
    if ((item.kind === 'tuple' || item.kind === 'list') && item.items.length === 2) {
      const [app, name] = item.items as [Value, Value];
      if (app.kind === 'str' && name.kind === 'str') {
        if (app.bytes || name.bytes) {
          problems.push({
            message: `\`${attribute}\` has an entry written with byte strings (b'...'); Django would fail to load this migration`,
            span: lines.span(item.from, item.to),
          });
        } else {
          refs.push({ app: app.value, name: name.value, span: lines.span(item.from, item.to) });
        }
        continue;
      }
    }
    problems.push({
      message: cannotRead(attribute, `an entry is ${describe(item)}, not an (app_label, migration_name) pair of string literals`),
      span: lines.span(item.from, item.to),
    });
  }
  return { refs, problems };
}

export function readInitial(value: Value, lines: LineMap): { initial?: boolean; problems: ParseProblem[] } {
  if (value.kind === 'bool') return { initial: value.value, problems: [] };
  if (value.kind === 'none') return { problems: [] };
  return {
    problems: [{ message: cannotRead('initial', `it is ${describe(value)}, not True or False`), span: lines.span(value.from, value.to) }],
  };
}

export function emptyMigration(quote: '"' | "'"): ParsedMigration {
  return { hasMigrationClass: false, dependencies: [], replaces: [], runBefore: [], problems: [], quote };
}

export function quoteOf(double: number, single: number): '"' | "'" {
  return single > double ? "'" : '"';
}

/** One class-level assignment: its value and the whole statement's extent. */
export interface Assignment {
  value: Value;
  from: number;
  to: number;
}

/**
 * Builds the result from what a parser found, in one place, so both parsers produce byte-identical
 * objects (same keys, same order) for the same file.
 */
export function buildMigration(
  lines: LineMap,
  quote: '"' | "'",
  classHeader: { from: number; to: number } | undefined,
  attributes: Map<string, Assignment>,
  problems: ParseProblem[],
): ParsedMigration {
  const result = emptyMigration(quote);
  if (!classHeader) {
    result.problems = problems;
    return result;
  }
  result.hasMigrationClass = true;
  result.classSpan = lines.span(classHeader.from, classHeader.to);
  const own: ParseProblem[] = [];
  const deps = attributes.get('dependencies');
  if (deps) {
    // The statement's span first: LineMap is fastest when asked in increasing offset order.
    result.dependenciesSpan = lines.span(deps.from, deps.to);
    const read = readReferences('dependencies', deps.value, lines);
    result.dependencies = read.refs;
    own.push(...read.problems);
  }
  const replaces = attributes.get('replaces');
  if (replaces) {
    const read = readReferences('replaces', replaces.value, lines);
    result.replaces = read.refs;
    own.push(...read.problems);
  }
  const runBefore = attributes.get('run_before');
  if (runBefore) {
    const read = readReferences('run_before', runBefore.value, lines);
    result.runBefore = read.refs;
    own.push(...read.problems);
  }
  const initial = attributes.get('initial');
  if (initial) {
    const read = readInitial(initial.value, lines);
    if (read.initial !== undefined) result.initial = read.initial;
    own.push(...read.problems);
  }
  result.problems = own.length === 0 ? problems : [...problems, ...own];
  // Rebuild in a fixed key order so both parsers' results compare equal key by key.
  const out = { hasMigrationClass: true } as ParsedMigration;
  out.classSpan = result.classSpan;
  out.dependencies = result.dependencies;
  if (result.dependenciesSpan) out.dependenciesSpan = result.dependenciesSpan;
  out.replaces = result.replaces;
  out.runBefore = result.runBefore;
  if (result.initial !== undefined) out.initial = result.initial;
  out.problems = result.problems;
  out.quote = result.quote;
  return out;
}
