/**
 * RevisionMap's rules (alembic/script/revision.py), one at a time, on revisions built directly.
 */
import { describe, expect, it } from 'vitest';
import {
  ancestors,
  buildAlembicGraph,
  forkPoint,
  headsByBranch,
  resolveRevision,
  type AlembicGraph,
  type AlembicRevisionInput,
} from '../../src/graph/alembic.js';
import { rng } from '../django/fuzz.js';
import type { ParsedRevision } from '../../src/frameworks/alembic/types.js';

const span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

interface Spec {
  down?: string | string[] | null;
  labels?: string[];
  deps?: string[];
  file?: string;
  /** Leave `revision` out, as a file without a readable one. */
  noRevision?: boolean;
}

function rev(id: string, spec: Spec = {}): AlembicRevisionInput {
  const down = spec.down === undefined || spec.down === null ? [] : typeof spec.down === 'string' ? [spec.down] : spec.down;
  const parsed: ParsedRevision = {
    downRevision: { value: down, span: { ...span, line: 2 } },
    branchLabels: spec.labels ?? [],
    dependsOn: spec.deps ?? [],
    dependsOnSpan: spec.deps ? { ...span, line: 4 } : undefined,
    problems: [],
  };
  if (!spec.noRevision) parsed.revision = { value: id, span };
  return { id, file: spec.file ?? `alembic/versions/${id}_x.py`, parsed };
}

const build = (...revs: AlembicRevisionInput[]) => buildAlembicGraph(revs);

describe('heads and bases', () => {
  it('finds one head and one base in a linear history', () => {
    const g = build(rev('a1'), rev('b2', { down: 'a1' }), rev('c3', { down: 'b2' }));
    expect(g.heads).toEqual(['c3']);
    expect(g.bases).toEqual(['a1']);
    expect(g.realHeads).toEqual(['c3']);
    expect([...g.dag.predecessors('c3')]).toEqual(['b2']);
    expect(g.missing).toEqual([]);
    expect(g.cycles).toEqual([]);
    expect(resolveRevision(g, 'head')).toEqual({ ids: ['c3'] });
  });

  it('finds two heads from one parent, and head fails like `alembic upgrade head`', () => {
    const g = build(rev('a1'), rev('b2', { down: 'a1' }), rev('c3', { down: 'a1' }));
    expect(g.heads).toEqual(['b2', 'c3']);
    expect(forkPoint(g, g.heads)).toBe('a1');
    const head = resolveRevision(g, 'head');
    expect('error' in head && head.error).toMatch(/^Multiple head revisions are present for given argument 'head'/);
    expect(resolveRevision(g, 'heads')).toEqual({ ids: ['b2', 'c3'] });
  });

  it('resolves two heads with a merge point (tuple down_revision)', () => {
    const g = build(rev('a1'), rev('b2', { down: 'a1' }), rev('c3', { down: 'a1' }), rev('m4', { down: ['b2', 'c3'] }));
    expect(g.heads).toEqual(['m4']);
    expect([...g.dag.predecessors('m4')].sort()).toEqual(['b2', 'c3']);
    expect(ancestors(g, 'm4')).toEqual(new Set(['a1', 'b2', 'c3']));
  });

  it('treats an empty down_revision as a base, and a depends_on base as not a real base', () => {
    const g = build(rev('a1', { down: [] }), rev('z9', { deps: ['a1'] }));
    expect(g.bases).toEqual(['a1', 'z9']);
    expect(g.realBases).toEqual(['a1']);
  });
});

