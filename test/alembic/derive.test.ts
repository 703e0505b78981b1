/**
 * The merged result's (and the head alone's) Alembic states are derived from another state's where the
 * changed paths allow it. A derived state must equal a full load of the same snapshot, in every field
 * a rule reads; where a change could move environments, derivation must decline.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { deriveStates, loadStates, type AlembicState, type ParseCache } from '../../src/frameworks/alembic/adapter.js';
import { decodePython } from '../../src/frameworks/django/decode.js';
import { GitRepo } from '../../src/git/repo.js';
import { mergedSnapshot, snapshotOf, type Snapshot } from '../../src/snapshot.js';
import { Sources } from '../../src/sources.js';
import { cleanupRepos, makeRepo, type FixtureRepo } from '../helpers/git-fixture.js';

afterAll(cleanupRepos);

const rev = (id: string, down: string | null, extra = '') =>
  `"""${id}\n\nRevision ID: ${id}\n"""\nrevision = '${id}'\ndown_revision = ${down === null ? 'None' : `'${down}'`}\n${extra}\n\ndef upgrade():\n    pass\n`;

/** What rules read from a state, as plain data. */
function view(states: ReadonlyMap<string, AlembicState>) {
  return [...states.values()].map((s) => ({
    key: s.key,
    env: s.env,
    revisions: s.revisions.map((r) => [r.id, r.file, r.blob]),
    byPath: [...s.byPath.keys()].sort(),
    byId: [...s.byId.keys()].sort(),
    heads: s.graph.heads,
    realHeads: s.graph.realHeads,
    bases: s.graph.bases,
    missing: s.graph.missing,
    duplicates: s.graph.duplicates,
    cycles: s.graph.cycleDetails,
    labels: s.graph.heads.map((h) => s.graph.labelsOf(h)),
    problems: s.problems,
    notes: s.notes,
    scriptTemplate: s.scriptTemplate,
  }));
}

async function setUp(before: Record<string, string>, after: (repo: FixtureRepo) => Promise<void>) {
  const repo = await makeRepo();
  await repo.write(before);
  await repo.commit('base');
  await repo.branch('feature');
  await after(repo);
  await repo.commit('feature');
  const git = await GitRepo.open(repo.dir);
  const reader = git.openBlobReader();
  const sources = new Sources((ids) => reader.read([...ids]), decodePython);
  const base = snapshotOf('base', await git.listTree('main'));
  const head = snapshotOf('head', await git.listTree('feature'));
  const changes = await git.diff('main', 'feature');
  const merged = mergedSnapshot(base, head, changes);
  const changed = changes.flatMap((c) => (c.oldPath !== undefined ? [c.path, c.oldPath] : [c.path]));
  const onBase = new Set([...base.entries.values()].map((e) => e.blob));
  const cache = (): ParseCache => ({ parsed: new Map(), lean: (blob) => onBase.has(blob), keepText: () => false });
  return { reader, sources, base, merged, changed, cache };
}

async function compare(before: Record<string, string>, after: (repo: FixtureRepo) => Promise<void>): Promise<'derived' | 'declined'> {
  const { reader, sources, base, merged, changed, cache } = await setUp(before, after);
  try {
    const shared = cache();
    const from = await loadStates(base, sources, shared);
    const derived = await deriveStates(from, merged as Snapshot, changed, sources, shared);
    const loaded = await loadStates(merged, sources, cache());
    if (!derived) return 'declined';
    expect(view(derived)).toStrictEqual(view(loaded));
    return 'derived';
  } finally {
    await reader.close();
  }
}

const ENV = {
  'db/alembic.ini': '[alembic]\nscript_location = %(here)s/migrations\n',
  'db/migrations/env.py': 'from alembic import context\n',
  'db/migrations/script.py.mako': '"""${message}"""\n',
  'db/migrations/versions/a1_one.py': rev('a1', null, "branch_labels = ('core',)"),
  'db/migrations/versions/a2_two.py': rev('a2', 'a1'),
  'db/migrations/versions/a3_three.py': rev('a3', 'a2', "depends_on = 'a1'"),
  'db/migrations/versions/bad.py': 'revision = (\n',
  'other/migrations/env.py': 'from alembic import context\n',
  'other/migrations/versions/o1.py': rev('o1', null),
  'app/models.py': 'x = 1\n',
};

describe('deriving a state from another equals loading it', () => {
  it.each<[string, (repo: FixtureRepo) => Promise<void>]>([
    ['a revision added', (r) => r.write({ 'db/migrations/versions/b4_four.py': rev('b4', 'a3') })],
    ['a revision added before the others in load order', (r) => r.write({ 'db/migrations/versions/0_first.py': rev('z0', 'a3') })],
    ['a revision edited to point elsewhere', (r) => r.write({ 'db/migrations/versions/a3_three.py': rev('a3', 'a1') })],
    ['a revision deleted', (r) => r.remove(['db/migrations/versions/a2_two.py'])],
    ['a revision renamed', (r) => r.rename('db/migrations/versions/a2_two.py', 'db/migrations/versions/a2_renamed.py')],
    ['a broken file fixed, another broken', (r) => r.write({ 'db/migrations/versions/bad.py': rev('c9', 'a3'), 'db/migrations/versions/a1_one.py': 'revision =\n' })],
    ['a duplicate id and a dangling parent', (r) => r.write({ 'db/migrations/versions/d1.py': rev('a2', 'a1'), 'db/migrations/versions/d2.py': rev('d2', 'zz') })],
    ['a cycle', (r) => r.write({ 'db/migrations/versions/a1_one.py': rev('a1', 'a3') })],
    ['only files outside every environment', (r) => r.write({ 'app/models.py': 'x = 2\n', 'README.md': 'hi\n' })],
    ['revisions in two environments', (r) => r.write({ 'other/migrations/versions/o2.py': rev('o2', 'o1'), 'db/migrations/versions/b4.py': rev('b4', 'a3') })],
    ['a non-Python file and a __pycache__ file in a version location', (r) => r.write({ 'db/migrations/versions/notes.txt': 'x\n', 'db/migrations/versions/__init__.py': '' })],
  ])('%s', async (_name, after) => {
    expect(await compare(ENV, after)).toBe('derived');
  });

  it.each<[string, (repo: FixtureRepo) => Promise<void>]>([
    ['alembic.ini changed', (r) => r.write({ 'db/alembic.ini': '[alembic]\nscript_location = %(here)s/migrations\nrecursive_version_locations = true\n' })],
    ['a new env.py', (r) => r.write({ 'new/env.py': '', 'new/versions/n1.py': rev('n1', null) })],
    ['script.py.mako changed', (r) => r.write({ 'db/migrations/script.py.mako': '# new\n' })],
    ['a versions folder outside every environment', (r) => r.write({ 'x/versions/v1.py': rev('v1', null) })],
    ['pyproject.toml added', (r) => r.write({ 'pyproject.toml': '[tool.alembic]\nscript_location = "db/migrations"\n' })],
  ])('declines when %s', async (_name, after) => {
    expect(await compare(ENV, after)).toBe('declined');
  });
});
