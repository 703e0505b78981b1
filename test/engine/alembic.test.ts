/**
 * Alembic end to end on real git repositories: environments, heads, merge revisions, edits.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { analyze, type Report } from '../../src/analyze.js';
import type { Finding } from '../../src/model.js';
import { cleanupRepos, makeRepo, type FixtureRepo } from '../helpers/git-fixture.js';

afterAll(cleanupRepos);

const rules = (r: Report) => r.findings.map((f) => `${f.ruleId}:${f.severity}${f.preexisting ? ':pre' : ''}`).sort();
const only = (r: Report, id: string): Finding[] => r.findings.filter((f) => f.ruleId === id);

interface Rev {
  id: string;
  down: string | string[] | null;
  labels?: string[];
  dependsOn?: string[];
  body?: string;
}

/** A revision file as Alembic's current generic template writes it. */
function revision({ id, down, labels, dependsOn, body }: Rev): string {
  const repr = (v: string | string[] | null | undefined) =>
    v === null || v === undefined ? 'None' : Array.isArray(v) ? `(${v.map((x) => `'${x}'`).join(', ')}${v.length === 1 ? ',' : ''})` : `'${v}'`;
  return [
    `"""${id} step\n\nRevision ID: ${id}\nRevises: ${Array.isArray(down) ? down.join(', ') : (down ?? '')}\nCreate Date: 2026-01-05 09:00:00\n\n"""`,
    'from typing import Sequence, Union',
    '',
    'from alembic import op',
    'import sqlalchemy as sa',
    '',
    '',
    '# revision identifiers, used by Alembic.',
    `revision: str = '${id}'`,
    `down_revision: Union[str, Sequence[str], None] = ${repr(down)}`,
    `branch_labels: Union[str, Sequence[str], None] = ${repr(labels)}`,
    `depends_on: Union[str, Sequence[str], None] = ${repr(dependsOn)}`,
    '',
    '',
    'def upgrade() -> None:',
    `    ${body ?? `op.add_column('t', sa.Column('c_${id}', sa.Integer()))`}`,
    '',
    '',
    'def downgrade() -> None:',
    `    op.drop_column('t', 'c_${id}')`,
    '',
  ].join('\n');
}

const INI = '[alembic]\nscript_location = %(here)s/migrations\nprepend_sys_path = .\n';

/** An environment at `dir` with a linear history a1 -> a2 -> a3. */
async function envRepo(dir = 'db', extra: Record<string, string> = {}): Promise<FixtureRepo> {
  const repo = await makeRepo();
  const v = `${dir}/migrations/versions`;
  await repo.write({
    [`${dir}/alembic.ini`]: INI,
    [`${dir}/migrations/env.py`]: 'from alembic import context\n',
    [`${v}/a1_first.py`]: revision({ id: 'a1', down: null }),
    [`${v}/a2_second.py`]: revision({ id: 'a2', down: 'a1' }),
    [`${v}/a3_third.py`]: revision({ id: 'a3', down: 'a2' }),
    ...extra,
  });
  await repo.commit('alembic history');
  return repo;
}

async function twoHeads(repo: FixtureRepo, dir = 'db'): Promise<void> {
  const v = `${dir}/migrations/versions`;
  await repo.branch('feature');
  await repo.write({ [`${v}/f4_feature.py`]: revision({ id: 'f4', down: 'a3' }) });
  await repo.commit('feature revision');
  await repo.checkout('main');
  await repo.write({ [`${v}/m4_main.py`]: revision({ id: 'm4', down: 'a3' }) });
  await repo.commit('main revision');
}