describe('branch labels', () => {
  it('gives each of two intended heads its own inherited label', () => {
    const g = build(
      rev('a1'),
      rev('b2', { down: 'a1', labels: ['billing'] }),
      rev('b3', { down: 'b2' }),
      rev('c2', { down: 'a1', labels: ['shipping'] }),
      rev('c3', { down: 'c2' }),
    );
    expect(g.heads).toEqual(['b3', 'c3']);
    expect(g.labelsOf('b3')).toEqual(['billing']);
    expect(g.labelsOf('c3')).toEqual(['shipping']);
    // a1 is a branch point: the downward walk of _add_branches stops before it.
    expect(g.labelsOf('a1')).toEqual([]);
    expect(g.branchLabels).toEqual(
      new Map([
        ['billing', 'b2'],
        ['shipping', 'c2'],
      ]),
    );
    expect(headsByBranch(g)).toEqual(
      new Map([
        ['billing', ['b3']],
        ['shipping', ['c3']],
      ]),
    );
    expect(resolveRevision(g, 'billing@head')).toEqual({ ids: ['b3'] });
  });

  it('labels whole lines of several bases, down to the base', () => {
    const g = build(
      rev('a1'),
      rev('a2', { down: 'a1', labels: ['core'] }),
      rev('a3', { down: 'a2' }),
      rev('n1', { labels: ['networking'] }),
      rev('n2', { down: 'n1' }),
      rev('x1'),
      rev('x2', { down: 'x1' }),
    );
    expect(g.bases).toEqual(['a1', 'n1', 'x1']);
    expect(g.heads).toEqual(['a3', 'n2', 'x2']);
    // Unbranched line: _add_branches walks back from the last descendant to the base.
    expect(g.labelsOf('a1')).toEqual(['core']);
    expect(g.labelsOf('n2')).toEqual(['networking']);
    expect(headsByBranch(g)).toEqual(
      new Map<string | undefined, string[]>([
        ['core', ['a3']],
        ['networking', ['n2']],
        [undefined, ['x2']],
      ]),
    );
  });

  it('stops the downward walk at a merge point and does not follow depends_on', () => {
    const g = build(
      rev('a1'),
      rev('b1'),
      rev('m2', { down: ['a1', 'b1'] }),
      rev('m3', { down: 'm2', labels: ['lab'] }),
      rev('d4', { down: 'a1', deps: ['m3'] }),
    );
    expect(g.labelsOf('m3')).toEqual(['lab']);
    expect(g.labelsOf('m2')).toEqual([]);
    expect(g.labelsOf('d4')).toEqual([]);
  });

  it('reports a label clash between revisions and with a revision id', () => {
    const g = build(rev('a1', { labels: ['x'] }), rev('b2', { down: 'a1', labels: ['x'] }), rev('c3', { down: 'b2', labels: ['a1'] }));
    expect(g.labelClashes).toEqual([
      { label: 'x', ids: ['a1', 'b2'], message: "Branch name 'x' in revision b2 already used by revision a1" },
      { label: 'a1', ids: ['a1', 'c3'], message: "Branch name 'a1' in revision c3 already used by revision a1" },
    ]);
  });
});

