import { decodeStringLiteral, LineMap } from '../django/literal.js';
import type { Span } from '../../model.js';
import { QuickDecline, quickRevision, readDocstring } from './quick.js';
import type { ParsedRevision } from './types.js';

/**
 * The fast path for Alembic revision files: a strict tokenizer and a small recursive-descent parser for
 * the subset of Python that `alembic revision` (with or without `--autogenerate`) writes. A full
 * @lezer/python parse runs at ~2.5 MB/s; this reads a typical revision file in a few microseconds.
 *
 * The contract is the Django fast path's (src/frameworks/django/scan.ts): one-sided. When `scanRevision`
 * answers, the answer deep-equals what the lezer path (`parseRevisionThorough`) says, spans
 * included; whenever it is not sure it answers undefined and the caller falls back to lezer. It
 * never reports problems: any file with something to report goes to lezer.
 *
 * What it accepts:
 *  - the whole file must be in the subset below, every statement of it (lezer reports a syntax error
 *    anywhere in the file, so the bodies of `upgrade`/`downgrade` are checked too, token by token, but
 *    no tree is built): `import`/`from ... import` (no `*`), `def` with plain parameters, optional
 *    annotations, defaults and a return annotation, `with ... as name:`, `pass`, `return`, `raise`,
 *    expression statements, assignments to names, attributes and subscripts, annotated assignments;
 *    expressions made of names, numbers, strings, calls (positional then keyword arguments), attribute
 *    access, subscripts, tuple/list/dict/set displays, unary and binary operators, comparisons
 *    (`in`, `not in`, `is`, `is not`) and `and`/`or`/`not`;
 *  - the four module-level names Alembic reads, `revision`, `down_revision`, `branch_labels` and
 *    `depends_on`, only as `name = value` or `name: annotation = value` statements at module level,
 *    with the value None, a string (implicitly concatenated strings too), or a tuple, list or set of
 *    strings; a later such statement overrides an earlier one, as in the lezer path. Any other mention
 *    of one of these names (except after a dot) anywhere in the file is "not sure": that covers every
 *    other way of binding them (imports, `del`, unpacking, walrus, `for`/`with` targets, definitions,
 *    conditionals) without judging which ones would;
 *  - the module docstring (the first statement, when it is string literals only).
 * What it declines (among others): `if`/`for`/`while`/`try`/`class`/decorators/`lambda`/comprehensions/
 * conditional expressions/`*` and `**` unpacking/`:=`/augmented assignments/slices/`...`, f-strings,
 * byte strings in the values read, backslash continuations, semicolons, tabs or form feeds in
 * indentation, a lone `\r`, non-ASCII outside strings and comments, unusual number literals, the soft
 * keywords `match`/`case`/`type`/`print`/`exec` as names, and a file without `revision` or `down_revision`.
 *
 * Lean mode (`scanRevision(text, { lean: true })`, via `parseRevision(text, { lean: true })`) is for
 * files already on the base branch only. Alembic has imported those in production, so they are valid
 * Python, and checking their grammar buys nothing there (on a changed file a syntax error must still
 * surface, so those keep the full check); what lean mode must still get right is where each statement
 * ends and which statements can bind the four names. It makes up to two tries:
 *  - the first (`MODE_LEAN`) reads the first statement (the docstring) as above, then, for each
 *    module-level statement, only its first token with the tokenizer (at column 0: an indented line, a
 *    decorator, `async`, `class`, any compound or other keyword statement but `def`, and the soft
 *    keywords decline) and:
 *     - a statement starting with one of the four names is parsed as above (`trackedAssignment`), but
 *       its annotation, between the `:` and the `=`, is skimmed (`Scan.skimAnnotation`): to the first
 *       lone `=` outside brackets and strings (not `==`, `<=`, `>=`, `!=`), refusing one of the four
 *       names not after a dot, `:=`, `lambda` (its defaults hold a `=`), `;`, a backslash and non-ASCII;
 *     - a `def` has its name checked as above (a function named `revision` declines), then the rest of
 *       its header is skimmed (`Scan.skimStatement`) to the `:` that must end its line, with the same
 *       refusals as other statements (parameter defaults and annotations run when the `def` does, and
 *       a parameter named like one of the names is refused there anyway), then its body (below);
 *     - any other statement (imports, expression statements, other assignments) is skimmed
 *       (`Scan.skimStatement`) as a body line is (strings with their prefixes,
 *       comments, bracket depth), and its plain code between strings and comments, crossed by one
 *       sticky regular expression (`LINE_PLAIN`), refuses: one of the four names as a word not right
 *       after a dot (so `from x import revision`, `import x as revision`, `del revision`,
 *       `x = revision = 1`, `(revision := 1)`, `a; revision = 1`, keyword arguments, reads), and in an
 *       `import` or `from` statement after a dot too (`IMPORT_PLAIN`: the lezer path takes
 *       `import pkg.revision` as binding the name); `*` after `import` (a star import binds anything);
 *       non-ASCII (a name can normalise to one of the four); a `:` ending a line outside brackets (the
 *       header of a compound statement whose block could bind them); a backslash continuation.
 *       Semicolons pass: a second statement on the line gets the same word check. Names inside strings
 *       are not looked at (`globals()["revision"] = 1`), as the lezer path does not either;
 *    When it declines, which may happen where full mode answers (a module-level `with`, say), the
 *    second try runs;
 *  - the second (`MODE_LEAN_DEFS`) checks every module-level statement as full mode does, and skims
 *    only the bodies of module-level `def`s;
 *  - in both, the body of a module-level `def` is only skimmed (`Scan.skimBlock`): up to the next line at
 *    column 0 that is not blank, a comment, or inside brackets or a string. The skim finds where each
 *    logical line ends (strings with their prefixes, comments, bracket depth), and still refuses what full mode refuses there and would change how the
 *    file is cut into lines: tabs or form feeds in indentation, backslash continuations, f-strings (and
 *    any other one- or two-character name right before a quote), unterminated strings, a closing bracket
 *    with none open, an unclosed bracket at the end of the file, an empty body. The four names are not
 *    refused inside a body: the lezer path does not read function bodies for module-level bindings, and
 *    Alembic never runs `upgrade()` while loading the file;
 *  - not checked: the token grammar of whatever is skimmed (statements, expressions, what full mode
 *    leaves out of its subset such as lambdas, comprehensions, `*args`, slices or semicolons, bracket
 *    kinds matching, indentation in bodies beyond "not at column 0", non-ASCII names in bodies). So lean
 *    mode may answer for a file with a syntax error, where full mode declines. Whenever full mode
 *    answers, lean mode answers too (its second try checks what full mode checks outside bodies), and
 *    where both answer the answers are equal (test/alembic/lean.test.ts).
 */

