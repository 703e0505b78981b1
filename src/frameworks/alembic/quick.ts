import type { Span } from '../../model.js';
import type { ParsedRevision } from './types.js';

/**
 * Lean mode's first and cheapest try, for the shape `alembic revision` writes: a module docstring,
 * single-line imports and comments, then the four assignments with plain literal values, then anything
 * at all (the `def`s) in which none of the four names appears. Only for files already on the base
 * branch, like the rest of lean mode (scan.ts): Alembic has imported them, so they are valid Python.
 *
 * The header is read line by line with anchored regular expressions; every line it accepts is a whole
 * statement (no brackets left open, no string spanning lines but the docstring, no backslash), so where
 * it stops is the start of a module-level statement. What follows, the rest, can only bind one of the
 * four names by naming it, by a star import, or by a non-ASCII name that normalises to one, so the rest
 * is only searched, as plain text: for the names as words, for `import *` and for any non-ASCII
 * character, in strings and comments too. Anything unusual (any of those, a value that is not None, a
 * plain string or a one-line tuple/list/set of them, a first statement that is another kind of string)
 * declines: `scanRevision` then makes its other tries, so declining costs time, never correctness.
 * Where this answers, its answer deep-equals theirs (test/alembic/quick.test.ts).
 */

/** Why the quick path declines (for tests and debugging). */
export class QuickDecline {
  constructor(readonly reason: string) {}
}