describe('Alembic heads', () => {
  it('reports two heads from one parent, with the merge revision and the re-point', async () => {
    const repo = await envRepo();
    await twoHeads(repo);
    const report = await analyze({ repo: repo.dir, base: 'main', head: 'feature' });
    expect(rules(report)).toEqual(['multiple-leaves:error']);
    const [f] = report.findings;
    expect(f!.framework).toBe('alembic');
    expect(f!.message).toContain('f4 (head)');
    expect(f!.message).toContain('m4 (base)');
    expect(f!.message).toContain('Multiple head revisions');
    expect(f!.details?.forkPoint).toBe('a3');
    expect(f!.location?.file).toBe('db/migrations/versions/f4_feature.py');
    const [merge, repoint] = f!.fixes;
    const created = merge!.edits[0]!;
    if (created.kind !== 'create') throw new Error('expected a new file');
    expect(created.path).toMatch(/^db\/migrations\/versions\/[0-9a-f]{12}_merge_heads\.py$/);
    expect(created.content).toMatch(/down_revision: Union\[str, Sequence\[str\], None\] = \('f4', 'm4'\)/);
    expect(created.content).toContain('"""merge heads');
    const edit = repoint!.edits[0]!;
    expect(edit.kind === 'rewrite' && edit.content).toContain("down_revision: Union[str, Sequence[str], None] = 'm4'");
    expect(report.projects[0]!.apps[0]!.leaves).toEqual({ base: ['m4'], head: ['f4'], merged: ['f4', 'm4'] });
  });

  it("reports each side's own heads, also where the base added revisions since the fork", async () => {
    // The base adds m4 and m5 on a3; the head edits a2 only: alone, its head is still a3.
    const repo = await envRepo();
    const v = 'db/migrations/versions';
    await repo.branch('feature');
    await repo.write({ [`${v}/a2_second.py`]: (await repo.read(`${v}/a2_second.py`)).replace('def upgrade', '# reviewed\ndef upgrade') });
    await repo.commit('comment a2');
    await repo.checkout('main');
    await repo.write({ [`${v}/m4_main.py`]: revision({ id: 'm4', down: 'a3' }), [`${v}/m5_main.py`]: revision({ id: 'm5', down: 'm4' }) });
    await repo.commit('main revisions');
    const report = await analyze({ repo: repo.dir, base: 'main', head: 'feature' });
    expect(report.projects[0]!.apps[0]!.leaves).toEqual({ base: ['m5'], head: ['a3'], merged: ['m5'] });
    // And with a head of its own: f4 on a3.
    await repo.checkout('feature');
    await repo.write({ [`${v}/f4_feature.py`]: revision({ id: 'f4', down: 'a3' }) });
    await repo.commit('feature revision');
    const two = await analyze({ repo: repo.dir, base: 'main', head: 'feature' });
    expect(two.projects[0]!.apps[0]!.leaves).toEqual({ base: ['m5'], head: ['f4'], merged: ['f4', 'm5'] });
  });

  it('is clean once the branch adds the merge revision migraph suggested', async () => {
    const repo = await envRepo();
    await twoHeads(repo);
    const first = await analyze({ repo: repo.dir, base: 'main', head: 'feature' });
    const fix = first.findings[0]!.fixes[0]!.edits[0]!;
    if (fix.kind !== 'create') throw new Error('expected a new file');
    await repo.checkout('feature');
    await repo.git(['merge', '-q', '--no-edit', 'main']);
    await repo.write({ [fix.path]: fix.content });
    await repo.commit('merge revision');
    const second = await analyze({ repo: repo.dir, base: 'main', head: 'feature' });
    expect(rules(second)).toEqual([]);
  });

  it('accepts heads that each sit alone under their own branch label', async () => {
    const repo = await envRepo();
    await repo.branch('feature');
    await repo.write({
      'db/migrations/versions/s1_shop.py': revision({ id: 's1', down: null, labels: ['shop'] }),
      'db/migrations/versions/s2_shop.py': revision({ id: 's2', down: 's1', dependsOn: ['a2'] }),
    });
    await repo.commit('a labelled second branch that depends on the main line');
    // The main line needs a label of its own for the layout to be intended.
    await repo.write({ 'db/migrations/versions/a1_first.py': revision({ id: 'a1', down: null, labels: ['core'] }) });
    await repo.commit('label the main line');
    const report = await analyze({ repo: repo.dir, base: 'main', head: 'feature' });
    expect(only(report, 'multiple-leaves')).toEqual([]);
    // The label edit touches a revision that is already on the base.
    expect(rules(report)).toEqual(['applied-modified:error']);
  });
});

