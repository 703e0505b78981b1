import { describe, expect, test } from 'vitest';
import { legacyRevisionId, parseRevision, revisionQuoteStyle } from '../../src/frameworks/alembic/parse.js';

// What `alembic revision` wrote with the generic template before 1.13 (plain assignments).
const PLAIN = `"""add user table

Revision ID: 1975ea83b712
Revises: 
Create Date: 2011-11-08 11:40:27.089406

"""

# revision identifiers, used by Alembic.
revision = '1975ea83b712'
down_revision = None
branch_labels = None
depends_on = None

from alembic import op
import sqlalchemy as sa


def upgrade():
    pass


def downgrade():
    pass
`;

// The current generic template (typed identifiers).
const ANNOTATED = `"""add account column

Revision ID: ae1027a6acf
Revises: 1975ea83b712
Create Date: 2024-05-01 10:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "ae1027a6acf"
down_revision: Union[str, None] = "1975ea83b712"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.add_column("account", sa.Column("last_transaction_date", sa.DateTime))


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_column("account", "last_transaction_date")
`;

const MERGE = `"""merge heads

Revision ID: 53fffde5ad5
Revises: ae1027a6acf, 27c6a30d7c24
Create Date: 2024-05-02 10:00:00

"""
from typing import Sequence, Union

revision: str = '53fffde5ad5'
down_revision: Union[str, Sequence[str], None] = ('ae1027a6acf', '27c6a30d7c24')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
`;

describe('revisionQuoteStyle (the quote a fix writes into a revision)', () => {
  test('counts the short strings of the whole file, bodies included, and leaves triple-quoted ones out', () => {
    const file = (body: string) => `\ufeff"""doc"""\nrevision = 'b'\ndown_revision = 'a'\n\ndef upgrade():\n${body}\n`;
    expect(revisionQuoteStyle(file(`    op.drop_table('x')`))).toBe("'");
    expect(revisionQuoteStyle(file(`    op.drop_table("x")\n    op.drop_table("y")\n    op.drop_table(f"z")\n    op.execute("""'a' 'b' 'c'""")`))).toBe('"');
    // A tie goes to double quotes, as with Black.
    expect(revisionQuoteStyle(file(`    op.drop_table("x")\n    op.drop_table("y")`))).toBe('"');
  });
});

describe('parseRevision reads what Alembic writes', () => {
  test('plain assignments, None base', () => {
    const p = parseRevision(PLAIN);
    expect(p.problems).toEqual([]);
    expect(p.revision?.value).toBe('1975ea83b712');
    expect(p.downRevision?.value).toEqual([]);
    expect(p.branchLabels).toEqual([]);
    expect(p.dependsOn).toEqual([]);
    expect(p.message).toBe('add user table');
    expect(p.docstringRevises).toEqual([]);
    expect(revisionQuoteStyle(PLAIN)).toBe("'");
  });

  test('annotated assignments', () => {
    const p = parseRevision(ANNOTATED);
    expect(p.problems).toEqual([]);
    expect(p.revision).toEqual({ value: 'ae1027a6acf', span: { line: 15, column: 17, endLine: 15, endColumn: 29 } });
    expect(p.downRevision?.value).toEqual(['1975ea83b712']);
    expect(p.downRevision?.span).toEqual({ line: 16, column: 35, endLine: 16, endColumn: 48 });
    expect(p.docstringRevises).toEqual(['1975ea83b712']);
    expect(revisionQuoteStyle(ANNOTATED)).toBe('"');
  });

  test('a merge point: tuple and list', () => {
    const p = parseRevision(MERGE);
    expect(p.problems).toEqual([]);
    expect(p.downRevision?.value).toEqual(['ae1027a6acf', '27c6a30d7c24']);
    expect(p.docstringRevises).toEqual(['ae1027a6acf', '27c6a30d7c24']);
    const list = parseRevision(`revision = "m"\ndown_revision = ["a", "b",]\n`);
    expect(list.downRevision?.value).toEqual(['a', 'b']);
    const bare = parseRevision(`revision = "m"\ndown_revision = "a", "b"\n`);
    expect(bare.downRevision?.value).toEqual(['a', 'b']);
  });

  test('an empty tuple is a base, like None', () => {
    expect(parseRevision(`revision = "m"\ndown_revision = ()\n`).downRevision?.value).toEqual([]);
  });

  test('branch labels as a string, a tuple, a list and a set; depends_on', () => {
    const s = parseRevision(`revision = 'a'\ndown_revision = None\nbranch_labels = 'shop'\ndepends_on = 'b1'\n`);
    expect(s.branchLabels).toEqual(['shop']);
    expect(s.dependsOn).toEqual(['b1']);
    expect(s.branchLabelsSpan).toEqual({ line: 3, column: 17, endLine: 3, endColumn: 22 });
    const t = parseRevision(`revision = 'a'\ndown_revision = None\nbranch_labels = ('shop',)\ndepends_on = ('b1', 'accounts@head')\n`);
    expect(t.branchLabels).toEqual(['shop']);
    expect(t.dependsOn).toEqual(['b1', 'accounts@head']);
    const set = parseRevision(`revision = 'a'\ndown_revision = None\nbranch_labels = {'shop', "billing"}\n`);
    expect(set.branchLabels).toEqual(['shop', 'billing']);
    expect(set.problems).toEqual([]);
    const list = parseRevision(`revision = 'a'\ndown_revision = None\nbranch_labels = ['x']\n`);
    expect(list.branchLabels).toEqual(['x']);
  });

  test('the last binding wins; an annotation alone binds nothing', () => {
    const p = parseRevision(`revision = "old"\ndown_revision = "x"\nrevision = "new"\ndown_revision: str\n`);
    expect(p.revision?.value).toBe('new');
    expect(p.downRevision?.value).toEqual(['x']);
    expect(p.problems).toEqual([]);
    const chained = parseRevision(`revision = rev = "abc"\ndown_revision = None\n`);
    expect(chained.revision?.value).toBe('abc');
  });

  test('parenthesised and implicitly concatenated strings, escapes, a BOM, CRLF', () => {
    const p = parseRevision(`\ufeffrevision = ("ab"\r\n    "cd")\r\ndown_revision = 'a\\x62'\r\n`);
    expect(p.problems).toEqual([]);
    expect(p.revision?.value).toBe('abcd');
    expect(p.downRevision?.value).toEqual(['ab']);
  });

  test('a file without a docstring has no message', () => {
    const p = parseRevision(`revision = "a"\ndown_revision = None\n`);
    expect(p.message).toBeUndefined();
    expect(p.docstringRevises).toBeUndefined();
  });
});