describe('depends_on', () => {
  const base = [
    rev('aaaa1111'),
    rev('aaaa2222', { down: 'aaaa1111', labels: ['feature'] }),
    rev('bbbb1111'),
    rev('bbbb2222', { down: 'bbbb1111' }),
  ];

  it('is not a parent: it does not change heads, only real heads', () => {
    const g = build(...base, rev('cccc3333', { down: 'bbbb2222', deps: ['aaaa2222'] }));
    expect(g.heads).toEqual(['aaaa2222', 'cccc3333']);
    expect(g.realHeads).toEqual(['cccc3333']);
    expect([...g.dag.predecessors('cccc3333')]).toEqual(['bbbb2222']);
    expect(g.dependencies.get('cccc3333')).toEqual({ resolved: ['aaaa2222'], normalized: ['aaaa2222'] });
    expect(ancestors(g, 'cccc3333', { includeDependencies: true })).toEqual(new Set(['aaaa1111', 'aaaa2222', 'bbbb1111', 'bbbb2222']));
    expect(g.missing).toEqual([]);
  });

  it('resolves a branch label', () => {
    const g = build(...base, rev('cccc3333', { down: 'bbbb2222', deps: ['feature'] }));
    expect(g.dependencies.get('cccc3333')?.resolved).toEqual(['aaaa2222']);
    expect(g.realHeads).toEqual(['cccc3333']);
  });

  it('normalizes away a dependency an ancestor already has', () => {
    const g = build(
      ...base,
      rev('cccc3333', { down: 'bbbb2222', deps: ['aaaa2222'] }),
      rev('cccc4444', { down: 'cccc3333', deps: ['aaaa2222', 'aaaa1111'] }),
    );
    expect(g.dependencies.get('cccc4444')).toEqual({ resolved: ['aaaa2222', 'aaaa1111'], normalized: ['aaaa1111'] });
  });

  it('does not accept a partial id inside a revision file (Alembic fails with KeyError)', () => {
    const g = build(...base, rev('cccc3333', { down: 'bbbb2222', deps: ['bbbb1'] }));
    expect(g.missing).toEqual([
      {
        from: 'cccc3333',
        file: 'alembic/versions/cccc3333_x.py',
        span: { ...span, line: 4 },
        target: 'bbbb1',
        kind: 'depends_on',
        reason: 'partial',
        matches: ['bbbb1111'],
        message:
          "Revision bbbb1 referenced from cccc3333 is not present; Alembic does not resolve partial revision ids in revision files, write 'bbbb1111' in full",
      },
    ]);
    expect(g.realHeads).toEqual(['aaaa2222', 'cccc3333']);
    // The command line does resolve partial ids.
    expect(resolveRevision(g, 'bbbb1')).toEqual({ ids: ['bbbb1111'] });
  });

  it('reports an ambiguous prefix', () => {
    const g = build(...base, rev('cccc3333', { down: 'bbbb2222', deps: ['bbbb'] }));
    expect(g.missing.map((m) => [m.target, m.reason, m.matches])).toEqual([['bbbb', 'ambiguous', ['bbbb1111', 'bbbb2222']]]);
    expect(resolveRevision(g, 'bbbb')).toEqual({ error: "Multiple revisions start with 'bbbb': 'bbbb1111', 'bbbb2222'..." });
  });
});

describe('problems', () => {
  it('keeps the last of duplicate ids and reports them', () => {
    const g = build(rev('a1'), rev('b2', { down: 'a1', file: 'v/b2_one.py' }), rev('b2', { down: 'a1', file: 'v/b2_two.py' }));
    expect(g.duplicates).toEqual([
      { id: 'b2', files: ['v/b2_one.py', 'v/b2_two.py'], kept: 'v/b2_two.py', message: 'Revision b2 is present more than once' },
    ]);
    expect(g.revisions.get('b2')?.file).toBe('v/b2_two.py');
    expect(g.heads).toEqual(['b2']);
  });

  it('reports a dangling down_revision and a label used as a down_revision', () => {
    const g = build(rev('a1', { labels: ['lab'] }), rev('b2', { down: 'gone' }), rev('c3', { down: 'lab' }));
    expect(g.missing.map((m) => [m.from, m.target, m.kind, m.reason])).toEqual([
      ['b2', 'gone', 'down_revision', 'absent'],
      ['c3', 'lab', 'down_revision', 'branch-label'],
    ]);
    expect(g.missing[0]!.message).toBe('Revision gone referenced from b2 is not present');
    expect(g.missing[0]!.span).toEqual({ ...span, line: 2 });
    expect(g.heads).toEqual(['a1', 'b2', 'c3']);
  });

  it('finds a cycle through down_revision', () => {
    const g = build(rev('a1'), rev('b2', { down: ['a1', 'c3'] }), rev('c3', { down: 'b2' }), rev('s4', { down: 's4' }));
    expect(g.cycles).toEqual([['b2', 'c3'], ['s4']]);
    expect(g.cycleDetails.map((c) => c.message)).toEqual([
      'Cycle is detected in revisions (b2, c3)',
      'Self-loop is detected in revisions (s4)',
    ]);
  });

  it('finds a cycle that needs depends_on', () => {
    const g = build(rev('a1'), rev('b2', { down: 'a1', deps: ['c3'] }), rev('c3', { down: 'b2' }));
    expect(g.cycles).toEqual([['b2', 'c3']]);
    expect(g.cycleDetails[0]).toEqual({
      ids: ['b2', 'c3'],
      kind: 'depends_on',
      message: 'Dependency cycle is detected in revisions (b2, c3)',
    });
  });

  it('skips a file without a revision unless its name is a legacy hex id', () => {
    const g = build(
      rev('a1'),
      rev('', { noRevision: true, file: 'v/no_revision.py', down: 'a1' }),
      rev('', { noRevision: true, file: 'v/abc123.py', down: 'a1' }),
      rev('x-1', { down: 'a1' }),
    );
    expect(g.skipped.map((s) => [s.file, s.reason])).toEqual([
      ['alembic/versions/x-1_x.py', 'illegal-revision-id'],
      ['v/no_revision.py', 'no-revision'],
    ]);
    expect(g.skipped[1]!.message).toMatch(/^Could not determine revision id from filename no_revision\.py/);
    expect(g.revisions.get('abc123')?.id).toBe('abc123');
    expect(g.heads).toEqual(['abc123']);
  });

  it('falls back to the docstring when down_revision is unreadable', () => {
    const r = rev('b2');
    delete r.parsed.downRevision;
    r.parsed.docstringRevises = ['a1'];
    const g = build(rev('a1'), r);
    expect(g.heads).toEqual(['b2']);
    expect(g.unreadableDownRevision).toEqual([{ id: 'b2', file: r.file, usedDocstring: true }]);
  });
});