describe('Alembic integrity', () => {
  it('reports a duplicate revision id and a dangling down_revision', async () => {
    const repo = await envRepo();
    await repo.branch('feature');
    await repo.write({
      'db/migrations/versions/a3_copy.py': revision({ id: 'a3', down: 'a2' }),
      'db/migrations/versions/b9_dangling.py': revision({ id: 'b9', down: 'zz' }),
    });
    await repo.commit('bad revisions');
    const report = await analyze({ repo: repo.dir, base: 'main', head: 'feature' });
    expect(only(report, 'duplicate-revision').map((f) => f.severity)).toEqual(['error']);
    const [missing] = only(report, 'missing-dependency');
    expect(missing!.message).toContain('zz');
    expect(missing!.location?.file).toBe('db/migrations/versions/b9_dangling.py');
  });

  it('tells a semantic edit of an applied revision from a comment-only one', async () => {
    const semantic = await envRepo();
    await semantic.branch('feature');
    await semantic.write({ 'db/migrations/versions/a2_second.py': revision({ id: 'a2', down: 'a1', body: "op.add_column('t', sa.Column('other', sa.Text()))" }) });
    await semantic.commit('edit a2');
    expect(rules(await analyze({ repo: semantic.dir, base: 'main', head: 'feature' }))).toEqual(['applied-modified:error']);

    const cosmetic = await envRepo();
    await cosmetic.branch('feature');
    const path = 'db/migrations/versions/a2_second.py';
    await cosmetic.write({ [path]: (await cosmetic.read(path)).replace('def upgrade', '# reviewed\ndef upgrade') });
    await cosmetic.commit('comment a2');
    const report = await analyze({ repo: cosmetic.dir, base: 'main', head: 'feature' });
    expect(rules(report)).toEqual(['applied-modified:notice']);
  });

  it('reports a malformed revision file as a parse error with its place', async () => {
    const repo = await envRepo();
    await repo.branch('feature');
    await repo.write({ 'db/migrations/versions/b1_broken.py': "revision = 'b1'\ndown_revision = ('a3'\n" });
    await repo.commit('broken');
    const report = await analyze({ repo: repo.dir, base: 'main', head: 'feature' });
    const [f] = only(report, 'parse-error');
    expect(f!.location?.file).toBe('db/migrations/versions/b1_broken.py');
    expect(f!.severity).toBe('error');
  });
});

describe('Alembic numbering (duplicate-number)', () => {
  /** Each side adds one revision on top of a3, under the given ids and file names. */
  async function bothAdd(base: { id: string; file: string }, head: { id: string; file: string }, ini = INI): Promise<Report> {
    const repo = await envRepo('db', { 'db/alembic.ini': ini });
    const v = 'db/migrations/versions';
    await repo.branch('feature');
    await repo.write({ [`${v}/${head.file}`]: revision({ id: head.id, down: 'a3' }) });
    await repo.commit('feature revision');
    await repo.checkout('main');
    await repo.write({ [`${v}/${base.file}`]: revision({ id: base.id, down: 'a3' }) });
    await repo.commit('main revision');
    return analyze({ repo: repo.dir, base: 'main', head: 'feature' });
  }

  it('reports two branches that each add revision 0004, by id or by file name', async () => {
    const byId = await bothAdd({ id: '0004_users', file: '0004_users_add.py' }, { id: '0004_orders', file: '0004_orders_add.py' });
    expect(rules(byId)).toEqual(['duplicate-number:warning', 'multiple-leaves:error']);
    expect(only(byId, 'duplicate-number')[0]!.message).toBe('2 revisions are numbered 0004: 0004_orders (head), 0004_users (base).');
    const byFile = await bothAdd({ id: 'c0ffee000001', file: '0004_users.py' }, { id: 'c0ffee000002', file: '0004_orders.py' });
    expect(rules(byFile)).toEqual(['duplicate-number:warning', 'multiple-leaves:error']);
  });

  it('reads no number from hex ids that start with digits, dated file names or time stamps', async () => {
    // The default file_template puts the id first: 4a1b2c3d4e5f_users.py.
    const hex = await bothAdd({ id: '4a1b2c3d4e5f', file: '4a1b2c3d4e5f_users.py' }, { id: '4a9b8c7d6e5f', file: '4a9b8c7d6e5f_orders.py' });
    expect(rules(hex)).toEqual(['multiple-leaves:error']);
    const datedIni = `${INI}file_template = %%(year)d_%%(month).2d_%%(day).2d_%%(hour).2d%%(minute).2d-%%(rev)s_%%(slug)s\n`;
    const dated = await bothAdd(
      { id: 'aaa111', file: '2026_01_05_0900-aaa111_users.py' },
      { id: 'bbb222', file: '2026_01_05_0930-bbb222_orders.py' },
      datedIni,
    );
    expect(rules(dated)).toEqual(['multiple-leaves:error']);
    const stamped = await bothAdd({ id: 'aaa111', file: '20260105_users.py' }, { id: 'bbb222', file: '20260105_orders.py' });
    expect(rules(stamped)).toEqual(['multiple-leaves:error']);
  });
});