describe('parseRevision never guesses', () => {
  const problemFor = (text: string, name: string) =>
    parseRevision(text).problems.find((p) => p.message.includes(`\`${name}\``));

  test.each([
    ['a name', `revision = "a"\ndown_revision = PREVIOUS\n`, 'down_revision', /the name `PREVIOUS`/],
    ['a call', `revision = "a"\ndown_revision = compute()\n`, 'down_revision', /a call to `compute\(\.\.\.\)`/],
    ['concatenation', `revision = "a" + "b"\ndown_revision = None\n`, 'revision', /an expression/],
    ['an f-string', `revision = f"{x}"\ndown_revision = None\n`, 'revision', /f-string/],
    ['a non-string entry', `revision = "a"\ndown_revision = ("b", c)\n`, 'down_revision', /an entry is/],
    ['bytes', `revision = b"a"\ndown_revision = None\n`, 'revision', /byte string/],
    ['a number', `revision = "a"\ndown_revision = 3\n`, 'down_revision', /not None, a string or a tuple/],
    ['an augmented assignment', `revision = "a"\ndown_revision = "b"\ndown_revision += "c"\n`, 'down_revision', /augmented/],
    ['unpacking', `revision, down_revision = "a", "b"\n`, 'down_revision', /unpacking/],
    ['a conditional', `revision = "a"\ndown_revision = None\nif X:\n    down_revision = "b"\n`, 'down_revision', /if\/for\/try\/with/],
    ['a walrus', `revision = "a"\ndown_revision = None\n(down_revision := "b")\n`, 'down_revision', /:=/],
    ['an import', `revision = "a"\nfrom elsewhere import down_revision\n`, 'down_revision', /import/],
    ['a function', `revision = "a"\ndown_revision = None\ndef depends_on(): pass\n`, 'depends_on', /function or class/],
  ])('%s', (_name, text, variable, why) => {
    const problem = problemFor(text, variable);
    expect(problem?.message).toMatch(/^migraph reads revision files without running them and could not read `/);
    expect(problem?.message).toMatch(why);
    expect(problem?.span).toBeDefined();
  });

  test('an unreadable value leaves the field undefined', () => {
    const p = parseRevision(`revision = "a"\ndown_revision = PREVIOUS\n`);
    expect(p.downRevision).toBeUndefined();
    expect(p.revision?.value).toBe('a');
  });

  test('a later literal binding overrides an earlier dynamic one', () => {
    const p = parseRevision(`revision = "a"\ndown_revision = PREVIOUS\ndown_revision = "b"\n`);
    expect(p.problems).toEqual([]);
    expect(p.downRevision?.value).toEqual(['b']);
  });

  test('assignments inside functions do not count', () => {
    const p = parseRevision(`revision = "a"\ndown_revision = None\ndef upgrade():\n    down_revision = "x"\n`);
    expect(p.problems).toEqual([]);
  });

  test('missing revision and down_revision, and del', () => {
    const p = parseRevision(`"""doc"""\n`);
    expect(p.problems.map((x) => x.message).join('\n')).toMatch(/no `revision`/);
    expect(p.problems.map((x) => x.message).join('\n')).toMatch(/no `down_revision`/);
    const d = parseRevision(`revision = "a"\ndown_revision = None\ndel down_revision\n`);
    expect(d.downRevision).toBeUndefined();
  });

  test('syntax errors are reported with their location', () => {
    const p = parseRevision(`revision = "a"\ndown_revision = ("b",\n\ndef upgrade(:\n    pass\n`);
    const syntax = p.problems.find((x) => x.message.startsWith('Python syntax error'));
    expect(syntax?.span?.line).toBeGreaterThanOrEqual(2);
    const unterminated = parseRevision(`revision = "a\ndown_revision = None\n`);
    expect(unterminated.problems[0]?.message).toMatch(/syntax error near line 1/);
  });

  test('legacy file names give the id when the module has no revision', () => {
    expect(legacyRevisionId('1975ea83b712.py')).toBe('1975ea83b712');
    expect(legacyRevisionId('1975ea83b712_add.py')).toBeUndefined();
  });
});