class NotSure {
  constructor(readonly reason: string) {}
}

function notSure(reason: string): never {
  throw new NotSure(reason);
}

// What `Scan` checks (see the top of the file): everything; lean mode's first try (module-level statements
// and def bodies skimmed); its second (def bodies only).
const MODE_FULL: number = 0;
const MODE_LEAN: number = 1;
const MODE_LEAN_DEFS: number = 2;

// Token kinds (typed as number so TypeScript does not narrow the current token across `next()`).
const T_NAME: number = 1;
const T_NUMBER: number = 2;
const T_STRING: number = 3;
const T_OP: number = 4;
const T_NEWLINE: number = 5;
const T_INDENT: number = 6;
const T_DEDENT: number = 7;
const T_EOF: number = 8;

// Keywords the parser tells apart; every other keyword is K_OTHER (declined wherever it appears).
const K_NONE: number = 0;
const K_CONST: number = 1; // True, False, None
const K_NONEVAL: number = 2; // None (also a constant)
const K_NOT: number = 3;
const K_BOOL: number = 4; // and, or
const K_IN: number = 5;
const K_IS: number = 6;
const K_DEF: number = 7;
const K_WITH: number = 8;
const K_AS: number = 9;
const K_PASS: number = 10;
const K_RETURN: number = 11;
const K_RAISE: number = 12;
const K_FROM: number = 13;
const K_IMPORT: number = 14;
const K_OTHER: number = 15;
const K_SOFT: number = 16; // soft keywords lezer and Python may read specially: refused as names

const KEYWORDS = new Map<string, number>([
  ['True', K_CONST], ['False', K_CONST], ['None', K_NONEVAL],
  ['not', K_NOT], ['and', K_BOOL], ['or', K_BOOL], ['in', K_IN], ['is', K_IS],
  ['def', K_DEF], ['with', K_WITH], ['as', K_AS], ['pass', K_PASS], ['return', K_RETURN], ['raise', K_RAISE],
  ['from', K_FROM], ['import', K_IMPORT],
  ...['assert', 'async', 'await', 'break', 'class', 'continue', 'del', 'elif', 'else', 'except', 'finally', 'for',
    'global', 'if', 'lambda', 'nonlocal', 'try', 'while', 'yield'].map((k): [string, number] => [k, K_OTHER]),
  ...['match', 'case', 'type', 'print', 'exec'].map((k): [string, number] => [k, K_SOFT]),
]);

/** Keywords bucketed by first character and length (a dense table), so most names are ruled out without a slice. */
const KEYWORD_BUCKETS: Array<Array<[string, number]>> = [[]];
const KEYWORD_INDEX = new Uint8Array(128 * 16);
for (const [word, id] of KEYWORDS) {
  const key = word.charCodeAt(0) * 16 + word.length;
  if (KEYWORD_INDEX[key] === 0) {
    KEYWORD_INDEX[key] = KEYWORD_BUCKETS.length;
    KEYWORD_BUCKETS.push([]);
  }
  KEYWORD_BUCKETS[KEYWORD_INDEX[key]!]!.push([word, id]);
}

/** The keyword class of the name at [start, start + length), length at most 8 (the longest keyword). */
function keywordAt(text: string, start: number, length: number): number {
  const index = KEYWORD_INDEX[text.charCodeAt(start) * 16 + length]!;
  if (index === 0) return K_NONE;
  const bucket = KEYWORD_BUCKETS[index]!;
  for (let i = 0; i < bucket.length; i++) {
    const entry = bucket[i]!;
    if (text.startsWith(entry[0], start)) return entry[1];
  }
  return K_NONE;
}

// Two-character operators: first * 128 + second.
const op2 = (s: string): number => s.charCodeAt(0) * 128 + s.charCodeAt(1);
const OP_EQ = op2('==');
const OP_NE = op2('!=');
const OP_LE = op2('<=');
const OP_GE = op2('>=');
const OP_ARROW = op2('->');
const OP_POW = op2('**');
const OP_FLOORDIV = op2('//');
const OP_LSHIFT = op2('<<');
const OP_RSHIFT = op2('>>');
const TWO_CHAR = new Set([OP_EQ, OP_NE, OP_LE, OP_GE, OP_ARROW, OP_POW, OP_FLOORDIV, OP_LSHIFT, OP_RSHIFT]);
const BINARY = new Set([
  43, 45, 42, 47, 37, 124, 38, 94, 60, 62, // + - * / % | & ^ < >
  OP_EQ, OP_NE, OP_LE, OP_GE, OP_POW, OP_FLOORDIV, OP_LSHIFT, OP_RSHIFT,
]);

// What an expression was, for the statement rules.
const E_OTHER: number = 0;
const E_NAME: number = 1; // a plain name
const E_TARGET: number = 2; // an attribute or a subscript: assignable
const E_STRING: number = 3; // string literals only

const IDENT = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (/[A-Za-z0-9_]/.test(String.fromCharCode(c))) IDENT[c] = 1;