describe('Alembic files migraph does not read', () => {
  it('reports a revision file over 1 MiB with its size, and reads the rest', async () => {
    const repo = await envRepo();
    await repo.branch('feature');
    const huge = `${revision({ id: 'b4', down: 'a3' })}${'# padding\n'.repeat(110_000)}`;
    await repo.write({ 'db/migrations/versions/b4_huge.py': huge, 'db/migrations/versions/b5_next.py': revision({ id: 'b5', down: 'a3' }) });
    await repo.commit('a huge revision and a normal one');
    const report = await analyze({ repo: repo.dir, base: 'main', head: 'feature' });
    const [f] = only(report, 'parse-error');
    expect(f!.location?.file).toBe('db/migrations/versions/b4_huge.py');
    expect(f!.message).toContain(`is ${Buffer.byteLength(huge)} bytes; migraph reads files up to 1048576 bytes`);
    // b5 was read: it forks from a3 like the base's a3 line, so it is the environment's only new head.
    expect(report.projects[0]!.apps[0]!.leaves.merged).toContain('b5');
  });
});

describe('Alembic lean reading (files already on the base)', () => {
  it('checks the whole of a revision the head adds, body included, but only skims what the base already runs', async () => {
    // The same broken body once on the base (it has run in production: skimmed) and once new on the head.
    const broken = 'op.add_column("t", sa.Column("c" sa.Integer()))';
    const repo = await envRepo('db', { 'db/migrations/versions/a0_old.py': revision({ id: 'a0', down: null, labels: ['old'], body: broken }) });
    await repo.branch('feature');
    await repo.write({ 'db/migrations/versions/b4_new.py': revision({ id: 'b4', down: 'a3', body: broken }) });
    await repo.commit('new revision with a syntax error in upgrade()');
    const report = await analyze({ repo: repo.dir, base: 'main', head: 'feature' });
    const errors = only(report, 'parse-error');
    expect(errors.map((f) => f.location?.file)).toEqual(['db/migrations/versions/b4_new.py']);
    expect(errors[0]!.location?.span?.line).toBe(22); // the body line of upgrade()
  });
});