// Blank and comment-only lines (a comment line may be indented: it is no statement).
const BLANK_LINES = /(?:[ \t]*(?:#[^\n]*)?\n)*/y;
// The module docstring, triple-quoted, unprefixed, without backslashes, alone on its last line.
const DOCSTRING_DOUBLE = /"""((?:[^"\\]|"(?!""))*)"""[ \t]*(?:#[^\n]*)?\n/y;
const DOCSTRING_SINGLE = /'''((?:[^'\\]|'(?!''))*)'''[ \t]*(?:#[^\n]*)?\n/y;
// A name that is none of the four (nor `lambda`, for annotations); dotted names of them.
const W = '(?!(?:revision|down_revision|branch_labels|depends_on|lambda)\\b)\\w+';
const DOTTED = `${W}(?:\\.${W})*`;
// An import on one line, naming none of the four names anywhere (the lezer path takes every part of a
// dotted module name for one the statement binds): `import a.b as c, d`, `from .a import b as c, d`.
const IMPORT_LINE = new RegExp(
  `(?:import[ \\t]+${DOTTED}(?:[ \\t]+as[ \\t]+${W})?(?:[ \\t]*,[ \\t]*${DOTTED}(?:[ \\t]+as[ \\t]+${W})?)*` +
    `|from[ \\t]+(?:\\.+(?:${DOTTED})?|${DOTTED})[ \\t]+import[ \\t]+${W}(?:[ \\t]+as[ \\t]+${W})?(?:[ \\t]*,[ \\t]*${W}(?:[ \\t]+as[ \\t]+${W})?)*)` +
    '[ \\t]*(?:#[^\\n]*)?\\n',
  'y',
);
// What follows one of the four names in its assignment: an optional annotation made of other names,
// dots, commas, brackets and `|`, then a lone `=`.
const ASSIGNMENT_REST = new RegExp(`[ \\t]*(?::(?:[.,[\\] \\t|]|${W})*)?=(?!=)[ \\t]*`, 'y');
// After a value: the end of the line, with an optional comment.
const LINE_END = /[ \t]*(?:#[^\n]*)?\n/y;
const PLAIN_STRING = /"[^"\\\n]*"|'[^'\\\n]*'/y;
// What in the rest could bind one of the names (searched for only when a cheap substring search hits):
// one of them as a word, or a star import (also across a backslash continuation).
const NAME_OR_STAR = /\b(?:revision|down_revision|branch_labels|depends_on)\b|\bimport(?:[ \t]|\\\n)*\*/g;
const NON_ASCII = /[\u0080-\uffff]/g;

/** Which of the four names starts at `pos`, as a whole word, if any. */
function trackedAt(text: string, pos: number): 'revision' | 'down_revision' | 'branch_labels' | 'depends_on' | undefined {
  const c = text.charCodeAt(pos);
  const name =
    c === 114 ? 'revision' : c === 100 ? (text.charCodeAt(pos + 1) === 111 ? 'down_revision' : 'depends_on') : c === 98 ? 'branch_labels' : undefined;
  if (name === undefined || !text.startsWith(name, pos) || isWordChar(text.charCodeAt(pos + name.length))) return undefined;
  return name;
}

/** A value read: its strings (undefined for None), and where it is. */
interface Read {
  ids: string[] | undefined;
  /** A plain string, as opposed to None or a sequence (`revision` must be one). */
  single: boolean;
  from: number;
  to: number;
  span?: Span;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/**
 * Reads a revision file of the usual shape, or declines (a `QuickDecline` saying why). Only for lean
 * mode: see the top of the file.
 */
export function quickRevision(text: string): ParsedRevision | QuickDecline {
  if (text.includes('\r')) return new QuickDecline('a carriage return');
  if (text.charCodeAt(0) === 0xfeff) return new QuickDecline('a byte order mark');
  let revision: Read | undefined;
  let down: Read | undefined;
  let labels: Read | undefined;
  let depends: Read | undefined;
  // Line numbers, counted up to `counted` as the header is read (values are found in order).
  let line = 1;
  let lineStart = 0;
  let counted = 0;
  const spanOf = (r: Read): Span => {
    for (let nl = text.indexOf('\n', counted); nl >= 0 && nl < r.from; nl = text.indexOf('\n', nl + 1)) {
      line++;
      lineStart = nl + 1;
    }
    counted = r.from;
    return { line, column: r.from - lineStart + 1, endLine: line, endColumn: r.to - lineStart };
  };

  BLANK_LINES.lastIndex = 0;
  BLANK_LINES.test(text);
  let pos = BLANK_LINES.lastIndex;
  let docstring: string | undefined;
  const q = text.charCodeAt(pos);
  if (q === 34 || q === 39) {
    const re = q === 34 ? DOCSTRING_DOUBLE : DOCSTRING_SINGLE;
    re.lastIndex = pos;
    const doc = re.exec(text);
    if (!doc) return new QuickDecline('a first statement that is a string of another form');
    docstring = doc[1]!;
    pos = re.lastIndex;
  }

  // The header: blank lines, comments, imports and the four assignments, each a whole line.
  for (;;) {
    BLANK_LINES.lastIndex = pos;
    BLANK_LINES.test(text);
    pos = BLANK_LINES.lastIndex;
    const c = text.charCodeAt(pos);
    if (c === 105 /* i */ || c === 102 /* f */) {
      IMPORT_LINE.lastIndex = pos;
      if (!IMPORT_LINE.test(text)) break;
      pos = IMPORT_LINE.lastIndex;
      continue;
    }
    const name = trackedAt(text, pos);
    if (name === undefined) break;
    ASSIGNMENT_REST.lastIndex = pos + name.length;
    if (!ASSIGNMENT_REST.test(text)) break;
    const value = readValue(text, ASSIGNMENT_REST.lastIndex);
    if (value instanceof QuickDecline) return value;
    LINE_END.lastIndex = value.end;
    if (!LINE_END.test(text)) return new QuickDecline('something after a value');
    value.read.span = spanOf(value.read);
    if (name === 'revision') revision = value.read;
    else if (name === 'down_revision') down = value.read;
    else if (name === 'branch_labels') labels = value.read;
    else depends = value.read;
    pos = LINE_END.lastIndex;
  }

  // The rest: whatever it is, it must not name the four names, nor star-import.
  if (text.indexOf('revision', pos) >= 0 || text.indexOf('branch_labels', pos) >= 0 || text.indexOf('depends_on', pos) >= 0 || text.indexOf('*', pos) >= 0) {
    NAME_OR_STAR.lastIndex = pos;
    if (NAME_OR_STAR.test(text)) return new QuickDecline('one of the four names (or a star import) after the header');
  }
  NON_ASCII.lastIndex = pos;
  if (NON_ASCII.test(text)) return new QuickDecline('non-ASCII after the header (a name could normalise to one of the four)');

  if (!revision || !down) return new QuickDecline('no revision or no down_revision in the header');
  if (!revision.single) return new QuickDecline('revision is not a string');

  // Built in the other paths' key order, so the results compare equal key by key.
  const result: ParsedRevision = { branchLabels: [], dependsOn: [], problems: [] };
  if (docstring !== undefined) readDocstring(docstring, result);
  result.revision = { value: revision.ids![0]!, span: revision.span! };
  result.downRevision = { value: down.ids ?? [], span: down.span! };
  if (labels) {
    result.branchLabels = labels.ids ?? [];
    result.branchLabelsSpan = labels.span!;
  }
  if (depends) {
    result.dependsOn = depends.ids ?? [];
    result.dependsOnSpan = depends.span!;
  }
  return result;
}

/**
 * The value at `pos`: None, a plain string, or a one-line tuple, list or set of plain strings, with
 * parentheses around one value vanishing as in Python (`('a')` is the string). Anything else declines.
 */
function readValue(text: string, pos: number): { read: Read; end: number } | QuickDecline {
  const c = text.charCodeAt(pos);
  if (c === 78 /* N */) {
    if (text.startsWith('None', pos) && !isWordChar(text.charCodeAt(pos + 4))) {
      return { read: { ids: undefined, single: false, from: pos, to: pos + 4 }, end: pos + 4 };
    }
    return new QuickDecline('a value other than None, strings or a sequence of strings');
  }
  if (c === 34 || c === 39) {
    PLAIN_STRING.lastIndex = pos;
    if (!PLAIN_STRING.test(text)) return new QuickDecline('a string with a backslash, or unterminated');
    const end = PLAIN_STRING.lastIndex;
    if (text.charCodeAt(end) === c || text.charCodeAt(end) === 34 || text.charCodeAt(end) === 39) {
      return new QuickDecline('a triple-quoted or implicitly concatenated string');
    }
    return { read: { ids: [text.slice(pos + 1, end - 1)], single: true, from: pos, to: end }, end };
  }
  if (c !== 40 && c !== 91 && c !== 123) return new QuickDecline('a value other than None, strings or a sequence of strings');
  const close = c === 40 ? 41 : c + 2;
  const ids: string[] = [];
  let at = pos + 1;
  let inner: { from: number; to: number } | undefined;
  let trailingComma = false;
  for (;;) {
    while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
    const d = text.charCodeAt(at);
    if (d === close) break;
    if (d !== 34 && d !== 39) return new QuickDecline('a sequence item that is not a plain string');
    PLAIN_STRING.lastIndex = at;
    if (!PLAIN_STRING.test(text)) return new QuickDecline('a string with a backslash, or unterminated');
    const end = PLAIN_STRING.lastIndex;
    ids.push(text.slice(at + 1, end - 1));
    inner = { from: at, to: end };
    at = end;
    while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
    trailingComma = text.charCodeAt(at) === 44;
    if (trailingComma) {
      at++;
      continue;
    }
    if (text.charCodeAt(at) !== close) return new QuickDecline('a sequence that does not close on its line');
    break;
  }
  const end = at + 1;
  if (ids.length === 0 && c === 123) return new QuickDecline('a dict');
  if (c === 40 && ids.length === 1 && !trailingComma) {
    // `('a')` is the string itself, with the string's own span.
    return { read: { ids, single: true, from: inner!.from, to: inner!.to }, end };
  }
  return { read: { ids, single: false, from: pos, to: end }, end };
}

/** The message (the docstring's first line) and the `Revises:` hint, as every path (quick, scan, lezer) reads them. */
export function readDocstring(value: string, result: ParsedRevision): void {
  const trimmed = value.trim();
  const cr = trimmed.indexOf('\r');
  const lf = trimmed.indexOf('\n');
  const end = cr < 0 ? (lf < 0 ? trimmed.length : lf) : lf < 0 ? cr : Math.min(cr, lf);
  const firstLine = trimmed.slice(0, end).trim();
  // A copy, not a slice: a slice would keep the whole file's text alive as long as the result.
  if (firstLine !== '') result.message = ` ${firstLine}`.slice(1);
  const m = /^[ \t]*Revises:[ \t]*(.*)$/m.exec(value);
  if (m) result.docstringRevises = m[1]!.split(',').map((x) => x.trim()).filter((x) => x !== '');
}