const STRING_PREFIXES = new Set(['r', 'u', 'b', 'br', 'rb']);
// As in the Django fast path: a backslash escapes any character; short strings may not span lines otherwise.
const SHORT_DOUBLE = /"(?:[^"\\\r\n]|\\(?:\r\n|[^]))*"/y;
const SHORT_SINGLE = /'(?:[^'\\\r\n]|\\(?:\r\n|[^]))*'/y;
const TRIPLE_DOUBLE = /"""(?:[^"\\]|\\[^]|"(?!""))*"""/y;
const TRIPLE_SINGLE = /'''(?:[^'\\]|\\[^]|'(?!''))*'''/y;
// Lean mode: runs of characters that neither end a physical line, open or close a bracket, nor start a
// string, a comment or a continuation.
const SKIM = /[^"'#\\()[\]{}\n\r]*/y;
// Lean mode, in a function body: blank and comment-only lines (space-indented; the file has no lone \r),
// then the next line's indentation.
const BODY_LINE_START = /(?: *(?:#[^\r\n]*)?\r?\n)* */y;
// Lean mode, module-level statements other than the four names' (`Scan.skimStatement`): crosses plain
// code, and stops (besides where SKIM stops) at one of the four names as a word not right after a dot,
// at a `*` right after `import`, at a `:` that ends the physical line, at a backslash and at non-ASCII.
// Each word is crossed whole (`\w+` is greedy and nothing after the loop can make it give back).
const LINE_PLAIN =
  /(?:[^"'#\\()[\]{}\n\r\w.:*\x80-\uffff]+|\.\w*|(?!(?:revision|down_revision|branch_labels|depends_on)\b)\w+|(?<!\bimport[ \t\f]*)\*|:(?![ \t\f]*(?:#[^\r\n]*)?(?:[\r\n]|$)))*/y;
// The same for `import` and `from` statements, where the lezer path takes every name of a dotted module
// name for one the statement binds (`import pkg.revision`, `from .revision import x`): no name after a dot.
const IMPORT_PLAIN =
  /(?:[^"'#\\()[\]{}\n\r\w:*\x80-\uffff]+|(?!(?:revision|down_revision|branch_labels|depends_on)\b)\w+|(?<!\bimport[ \t\f]*)\*|:(?![ \t\f]*(?:#[^\r\n]*)?(?:[\r\n]|$)))*/y;
// Lean mode, the annotation of one of the four names (`Scan.skimAnnotation`): as LINE_PLAIN, but stops at
// a lone `=` (not `==`, `<=`, `>=`, `!=`), at a walrus `:=`, at `lambda` (whose defaults hold a `=`) and
// at a semicolon (`name: T; x = 1` binds no value to the name).
const ANNOTATION_PLAIN =
  /(?:[^"'#\\()[\]{}\n\r\w.:;=<>!\x80-\uffff]+|\.\w*|(?!(?:revision|down_revision|branch_labels|depends_on|lambda)\b)\w+|[<>!=]=|[<>!]|:(?!=))*/y;

const TRACKED = ['revision', 'down_revision', 'branch_labels', 'depends_on'] as const;
type Tracked = (typeof TRACKED)[number];

/** The value of one of the four names: None, a (concatenated) string, or a tuple/list/set of strings. */
type Literal =
  | { kind: 'none'; from: number; to: number }
  | { kind: 'str'; value: string; from: number; to: number }
  | { kind: 'seq'; items: Literal[]; from: number; to: number };

class Scan {
  private readonly text: string;
  private readonly len: number;
  private pos = 0;

  // The current token.
  kind = 0;
  start = 0;
  end = 0;
  /** OP: the character code, or first * 128 + second for two-character operators. */
  op = 0;
  /** NAME: the keyword class. */
  kw = K_NONE;
  /** STRING: has a b prefix. */
  bytes = false;
  /** The end of the previous token. */
  prevEnd = 0;

  // Layout.
  private brackets: number[] = [];
  private indents: number[] = [0];
  private pendingDedents = 0;
  private atLineStart = true;
  private lineHasTokens = false;


  readonly bindings = new Map<Tracked, Literal>();
  /** The string tokens of the first statement, when they are its only tokens: the module docstring. */
  docstring: Array<[number, number]> | undefined;
  private capture: Array<[number, number]> | undefined;

  /** Lean mode (see the top of the file): module-level function bodies go through `skimBlock`. */
  private readonly lean: boolean;
  /**
   * Lean mode's first try (`MODE_LEAN`): after the first statement, module-level statements other than
   * the four names' assignments are skimmed too (`leanStatement`), and those assignments' annotations.
   */
  private readonly leanLines: boolean;

  constructor(text: string, mode: number) {
    this.text = text;
    this.len = text.length;
    this.lean = mode !== MODE_FULL;
    this.leanLines = mode === MODE_LEAN;
  }

  // -------------------------------------------------------------------------------------------------
  // The tokenizer.

  next(): void {
    this.prevEnd = this.end;
    if (this.pendingDedents > 0) {
      this.pendingDedents--;
      this.kind = T_DEDENT;
      return;
    }
    const text = this.text;
    const len = this.len;
    let pos = this.pos;
    for (;;) {
      if (pos >= len) {
        if (this.brackets.length > 0) notSure('unclosed bracket at end of file');
        this.pos = pos;
        this.start = this.end = pos;
        if (this.lineHasTokens) {
          this.lineHasTokens = false;
          this.atLineStart = true;
          this.kind = T_NEWLINE;
        } else if (this.indents.length > 1) {
          this.indents.pop();
          this.kind = T_DEDENT;
        } else {
          this.kind = T_EOF;
        }
        return;
      }
      let c = text.charCodeAt(pos);
      if (this.atLineStart) {
        let col = 0;
        while (c === 32) {
          col++;
          c = text.charCodeAt(++pos);
        }
        if (c === 9 || c === 12) notSure('tab or form feed in indentation');
        if (c === 10 || c === 13 || c === 35 || pos >= len) {
          // A blank or comment-only line: no tokens, no indentation.
          if (c === 35) pos = this.commentEnd(pos);
          if (pos < len) pos = this.lineBreak(pos, text.charCodeAt(pos));
          continue;
        }
        this.atLineStart = false;
        const top = this.indents[this.indents.length - 1]!;
        if (col !== top) {
          this.pos = pos;
          this.start = this.end = pos;
          if (col > top) {
            this.indents.push(col);
            this.kind = T_INDENT;
            return;
          }
          let n = 0;
          while (this.indents[this.indents.length - 1]! > col) {
            this.indents.pop();
            n++;
          }
          if (this.indents[this.indents.length - 1] !== col) notSure('unindent does not match');
          this.pendingDedents = n - 1;
          this.kind = T_DEDENT;
          return;
        }
      }
      if (c === 32 || c === 9) {
        pos++;
        continue;
      }
      if (c === 10 || c === 13) {
        const at = pos;
        pos = this.lineBreak(pos, c);
        if (this.brackets.length > 0) continue;
        // Blank lines were skipped at the line start, so this line has tokens.
        this.lineHasTokens = false;
        this.atLineStart = true;
        this.pos = pos;
        this.start = this.end = at;
        this.kind = T_NEWLINE;
        return;
      }
      if (c === 35) {
        pos = this.commentEnd(pos);
        continue;
      }
      this.start = pos;
      this.lineHasTokens = true;
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95) {
        pos++;
        while (pos < len && (c = text.charCodeAt(pos)) < 128 && IDENT[c] === 1) pos++;
        if (pos < len && c >= 128) notSure('non-ASCII identifier');
        if ((c === 34 || c === 39) && pos < len && pos - this.start <= 2) {
          const prefix = text.slice(this.start, pos).toLowerCase();
          if (STRING_PREFIXES.has(prefix)) {
            this.bytes = prefix.includes('b');
            this.string(pos, c);
            return;
          }
          notSure(prefix.includes('f') ? 'f-string' : 'a name before a string');
        }
        this.pos = this.end = pos;
        this.kind = T_NAME;
        this.kw = pos - this.start <= 8 ? keywordAt(text, this.start, pos - this.start) : K_NONE;
        return;
      }
      if (c === 34 || c === 39) {
        this.bytes = false;
        this.string(pos, c);
        return;
      }
      if (c >= 48 && c <= 57) {
        // Plain decimal integers and decimals only.
        const first = c;
        pos++;
        while (pos < len && (c = text.charCodeAt(pos)) >= 48 && c <= 57) pos++;
        if (first === 48 && pos - this.start > 1) notSure('number with a leading zero');
        if (c === 46) {
          const d = text.charCodeAt(pos + 1);
          if (!(d >= 48 && d <= 57)) notSure('unusual number literal');
          pos++;
          while (pos < len && (c = text.charCodeAt(pos)) >= 48 && c <= 57) pos++;
        }
        if (pos < len && (c >= 128 || IDENT[c] === 1 || c === 46)) notSure('unusual number literal');
        this.pos = this.end = pos;
        this.kind = T_NUMBER;
        return;
      }
      this.kind = T_OP;
      const n1 = text.charCodeAt(pos + 1);
      const two = c * 128 + n1;
      if (TWO_CHAR.has(two)) {
        if (text.charCodeAt(pos + 2) === 61 && two !== OP_EQ && two !== OP_NE && two !== OP_LE && two !== OP_GE) {
          notSure('augmented assignment');
        }
        this.op = two;
        this.pos = this.end = pos + 2;
        return;
      }
      switch (c) {
        case 40: case 91: case 123: // ( [ {
          this.brackets.push(c);
          break;
        case 41: case 93: case 125: { // ) ] }
          const open = this.brackets.pop();
          if (open === undefined || (c === 41 ? open !== 40 : c !== open + 2)) notSure('mismatched bracket');
          break;
        }
        case 46: // .
          if (n1 >= 48 && n1 <= 57) notSure('number starting with a dot');
          break;
        case 44: case 58: case 61: case 43: case 45: case 42: case 47: case 37: case 124: case 38: case 94:
        case 60: case 62: case 126:
          if (n1 === 61 && c !== 126) notSure('augmented assignment or walrus');
          break;
        default:
          notSure(c === 59 ? 'semicolon' : c === 92 ? 'backslash continuation' : 'unexpected character');
      }
      this.op = c;
      this.pos = this.end = pos + 1;
      return;
    }
  }

  /** The line break ending the comment at `pos` (the file has no lone \r: `scan` refuses one up front). */
  private commentEnd(pos: number): number {
    const nl = this.text.indexOf('\n', pos);
    if (nl < 0) return this.len;
    return this.text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
  }

  /** Past the line break at `pos` (character `c`); a lone \r is refused. */
  private lineBreak(pos: number, c: number): number {
    if (c === 10) return pos + 1;
    if (this.text.charCodeAt(pos + 1) !== 10) notSure('a lone carriage return');
    return pos + 2;
  }

  private string(pos: number, q: number): void {
    this.kind = T_STRING;
    this.pos = this.end = this.stringEnd(pos, q);
  }

  /** The end of the string literal whose opening quote `q` is at `pos`. */
  private stringEnd(pos: number, q: number): number {
    const text = this.text;
    const triple = text.charCodeAt(pos + 1) === q && text.charCodeAt(pos + 2) === q;
    const re = triple ? (q === 34 ? TRIPLE_DOUBLE : TRIPLE_SINGLE) : q === 34 ? SHORT_DOUBLE : SHORT_SINGLE;
    re.lastIndex = pos;
    if (!re.test(text)) notSure('unterminated string');
    return re.lastIndex;
  }

  private isOp(code: number): boolean {
    return this.kind === T_OP && this.op === code;
  }

  private expectOp(code: number, what: string): void {
    if (!(this.kind === T_OP && this.op === code)) notSure(`expected ${what}`);
    this.next();
  }

  /** The name of the current token when it is one of the four names, else undefined. */
  private tracked(): Tracked | undefined {
    const length = this.end - this.start;
    if (length !== 8 && length !== 13 && length !== 10) return undefined;
    const name = this.text.slice(this.start, this.end);
    return (TRACKED as readonly string[]).includes(name) ? (name as Tracked) : undefined;
  }

  /** A name that binds or reads a variable: not a keyword, not one of the four names. */
  private plainName(): void {
    if (this.kind !== T_NAME || this.kw !== K_NONE) notSure('expected a name');
    if (this.tracked()) notSure('one of revision/down_revision/branch_labels/depends_on used elsewhere');
    this.next();
  }

  // -------------------------------------------------------------------------------------------------
  // Statements.

  module(): void {
    this.next();
    let first = true;
    while (this.kind !== T_EOF) {
      if (first && this.kind === T_STRING) {
        this.capture = [];
        const code = this.statement(true, false);
        if (code === E_STRING) this.docstring = this.capture;
        this.capture = undefined;
      } else if (!first && this.leanLines) {
        this.leanStatement();
      } else {
        this.statement(true, false);
      }
      first = false;
    }
  }

  /** One statement; returns the expression's class for a lone expression statement. */
  private statement(top: boolean, inDef: boolean): number {
    if (this.kind === T_NAME) {
      switch (this.kw) {
        case K_NONE: {
          if (top) {
            const name = this.tracked();
            if (name) {
              this.trackedAssignment(name);
              return E_OTHER;
            }
          }
          return this.expressionStatement(top);
        }
        case K_DEF:
          this.funcdef(top);
          return E_OTHER;
        case K_WITH:
          this.next();
          for (;;) {
            this.expr();
            if (this.kind === T_NAME && this.kw === K_AS) {
              this.next();
              this.plainName();
            }
            if (!this.isOp(44)) break;
            this.next();
          }
          this.expectOp(58, "':'");
          this.block(inDef);
          return E_OTHER;
        case K_PASS:
          this.next();
          break;
        case K_RETURN:
          if (!inDef) notSure('return outside a function');
          this.next();
          if (this.kind !== T_NEWLINE) this.exprList();
          break;
        case K_RAISE:
          this.next();
          if (this.kind !== T_NEWLINE) {
            this.expr();
            if (this.kind === T_NAME && this.kw === K_FROM) {
              this.next();
              this.expr();
            }
          }
          break;
        case K_IMPORT:
          this.next();
          for (;;) {
            this.dottedName();
            if (this.kind === T_NAME && this.kw === K_AS) {
              this.next();
              this.plainName();
            }
            if (!this.isOp(44)) break;
            this.next();
          }
          break;
        case K_FROM:
          this.fromImport();
          break;
        case K_CONST:
        case K_NONEVAL:
        case K_NOT:
          return this.expressionStatement(top);
        default:
          notSure('a statement outside the subset');
      }
      this.endOfStatement();
      return E_OTHER;
    }
    if (this.kind === T_STRING || this.kind === T_NUMBER || this.kind === T_OP) return this.expressionStatement(top);
    notSure(this.kind === T_INDENT ? 'unexpected indent' : 'unexpected token at a statement start');
  }

  private endOfStatement(): void {
    if (this.kind !== T_NEWLINE) notSure('more after the end of a statement');
    this.next();
  }

  private dottedName(): void {
    this.plainName();
    while (this.isOp(46)) {
      this.next();
      this.plainName();
    }
  }

  private fromImport(): void {
    this.next();
    let dots = false;
    while (this.isOp(46)) {
      dots = true;
      this.next();
    }
    if (!(dots && this.kind === T_NAME && this.kw === K_IMPORT)) this.dottedName();
    if (!(this.kind === T_NAME && this.kw === K_IMPORT)) notSure('expected import');
    this.next();
    const parens = this.isOp(40);
    if (parens) this.next();
    for (;;) {
      if (this.isOp(42)) notSure('star import');
      this.plainName();
      if (this.kind === T_NAME && this.kw === K_AS) {
        this.next();
        this.plainName();
      }
      if (!this.isOp(44)) break;
      this.next();
      if (parens && this.isOp(41)) break;
      if (!parens && this.kind === T_NEWLINE) notSure('trailing comma in an import');
    }
    if (parens) this.expectOp(41, "')'");
  }

  private funcdef(top: boolean): void {
    this.next();
    this.plainName();
    this.expectOp(40, "'('");
    let defaults = false;
    while (!this.isOp(41)) {
      this.plainName();
      if (this.isOp(58)) {
        this.next();
        this.expr();
      }
      if (this.isOp(61)) {
        this.next();
        this.expr();
        defaults = true;
      } else if (defaults) {
        notSure('a parameter without a default after one with a default');
      }
      if (this.isOp(44)) this.next();
      else if (!this.isOp(41)) notSure('bad parameter list');
    }
    this.next();
    if (this.isOp(OP_ARROW)) {
      this.next();
      this.expr();
    }
    this.expectOp(58, "':'");
    if (top && this.lean) this.skimBlock();
    else this.block(true);
  }

  /**
   * Lean mode: moves past the body of a module-level `def` without the tokenizer, from the NEWLINE that
   * ends its header to the next statement at column 0 (the current token then), as if `block` had read
   * it. No INDENT is pushed, so there is no DEDENT to read either.
   */
  private skimBlock(): void {
    if (this.kind !== T_NEWLINE) notSure('a block on the header line');
    this.resumeAt(this.skimBody(this.pos));
  }

  /** Lean mode: past a function body starting at `pos` (after its header's line break); see `skimBlock`. */
  private skimBody(pos: number): number {
    const text = this.text;
    const len = this.len;
    let lines = 0;
    while (pos < len) {
      // Blank and comment-only lines, whatever their column (as in the tokenizer), then the indentation.
      BODY_LINE_START.lastIndex = pos;
      BODY_LINE_START.test(text);
      const at = BODY_LINE_START.lastIndex;
      if (at >= len) return this.bodyEnd(len, lines);
      const c = text.charCodeAt(at);
      if (c === 9 || c === 12) notSure('tab or form feed in indentation');
      if (c === 35) {
        // A comment on the last line, without a line break (BODY_LINE_START takes the others).
        pos = this.commentEnd(at);
        continue;
      }
      // Column 0 (no indentation read, or only blank lines): the next module-level statement.
      if (at === pos || text.charCodeAt(at - 1) === 10) return this.bodyEnd(at, lines);
      lines++;
      pos = this.skimLine(at);
    }
    return this.bodyEnd(pos, lines);
  }

  private bodyEnd(pos: number, lines: number): number {
    if (lines === 0) notSure('expected an indented block');
    return pos;
  }

  /** Lean mode: the tokenizer carries on at `pos`, the start of a line at module level. */
  private resumeAt(pos: number): void {
    this.brackets.length = 0;
    this.pos = pos;
    this.atLineStart = true;
    this.lineHasTokens = false;
    this.next();
  }

  /**
   * Lean mode's first try: one module-level statement after the first, on its first token (read by the
   * tokenizer, at column 0). The four names' assignments are parsed (`trackedAssignment`, with the
   * annotation skimmed); a `def` has its name checked and the rest skimmed (`leanFuncdef`); any other
   * statement is skimmed (`skimStatement`) when its first token is one a simple statement can start with.
   */
  private leanStatement(): void {
    const kind = this.kind;
    if (kind === T_NAME) {
      const kw = this.kw;
      if (kw === K_NONE) {
        const name = this.tracked();
        if (name) {
          this.trackedAssignment(name);
          return;
        }
      } else if (kw === K_DEF) {
        this.leanFuncdef();
        return;
      } else if (kw !== K_FROM && kw !== K_IMPORT && kw !== K_CONST && kw !== K_NONEVAL && kw !== K_NOT && kw !== K_PASS && kw !== K_RAISE) {
        // Compound statements (if/for/while/try/with/class/match...), async, del, global, soft keywords.
        notSure('a statement lean mode does not skim');
      }
    } else if (kind === T_OP) {
      if (this.op !== 40 && this.op !== 91 && this.op !== 123) notSure('a statement lean mode does not skim');
    } else if (kind !== T_STRING && kind !== T_NUMBER) {
      notSure(kind === T_INDENT ? 'unexpected indent' : 'unexpected token at a statement start');
    }
    // The first token is read (a bracket it opened is on `brackets`): the skim carries on after it.
    const plain = kind === T_NAME && (this.kw === K_IMPORT || this.kw === K_FROM) ? IMPORT_PLAIN : LINE_PLAIN;
    this.resumeAt(this.skimStatement(this.pos, this.brackets.length, plain, false));
  }

  /** Lean mode's first try: a module-level `def`, on `def`. */
  private leanFuncdef(): void {
    this.next();
    this.plainName();
    if (!this.isOp(40) && !this.isOp(91)) notSure("expected '('");
    const pos = this.skimStatement(this.pos, this.brackets.length, LINE_PLAIN, true);
    this.resumeAt(this.skimBody(pos));
  }

  /**
   * Lean mode's first try: past the logical line that goes on at `pos` with `depth` brackets open (past
   * its line break), as `skimLine` finds its end, refusing in plain code (`plain`: `LINE_PLAIN`, or
   * `IMPORT_PLAIN` for an import) what could bind one of the four names or change what the file means
   * to the lezer path: the four names as words (not after a dot, outside imports), a star import, a `:`
   * ending a line outside brackets (a compound statement's header; for a `def` `header`, the one `:` that
   * must end it), backslashes, non-ASCII.
   */
  private skimStatement(pos: number, depth: number, plain: RegExp, header: boolean): number {
    const text = this.text;
    const len = this.len;
    let colon = false;
    for (;;) {
      plain.lastIndex = pos;
      plain.test(text);
      pos = plain.lastIndex;
      if (pos >= len) {
        if (depth > 0) notSure('unclosed bracket at end of file');
        if (header && !colon) notSure('a block on the header line');
        return pos;
      }
      const c = text.charCodeAt(pos);
      if (c === 34 || c === 39) {
        const p = text.charCodeAt(pos - 1);
        if (p >= 128 || IDENT[p] === 1) this.prefixBefore(pos);
        pos = this.stringEnd(pos, c);
      } else if (c === 10 || c === 13) {
        pos = this.lineBreak(pos, c);
        if (depth === 0) {
          if (header && !colon) notSure('a block on the header line');
          return pos;
        }
      } else if (c === 35) {
        pos = this.commentEnd(pos);
      } else if (c === 40 || c === 91 || c === 123) {
        depth++;
        pos++;
      } else if (c === 41 || c === 93 || c === 125) {
        if (depth === 0) notSure('mismatched bracket');
        depth--;
        pos++;
      } else if (c === 58) {
        // A `:` that ends a physical line (LINE_PLAIN crosses the others).
        if (depth === 0) {
          if (!header || colon) notSure('a compound statement');
          colon = true;
        }
        pos++;
      } else {
        notSure(
          c === 92 ? 'backslash continuation'
            : c >= 128 ? 'non-ASCII outside strings and comments'
              : c === 42 ? 'star import'
                : 'one of revision/down_revision/branch_labels/depends_on used elsewhere',
        );
      }
    }
  }

  /**
   * Lean mode's first try: the annotation of one of the four names, on the token after its `:`. Moves to
   * the `=` that ends it (outside brackets and strings, not `==`/`<=`/`>=`/`!=`), the current token then.
   */
  private skimAnnotation(): void {
    if (this.kind === T_NAME) {
      if ((this.kw !== K_NONE && this.kw !== K_CONST && this.kw !== K_NONEVAL) || this.tracked()) {
        notSure('an annotation outside the subset');
      }
    } else if (this.kind !== T_STRING && !this.isOp(40) && !this.isOp(91) && !this.isOp(123)) {
      notSure('an annotation outside the subset');
    }
    const text = this.text;
    const len = this.len;
    let depth = this.brackets.length;
    let pos = this.pos;
    for (;;) {
      ANNOTATION_PLAIN.lastIndex = pos;
      ANNOTATION_PLAIN.test(text);
      pos = ANNOTATION_PLAIN.lastIndex;
      if (pos >= len) notSure('an annotation without a value');
      const c = text.charCodeAt(pos);
      if (c === 61) {
        if (depth === 0) break;
        pos++;
      } else if (c === 34 || c === 39) {
        const p = text.charCodeAt(pos - 1);
        if (p >= 128 || IDENT[p] === 1) this.prefixBefore(pos);
        pos = this.stringEnd(pos, c);
      } else if (c === 10 || c === 13) {
        if (depth === 0) notSure('an annotation without a value');
        pos = this.lineBreak(pos, c);
      } else if (c === 35) {
        pos = this.commentEnd(pos);
      } else if (c === 40 || c === 91 || c === 123) {
        depth++;
        pos++;
      } else if (c === 41 || c === 93 || c === 125) {
        if (depth === 0) notSure('mismatched bracket');
        depth--;
        pos++;
      } else {
        notSure(
          c === 92 ? 'backslash continuation'
            : c >= 128 ? 'non-ASCII outside strings and comments'
              : c === 58 ? 'walrus in an annotation'
                : c === 59 ? 'semicolon'
                  : 'one of the four names, or lambda, in an annotation',
        );
      }
    }
    this.brackets.length = 0;
    this.pos = pos;
    this.next();
  }

  /**
   * Lean mode: past the logical line starting at `pos` (past its line break), tracking only what finds
   * its end: strings, comments and bracket depth. Plain text is crossed by a sticky regular expression.
   */
  private skimLine(pos: number): number {
    const text = this.text;
    const len = this.len;
    let depth = 0;
    for (;;) {
      SKIM.lastIndex = pos;
      SKIM.test(text);
      pos = SKIM.lastIndex;
      if (pos >= len) {
        if (depth > 0) notSure('unclosed bracket at end of file');
        return pos;
      }
      const c = text.charCodeAt(pos);
      if (c === 34 || c === 39) {
        const p = text.charCodeAt(pos - 1);
        if (p >= 128 || IDENT[p] === 1) this.prefixBefore(pos);
        pos = this.stringEnd(pos, c);
      } else if (c === 10 || c === 13) {
        pos = this.lineBreak(pos, c);
        if (depth === 0) return pos;
      } else if (c === 35) {
        pos = this.commentEnd(pos);
      } else if (c === 40 || c === 91 || c === 123) {
        depth++;
        pos++;
      } else if (c === 41 || c === 93 || c === 125) {
        if (depth === 0) notSure('mismatched bracket');
        depth--;
        pos++;
      } else {
        notSure('backslash continuation');
      }
    }
  }

  /**
   * Lean mode: refuses a name of one or two characters right before the quote at `pos` unless it is a
   * string prefix, as `next` does (so f- and t-strings). A longer name is no prefix but a token of its
   * own, as in `return"x"`, which full mode reads too.
   */
  private prefixBefore(pos: number): void {
    const text = this.text;
    let from = pos - 1;
    let c: number;
    while (from > 0 && ((c = text.charCodeAt(from - 1)) >= 128 || IDENT[c] === 1)) from--;
    if (pos - from > 2) return;
    const prefix = text.slice(from, pos).toLowerCase();
    if (!STRING_PREFIXES.has(prefix)) notSure(prefix.includes('f') ? 'f-string' : 'a name before a string');
  }

  /** NEWLINE INDENT statement+ DEDENT. */
  private block(inDef: boolean): void {
    if (this.kind !== T_NEWLINE) notSure('a block on the header line');
    this.next();
    if (this.kind !== T_INDENT) notSure('expected an indented block');
    this.next();
    while (this.kind !== T_DEDENT) {
      if (this.kind === T_EOF) notSure('internal: end of file inside a block');
      this.statement(false, inDef);
    }
    this.next();
  }

  private expressionStatement(top: boolean): number {
    let code = this.expr();
    if (this.isOp(44)) {
      this.exprListRest();
      code = E_OTHER;
    }
    if (this.isOp(61)) {
      while (this.isOp(61)) {
        if (code !== E_NAME && code !== E_TARGET) notSure('an assignment to something other than a name, attribute or subscript');
        this.next();
        code = this.exprList();
      }
      this.endOfStatement();
      return E_OTHER;
    }
    if (this.isOp(58)) {
      if (!top || code !== E_NAME) notSure('an annotation outside the subset');
      this.next();
      this.expr();
      if (this.isOp(61)) {
        this.next();
        this.exprList();
      }
      this.endOfStatement();
      return E_OTHER;
    }
    this.endOfStatement();
    return code;
  }

  /** `revision = ...` / `revision: annotation = ...` at module level. */
  private trackedAssignment(name: Tracked): void {
    this.next();
    if (this.isOp(58)) {
      this.next();
      if (this.leanLines) this.skimAnnotation();
      else this.expr();
    }
    if (!this.isOp(61)) notSure(`${name} is not assigned a value`);
    this.next();
    const rawFrom = this.start;
    let value = this.literal();
    if (this.isOp(44)) {
      // A bare tuple: lezer's span runs from the first item's start to the last item's end, as written.
      const items = [value];
      let rawTo = this.prevEnd;
      while (this.isOp(44)) {
        this.next();
        if (this.kind === T_NEWLINE) break;
        items.push(this.literal());
        rawTo = this.prevEnd;
      }
      value = { kind: 'seq', items, from: rawFrom, to: rawTo };
    }
    this.endOfStatement();
    this.bindings.set(name, value);
  }

  /** None, strings, or a tuple/list/set of literals; parentheses around one value vanish. */
  private literal(): Literal {
    const from = this.start;
    if (this.kind === T_STRING) {
      let value = '';
      while (this.kind === T_STRING) {
        const d = this.bytes ? undefined : decodeStringLiteral(this.text.slice(this.start, this.end));
        if (!d) notSure('a string literal the fast path does not read');
        value += d.value;
        this.next();
      }
      return { kind: 'str', value, from, to: this.prevEnd };
    }
    if (this.kind === T_NAME && this.kw === K_NONEVAL) {
      this.next();
      return { kind: 'none', from, to: this.prevEnd };
    }
    if (this.kind !== T_OP) notSure('a value outside the literal subset');
    const open = this.op;
    if (open !== 40 && open !== 91 && open !== 123) notSure('a value outside the literal subset');
    const close = open === 40 ? 41 : open + 2;
    this.next();
    const items: Literal[] = [];
    if (this.isOp(close)) {
      if (open === 123) notSure('a dict');
      this.next();
      return { kind: 'seq', items, from, to: this.prevEnd };
    }
    items.push(this.literal());
    if (open === 40 && this.isOp(41)) {
      this.next();
      return items[0]!;
    }
    while (!this.isOp(close)) {
      this.expectOp(44, "','");
      if (this.isOp(close)) break;
      items.push(this.literal());
    }
    this.next();
    return { kind: 'seq', items, from, to: this.prevEnd };
  }

  // -------------------------------------------------------------------------------------------------
  // Expressions: only checked, never built.

  private exprList(): number {
    const code = this.expr();
    if (!this.isOp(44)) return code;
    this.exprListRest();
    return E_OTHER;
  }

  /** After the first item of a bare tuple, on its comma. */
  private exprListRest(): void {
    while (this.isOp(44)) {
      this.next();
      if (this.kind === T_NEWLINE || this.isOp(61)) return;
      this.expr();
    }
  }

  private expr(): number {
    let notAllowed = true;
    let operands = 0;
    let code: number;
    for (;;) {
      let prefixed = false;
      for (;;) {
        if (this.kind === T_NAME && this.kw === K_NOT) {
          if (!notAllowed) notSure('not after an operator');
        } else if (this.kind === T_OP && (this.op === 43 || this.op === 45 || this.op === 126)) {
          notAllowed = false;
        } else {
          break;
        }
        prefixed = true;
        this.next();
      }
      code = this.primary();
      if (prefixed) code = E_OTHER;
      operands++;
      if (this.kind === T_OP) {
        if (!BINARY.has(this.op)) break;
        this.next();
        notAllowed = false;
        continue;
      }
      if (this.kind !== T_NAME) break;
      const kw = this.kw;
      if (kw === K_BOOL) {
        notAllowed = true;
      } else if (kw === K_IN) {
        notAllowed = false;
      } else if (kw === K_IS) {
        this.next();
        if (this.kind === T_NAME && this.kw === K_NOT) this.next();
        notAllowed = false;
        continue;
      } else if (kw === K_NOT) {
        this.next();
        if (!(this.kind === T_NAME && this.kw === K_IN)) notSure('not without in');
        notAllowed = false;
      } else {
        break;
      }
      this.next();
    }
    return operands === 1 ? code : E_OTHER;
  }

  /** An atom and its trailers (attributes, calls, subscripts). */
  private primary(): number {
    let code: number;
    if (this.kind === T_NAME) {
      if (this.kw === K_CONST || this.kw === K_NONEVAL) {
        this.next();
        return E_OTHER;
      }
      this.plainName();
      code = E_NAME;
    } else if (this.kind === T_STRING) {
      const bytes = this.bytes;
      while (this.kind === T_STRING) {
        if (this.bytes !== bytes) notSure('bytes and text strings joined');
        if (this.capture) this.capture.push([this.start, this.end]);
        this.next();
      }
      code = E_STRING;
    } else if (this.kind === T_NUMBER) {
      this.next();
      return E_OTHER;
    } else if (this.kind === T_OP && (this.op === 40 || this.op === 91)) {
      const close = this.op === 40 ? 41 : 93;
      this.next();
      while (!this.isOp(close)) {
        this.expr();
        if (this.isOp(44)) this.next();
        else if (!this.isOp(close)) notSure('bad tuple or list');
      }
      this.next();
      code = E_OTHER;
    } else if (this.isOp(123)) {
      this.display();
      code = E_OTHER;
    } else {
      notSure('expected an operand');
    }
    // Only a chain that starts with a name is an assignment target here.
    const named = code === E_NAME;
    for (;;) {
      if (this.kind !== T_OP) return code;
      if (this.op === 46) {
        this.next();
        if (this.kind !== T_NAME || (this.kw !== K_NONE && this.kw !== K_SOFT)) notSure('bad attribute');
        this.next();
        code = named ? E_TARGET : E_OTHER;
      } else if (this.op === 40) {
        this.next();
        this.args();
        code = E_OTHER;
      } else if (this.op === 91) {
        this.next();
        do {
          this.expr();
          if (!this.isOp(44)) break;
          this.next();
        } while (!this.isOp(93));
        this.expectOp(93, "']'");
        code = named ? E_TARGET : E_OTHER;
      } else {
        return code;
      }
    }
  }

  /** Call arguments after `(`: positional ones, then keyword ones. */
  private args(): void {
    let keywords = false;
    while (!this.isOp(41)) {
      const code = this.expr();
      if (this.isOp(61)) {
        if (code !== E_NAME) notSure('bad keyword argument');
        this.next();
        this.expr();
        keywords = true;
      } else if (keywords) {
        notSure('a positional argument after a keyword argument');
      }
      if (this.isOp(44)) this.next();
      else if (!this.isOp(41)) notSure('bad argument list');
    }
    this.next();
  }

  /** A dict or set display, on its `{`. */
  private display(): void {
    this.next();
    if (this.isOp(125)) {
      this.next();
      return;
    }
    this.expr();
    const dict = this.isOp(58);
    if (dict) {
      this.next();
      this.expr();
    }
    while (!this.isOp(125)) {
      this.expectOp(44, "','");
      if (this.isOp(125)) break;
      this.expr();
      if (dict) {
        this.expectOp(58, "':'");
        this.expr();
      }
    }
    this.next();
  }
}

/** None, a string, or a collection of strings, as the lezer path's `readIds` accepts them. */
function ids(v: Literal): string[] {
  if (v.kind === 'none') return [];
  if (v.kind === 'str') return [v.value];
  return v.items.map((item) => {
    if (item.kind !== 'str') notSure('an entry that is not a string');
    return item.value;
  });
}

function scan(input: string, mode: number): ParsedRevision {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.includes('\r') && /\r(?!\n)/.test(text)) notSure('a lone carriage return');
  const s = new Scan(text, mode);
  s.module();
  const revision = s.bindings.get('revision');
  const down = s.bindings.get('down_revision');
  if (!revision || !down) notSure('no revision or no down_revision');
  if (revision.kind !== 'str') notSure('revision is not a string');

  // Built in the lezer path's order, so the two results compare equal key by key.
  const lines = new LineMap(text);
  const span = (v: Literal): Span => lines.span(v.from, v.to);
  const result: ParsedRevision = { branchLabels: [], dependsOn: [], problems: [] };
  if (s.docstring) {
    let value = '';
    for (const [from, to] of s.docstring) {
      const d = decodeStringLiteral(text.slice(from, to));
      if (!d || d.bytes) notSure('a docstring the fast path does not read');
      value += d.value;
    }
    readDocstring(value, result);
  }
  result.revision = { value: revision.value, span: span(revision) };
  result.downRevision = { value: ids(down), span: span(down) };
  const labels = s.bindings.get('branch_labels');
  if (labels) {
    result.branchLabels = ids(labels);
    result.branchLabelsSpan = span(labels);
  }
  const depends = s.bindings.get('depends_on');
  if (depends) {
    result.dependsOn = ids(depends);
    result.dependsOnSpan = span(depends);
  }
  return result;
}

export interface ScanOptions {
  /**
   * Skim, rather than check, module-level statements and the bodies of module-level functions (see the
   * top of this file). Only for files already on the base branch, which Alembic has imported and so are
   * valid Python.
   */
  lean?: boolean;
  /** Lean mode only: whether to try the quick read (quick.ts) first. Default true; false is for tests. */
  quick?: boolean;
}

/** The file's answer in one mode, or the reason it declines. */
function attempt(text: string, mode: number): ParsedRevision | NotSure {
  try {
    return scan(text, mode);
  } catch (err) {
    if (err instanceof NotSure) return err;
    throw err;
  }
}

/**
 * Reads a revision file's `revision`, `down_revision`, `branch_labels`, `depends_on` and docstring,
 * or returns undefined when not sure (then `parseRevision` uses the lezer path).
 */
export function scanRevision(text: string, options?: ScanOptions): ParsedRevision | undefined {
  if (options?.lean !== true) {
    const r = attempt(text, MODE_FULL);
    return r instanceof NotSure ? undefined : r;
  }
  // Lean mode first reads the usual shape with a few regular expressions (quick.ts); then it skims
  // module-level statements; the rare file that refuses (a name bound where the skim does not look) gets
  // the last try, which checks those statements and skims only def bodies.
  if (options.quick !== false) {
    const quick = quickRevision(text);
    if (!(quick instanceof QuickDecline)) return quick;
  }
  const r = attempt(text, MODE_LEAN);
  if (!(r instanceof NotSure)) return r;
  const again = attempt(text, MODE_LEAN_DEFS);
  return again instanceof NotSure ? undefined : again;
}

/** Why the fast path declined a file, or undefined when it answers (for tests and debugging). */
export function scanRevisionDeclineReason(text: string, options?: ScanOptions): string | undefined {
  if (options?.lean !== true) {
    const r = attempt(text, MODE_FULL);
    return r instanceof NotSure ? r.reason : undefined;
  }
  const quick = quickRevision(text);
  if (!(quick instanceof QuickDecline)) return undefined;
  const [first, second] = scanRevisionLeanDeclineReasons(text);
  return first !== undefined && second !== undefined ? `${second} (first try: ${first}; quick read: ${quick.reason})` : undefined;
}

/**
 * Lean mode's two tries, separately (for tests): why the first (module-level statements skimmed) and the
 * second (only def bodies skimmed) decline, each undefined when that try answers.
 */
export function scanRevisionLeanDeclineReasons(text: string): [string | undefined, string | undefined] {
  const first = attempt(text, MODE_LEAN);
  const second = attempt(text, MODE_LEAN_DEFS);
  return [first instanceof NotSure ? first.reason : undefined, second instanceof NotSure ? second.reason : undefined];
}