describe('Alembic environments', () => {
  it("renders the merge revision through the repository's own script.py.mako and file_template", async () => {
    const template = [
      '"""${message}',
      '',
      'Revision ID: ${up_revision}',
      'Revises: ${down_revision | comma,n}',
      '"""',
      '# company header',
      'revision = ${repr(up_revision)}',
      'down_revision = ${repr(down_revision)}',
      '% if branch_labels:',
      'branch_labels = ${repr(branch_labels)}',
      '% endif',
      '',
      'def upgrade():',
      '    ${upgrades if upgrades else "pass"}',
      '',
    ].join('\n');
    const repo = await envRepo('db', {
      'db/alembic.ini': `${INI}file_template = %%(year)d%%(month).2d%%(day).2d_%%(rev)s_%%(slug)s\n`,
      'db/migrations/script.py.mako': template,
    });
    await twoHeads(repo);
    const report = await analyze({ repo: repo.dir, base: 'main', head: 'feature' });
    const created = report.findings[0]!.fixes[0]!.edits[0]!;
    if (created.kind !== 'create') throw new Error('expected a new file');
    expect(created.path).toMatch(/^db\/migrations\/versions\/\d{8}_[0-9a-f]{12}_merge_heads\.py$/);
    expect(created.content).toContain('# company header');
    expect(created.content).toContain("down_revision = ('f4', 'm4')");
    expect(created.content).toContain('Revises: f4, m4');
    expect(created.content).not.toContain('branch_labels');
  });

  it('follows version_locations to a folder with any name', async () => {
    const repo = await makeRepo();
    await repo.write({
      'db/alembic.ini': '[alembic]\nscript_location = %(here)s/migrations\nversion_locations = %(here)s/revisions\n',
      'db/migrations/env.py': '',
      'db/revisions/r1_first.py': revision({ id: 'r1', down: null }),
    });
    await repo.commit('base');
    await repo.branch('feature');
    await repo.write({ 'db/revisions/r2_feature.py': revision({ id: 'r2', down: 'r1' }) });
    await repo.commit('feature');
    await repo.checkout('main');
    await repo.write({ 'db/revisions/r3_main.py': revision({ id: 'r3', down: 'r1' }) });
    await repo.commit('main');
    const report = await analyze({ repo: repo.dir, base: 'main', head: 'feature' });
    expect(rules(report)).toEqual(['multiple-leaves:error']);
    const created = report.findings[0]!.fixes[0]!.edits[0]!;
    expect(created.kind === 'create' && created.path).toMatch(/^db\/revisions\/[0-9a-f]{12}_merge_heads\.py$/);
  });

  it('loads version_locations in the configured order: of two revisions with one id, the later location wins', async () => {
    const repo = await makeRepo();
    await repo.write({
      'db/alembic.ini': '[alembic]\nscript_location = %(here)s/migrations\nversion_locations = %(here)s/zeta %(here)s/alpha\n',
      'db/migrations/env.py': '',
      'db/zeta/r1_first.py': revision({ id: 'r1', down: null }),
    });
    await repo.commit('base');
    await repo.branch('feature');
    await repo.write({ 'db/alpha/r1_again.py': revision({ id: 'r1', down: null }) });
    await repo.commit('the same id in the second location');
    const report = await analyze({ repo: repo.dir, base: 'main', head: 'feature' });
    const [dup] = only(report, 'duplicate-revision');
    // Alembic reads zeta, then alpha (configuration order, not path order); the last loaded is kept.
    expect(dup!.details).toMatchObject({ files: JSON.stringify(['db/zeta/r1_first.py', 'db/alpha/r1_again.py']), kept: 'db/alpha/r1_again.py' });
  });

  it('analyses two environments of one repository on their own', async () => {
    const repo = await envRepo('billing', {
      'users/alembic.ini': INI,
      'users/migrations/env.py': '',
      'users/migrations/versions/u1_first.py': revision({ id: 'u1', down: null }),
    });
    await twoHeads(repo, 'billing');
    await repo.checkout('feature');
    await repo.write({ 'users/migrations/versions/u2_second.py': revision({ id: 'u2', down: 'u1' }) });
    await repo.commit('users moves on');
    const report = await analyze({ repo: repo.dir, base: 'main', head: 'feature' });
    expect(report.projects.map((p) => p.root).sort()).toEqual(['billing/migrations', 'users/migrations']);
    expect(only(report, 'multiple-leaves').map((f) => f.project)).toEqual(['billing/migrations']);
  });

  it('finds a bare env.py + versions layout and a repository that mixes Django and Alembic', async () => {
    const repo = await makeRepo();
    await repo.write({
      'manage.py': '',
      'shop/migrations/__init__.py': '',
      'shop/migrations/0001_initial.py': 'from django.db import migrations\n\nclass Migration(migrations.Migration):\n    dependencies = []\n    operations = []\n',
      'analytics/env.py': '',
      'analytics/versions/x1_first.py': revision({ id: 'x1', down: null }),
    });
    await repo.commit('both');
    await twoHeads2(repo);
    const report = await analyze({ repo: repo.dir, base: 'main', head: 'feature' });
    expect(report.projects.map((p) => p.framework).sort()).toEqual(['alembic', 'django']);
    expect(only(report, 'multiple-leaves').map((f) => f.framework)).toEqual(['alembic']);
  });
});

async function twoHeads2(repo: FixtureRepo): Promise<void> {
  await repo.branch('feature');
  await repo.write({
    'analytics/versions/x2_feature.py': revision({ id: 'x2', down: 'x1' }),
    'shop/migrations/0002_more.py':
      'from django.db import migrations\n\nclass Migration(migrations.Migration):\n    dependencies = [("shop", "0001_initial")]\n    operations = []\n',
  });
  await repo.commit('feature');
  await repo.checkout('main');
  await repo.write({ 'analytics/versions/x3_main.py': revision({ id: 'x3', down: 'x1' }) });
  await repo.commit('main');
}