describe('forkPoint', () => {
  it('finds the latest common ancestor of two heads', () => {
    const g = build(
      rev('a1'),
      rev('a2', { down: 'a1' }),
      rev('a3', { down: 'a2' }),
      rev('b4', { down: 'a3' }),
      rev('b5', { down: 'b4' }),
      rev('c4', { down: 'a3' }),
    );
    expect(forkPoint(g, ['b5', 'c4'])).toBe('a3');
    expect(forkPoint(g, ['b5'])).toBe('b5');
  });

  it('returns undefined for heads of separate bases', () => {
    const g = build(rev('a1'), rev('b1'));
    expect(forkPoint(g, ['a1', 'b1'])).toBeUndefined();
  });

  it('picks among equally late ancestors of a criss-cross merge the one with the longest history', () => {
    // b2 and c2 each merge a1 and x1; both heads descend from both merges.
    const g = build(
      rev('a0'),
      rev('a1', { down: 'a0' }),
      rev('x1', { down: 'a0' }),
      rev('b2', { down: ['a1', 'x1'] }),
      rev('c2', { down: ['a1', 'x1'] }),
      rev('d2', { down: 'b2' }),
      rev('h1', { down: ['b2', 'c2'] }),
      rev('h2', { down: ['c2', 'd2'] }),
    );
    expect(forkPoint(g, ['h1', 'h2'])).toBe('c2');
  });

  it('is the earlier head when one head descends from the other, and undefined for an unknown head', () => {
    const g = build(rev('a1'), rev('a2', { down: 'a1' }), rev('a3', { down: 'a2' }), rev('b3', { down: 'a2' }));
    expect(forkPoint(g, ['a3', 'a1'])).toBe('a1');
    expect(forkPoint(g, ['a1', 'a3'])).toBe('a1');
    expect(forkPoint(g, ['a3', 'nope'])).toBeUndefined();
    expect(forkPoint(g, ['a3', 'b3', 'a1'])).toBe('a1');
  });

  it('agrees with the definition on random histories (every common ancestor compared)', () => {
    const random = rng(4_242);
    // The definition, spelled out: common ancestors with no common child, the latest of them, ties
    // broken by the longest history and then the greatest id.
    // Ancestry straight from the Dag's edges, independent of the graph's own walks.
    const up = (g: AlembicGraph, id: string): Set<string> => {
      const seen = new Set<string>();
      const stack = [...g.dag.predecessors(id)];
      while (stack.length) {
        const k = stack.pop()!;
        if (seen.has(k)) continue;
        seen.add(k);
        stack.push(...g.dag.predecessors(k));
      }
      seen.delete(id);
      return seen;
    };
    const reference = (g: AlembicGraph, heads: string[]): string | undefined => {
      const sets = heads.map((h) => new Set([h, ...up(g, h)]));
      const common = [...sets[0]!].filter((k) => sets.every((set) => set.has(k)));
      const latest = common.filter((k) => !common.some((o) => o !== k && up(g, o).has(k)));
      latest.sort((a, b) => up(g, a).size - up(g, b).size || (a < b ? -1 : a > b ? 1 : 0));
      return latest.at(-1);
    };
    let found = 0;
    for (let round = 0; round < 300; round++) {
      const revs: AlembicRevisionInput[] = [];
      const n = 3 + Math.floor(random() * 25);
      for (let i = 0; i < n; i++) {
        const id = `r${String(i).padStart(2, '0')}`;
        const parents = new Set<string>();
        if (i > 0 && random() < 0.9) for (let k = 0; k < 1 + Math.floor(random() * 3); k++) parents.add(`r${String(Math.floor(random() * i)).padStart(2, '0')}`);
        revs.push(rev(id, { down: [...parents] }));
      }
      const g = buildAlembicGraph(revs);
      const ids = revs.map((r) => r.id);
      const heads = Array.from({ length: 2 + Math.floor(random() * 2) }, () => ids[Math.floor(random() * ids.length)]!);
      const expected = reference(g, heads);
      if (expected !== undefined) found++;
      expect({ heads, fork: forkPoint(g, heads) }).toStrictEqual({ heads, fork: expected });
    }
    expect(found).toBeGreaterThan(100);
  });
});

describe('the fast paths agree with the full computations on random histories', () => {
  /** Up to 25 revisions; parents may point forward (cycles) when `cyclic`; some labels and depends_on. */
  function randomHistory(random: () => number, cyclic: boolean): AlembicRevisionInput[] {
    const revs: AlembicRevisionInput[] = [];
    const n = 3 + Math.floor(random() * 23);
    const name = (i: number) => `r${String(i).padStart(2, '0')}`;
    for (let i = 0; i < n; i++) {
      const parents = new Set<string>();
      const pick = () => Math.floor(random() * (cyclic ? n : i));
      if ((i > 0 || cyclic) && random() < 0.9) {
        for (let k = 0; k < 1 + Math.floor(random() * 2); k++) {
          const p = pick();
          if (p !== i) parents.add(name(p));
        }
      }
      const deps = random() < 0.15 ? [name(pick())].filter((d) => d !== name(i)) : [];
      const labels = random() < 0.2 ? [`l${i}`, ...(random() < 0.3 ? ['shared'] : [])] : [];
      revs.push(rev(name(i), { down: [...parents], labels, ...(deps.length ? { deps } : {}) }));
    }
    return revs;
  }

  it("a head's labels are those _add_branches gives it", () => {
    const random = rng(777);
    let compared = 0;
    for (let round = 0; round < 400; round++) {
      const revs = randomHistory(random, false);
      const quick = buildAlembicGraph(revs);
      const full = buildAlembicGraph(revs);
      // Asking for a revision that is no head runs the whole propagation; heads then read from it.
      const nonHead = revs.map((r) => r.id).find((id) => !full.heads.includes(id));
      if (nonHead === undefined) continue;
      full.labelsOf(nonHead);
      for (const h of quick.heads) {
        expect({ revs: revs.length, h, labels: quick.labelsOf(h) }).toEqual({ revs: revs.length, h, labels: full.labelsOf(h) });
        if (quick.labelsOf(h).length > 0) compared++;
      }
    }
    expect(compared).toBeGreaterThan(200);
  });

  it('heads without some revisions are the heads of the graph built without them', () => {
    const random = rng(2_718);
    let changed = 0;
    for (let round = 0; round < 400; round++) {
      const revs = randomHistory(random, round % 4 === 0);
      const g = buildAlembicGraph(revs);
      const gone = revs.filter(() => random() < 0.15).map((r) => r.id);
      const want = buildAlembicGraph(revs.filter((r) => !gone.includes(r.id))).heads;
      expect({ revs: revs.length, gone, heads: g.headsWithout(gone) }).toEqual({ revs: revs.length, gone, heads: want });
      if (want.join() !== g.heads.filter((h) => !gone.includes(h)).join()) changed++;
    }
    // Only meaningful if removing revisions often makes new heads.
    expect(changed).toBeGreaterThan(100);
  });

  it('heads without a revision cannot be told when its id is declared twice, or is not there', () => {
    const g = buildAlembicGraph([rev('a1'), rev('a2', { down: 'a1' }), rev('a2', { down: 'a1', file: 'alembic/versions/a2_again.py' })]);
    expect(g.headsWithout(['a2'])).toBeUndefined();
    expect(g.headsWithout(['nope'])).toBeUndefined();
    expect(g.headsWithout([])).toEqual(['a2']);
  });

  it('cycles through down_revision and depends_on are every strongly connected component there is', () => {
    const random = rng(31_337);
    let withCycles = 0;
    for (let round = 0; round < 400; round++) {
      const revs = randomHistory(random, true);
      const g = buildAlembicGraph(revs);
      // The reference: revisions that reach each other, by brute force over both kinds of edge.
      const edges = new Map(revs.map((r) => [r.id, [...r.parsed.downRevision!.value, ...r.parsed.dependsOn]]));
      const reach = (from: string): Set<string> => {
        const seen = new Set<string>();
        const stack = [...(edges.get(from) ?? [])];
        while (stack.length) {
          const k = stack.pop()!;
          if (seen.has(k) || !edges.has(k)) continue;
          seen.add(k);
          stack.push(...edges.get(k)!);
        }
        return seen;
      };
      const reaches = new Map(revs.map((r) => [r.id, reach(r.id)]));
      const components = new Map<string, string[]>();
      for (const r of revs) {
        const scc = revs.map((o) => o.id).filter((o) => o === r.id || (reaches.get(r.id)!.has(o) && reaches.get(o)!.has(r.id)));
        if (scc.length > 1) components.set(scc.join(' '), scc);
      }
      const expected = [...components.values()].sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
      if (expected.length) withCycles++;
      expect({ revs: revs.length, cycles: g.cycles }).toEqual({ revs: revs.length, cycles: expected });
    }
    expect(withCycles).toBeGreaterThan(100);
  });
});

describe('scale', () => {
  it('builds a chain of 10,000 revisions quickly', () => {
    const revs: AlembicRevisionInput[] = [];
    for (let i = 0; i < 10_000; i++) {
      const id = `r${String(i).padStart(6, '0')}`;
      revs.push(rev(id, { down: i === 0 ? null : `r${String(i - 1).padStart(6, '0')}`, labels: i === 0 ? ['main'] : [] }));
    }
    let start = performance.now();
    buildAlembicGraph(revs);
    const cold = performance.now() - start;
    start = performance.now();
    const g = buildAlembicGraph(revs);
    const warm = performance.now() - start;
    console.log(`alembic graph of 10,000 revisions built in ${cold.toFixed(1)} ms (first call), ${warm.toFixed(1)} ms (second)`);
    expect(g.heads).toEqual(['r009999']);
    expect(g.bases).toEqual(['r000000']);
    expect(g.labelsOf('r009999')).toEqual(['main']);
  });
});
