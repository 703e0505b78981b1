import type { Finding, SuggestedFix } from '../model.js';
import { branchOf, cmp, forkPoint, keyOf, splitKey } from '../graph/django.js';
import { detectStyle, renderMergeMigration } from '../fix/django-merge.js';
import { renumberChain } from '../fix/django-renumber.js';
import type { DjangoMigration } from '../frameworks/django/project.js';
import { baseFinding, byFramework, defineRule, mention, sideOf, type AlembicComparison, type DjangoComparison, type RuleContext } from './rule.js';
import { ancestors as alembicAncestors, forkPoint as alembicForkPoint, headsByBranch } from '../graph/alembic.js';
import { alembicMergeFix, alembicRepointFix } from '../fix/alembic.js';

/**
 * An app with more than one leaf: `migrate` stops with "Conflicting migrations detected; multiple leaf
 * nodes in the migration graph" (MigrationLoader.detect_conflicts).
 */
const rule = defineRule({
  id: 'multiple-leaves',
  meta: {
    description: 'An app has more than one leaf migration in the merged result, so `migrate` refuses to run.',
    defaultSeverity: 'error',
    frameworks: ['django', 'alembic'],
  },
  check(ctx) {
    return byFramework(ctx, { django: (c) => django(ctx, c), alembic: (c) => alembicHeads(ctx, c) });
  },
});
export default rule;

function django(ctx: RuleContext, c: DjangoComparison): Finding[] {
  const findings: Finding[] = [];
  for (const [app, leaves] of c.merged.graph.leaves) {
    if (leaves.length < 2) continue;
    const keys = leaves.map((name) => keyOf(app, name));
    const baseLeaves = c.base?.leavesOf(app) ?? [];
    const preexisting = baseLeaves.length > 1 && leaves.every((l) => baseLeaves.includes(l));
    const graph = c.merged.graph.graph;
    const fork = forkPoint(graph, app, keys);
    const headLeaves = keys.filter((k) => sideOf(c, k) === 'head');
    const at = c.merged.graph.nodes.get(headLeaves[0] ?? keys[0]!)!;
    const branches = keys.map((k) => ({ leaf: k, chain: branchOf(graph, app, fork, k) }));
    const headAloneLeaves = c.head?.leavesOf(app).length ?? 0;

    const list = keys.map((k) => `${splitKey(k).name} (${sideOf(c, k)})`).join(', ');
    const forkText = fork ? `both descend from ${splitKey(fork).name}` : 'they share no ancestor in this app';
    const djangoSays = `Conflicting migrations detected; multiple leaf nodes in the migration graph: (${leaves.join(', ')} in ${app}).`;
    const why = preexisting
      ? 'The base already has this conflict; this pull request does not add to it.'
      : headAloneLeaves === 1 && baseLeaves.length === 1
        ? 'Each side alone has one leaf; the conflict appears only once both are merged.'
        : '';
    findings.push(
      baseFinding(rule, c, app, {
        preexisting,
        message: `App '${app}' will have ${leaves.length} leaf migrations after the merge: ${list}; ${forkText}. \`migrate\` will stop with "${djangoSays}" ${why}`.trim(),
        location: { file: at.file, ...spanOfForkDependency(at, fork) },
        migrations: [...keys, ...(fork ? [fork] : [])].map((k) => mention(c, k)),
        fixes: preexisting ? [mergeFix(ctx, c, app, leaves)] : fixesFor(ctx, c, app, leaves, fork, branches),
        // JSON, because migration names may hold spaces, colons or anything else a file name can.
        details: {
          forkPoint: fork ? splitKey(fork).name : '',
          leaves: JSON.stringify(keys.map((k) => [splitKey(k).name, sideOf(c, k)])),
          branches: JSON.stringify(Object.fromEntries(branches.map((b) => [splitKey(b.leaf).name, b.chain.map((k) => splitKey(k).name)]))),
        },
      }),
    );
  }
  return findings;
}

function spanOfForkDependency(m: DjangoMigration, fork: string | undefined): { span?: NonNullable<DjangoMigration['parsed']['classSpan']> } {
  const forkName = fork ? splitKey(fork) : undefined;
  const dep = m.parsed.dependencies.find((d) => forkName && d.app === forkName.app && d.name === forkName.name);
  const span = dep?.span ?? m.parsed.dependenciesSpan ?? m.parsed.classSpan;
  return span ? { span } : {};
}

function fixesFor(
  ctx: RuleContext,
  c: DjangoComparison,
  app: string,
  leaves: string[],
  fork: string | undefined,
  branches: { leaf: string; chain: string[] }[],
): SuggestedFix[] {
  const fixes = [mergeFix(ctx, c, app, leaves)];
  // Renumbering is the alternative when exactly one branch is the head's own and nothing on it is applied.
  const headBranches = branches.filter((b) => sideOf(c, b.leaf) === 'head');
  const baseBranches = branches.filter((b) => sideOf(c, b.leaf) === 'base');
  if (fork && headBranches.length === 1 && baseBranches.length === 1) {
    const chain = headBranches[0]!.chain;
    if (chain.length > 0 && chain.every((k) => sideOf(c, k) === 'head')) {
      const merged = c.merged;
      const chainSet = new Set(chain);
      const members = chain.map((k) => merged.graph.nodes.get(k)!).filter(Boolean);
      const others = merged.migrations.filter((m) => !chainSet.has(keyOf(m.app, m.name)) && sideOf(c, keyOf(m.app, m.name)) === 'head');
      const withText = (m: DjangoMigration) => ({ path: m.file, text: ctx.text(m.blob) ?? '', parsed: m.parsed });
      if (members.length === chain.length && members.every((m) => ctx.text(m.blob) !== undefined)) {
        fixes.push(
          renumberChain({
            app,
            migrationsDir: merged.apps.get(app)!.migrationsDir,
            baseLeaf: splitKey(baseBranches[0]!.leaf).name,
            chain: members.map((m) => ({ name: m.name, ...withText(m) })),
            others: others.filter((m) => ctx.text(m.blob) !== undefined).map((m) => ({ app: m.app, ...withText(m) })),
            takenNames: merged.migrations.filter((m) => m.app === app).map((m) => m.name),
          }),
        );
      }
    }
  }
  return fixes;
}

function mergeFix(ctx: RuleContext, c: DjangoComparison, app: string, leaves: string[]): SuggestedFix {
  const appMigrations = c.merged.migrations.filter((m) => m.app === app).sort((a, b) => cmp(a.name, b.name));
  const samples = appMigrations
    .slice(-5)
    .map((m) => ctx.text(m.blob))
    .filter((t): t is string => t !== undefined);
  // The header names the Django that wrote the app's newest migration; the merge file says the same.
  const djangoVersion = samples
    .map((t) => /^# Generated by Django (\S+) on /m.exec(t)?.[1])
    .filter((v): v is string => v !== undefined)
    .at(-1);
  const { name, edit } = renderMergeMigration({
    app,
    migrationsDir: c.merged.apps.get(app)!.migrationsDir,
    leaves,
    now: ctx.now,
    style: detectStyle(samples),
    ...(djangoVersion ? { djangoVersion } : {}),
  });
  return {
    title: 'Add a merge migration',
    description: `The file \`python manage.py makemigrations --merge\` would write: ${name} depends on every leaf and has no operations. Safe whichever side has been deployed.`,
    commands: [],
    edits: [edit],
  };
}

/**
 * Alembic: more than one head in an environment, so `alembic upgrade head` stops. Heads that each sit
 * alone under their own branch label are an intended layout (upgraded as `label@head`) and not reported.
 */
function alembicHeads(ctx: RuleContext, c: AlembicComparison): Finding[] {
  const graph = c.merged.graph;
  const heads = graph.heads;
  if (heads.length < 2) return [];
  const groups = headsByBranch(graph);
  const intended = heads.every((h) => graph.labelsOf(h).some((label) => groups.get(label)?.length === 1));
  if (intended) return [];
  const baseHeads = c.base?.graph.heads ?? [];
  const preexisting = baseHeads.length > 1 && heads.every((h) => baseHeads.includes(h));
  const fork = alembicForkPoint(graph, heads);
  // A head's own line: down its first parents until the fork point or anything before it. A walk that
  // meets the fork point has met nothing before it on the way (that would be a cycle), so the fork's
  // whole ancestry is only needed for a line that passes it by.
  let before: Set<string> | undefined;
  const chainOf = (head: string): string[] => {
    const line: string[] = [];
    const seen = new Set<string>();
    for (let at: string | undefined = head; at !== undefined && at !== fork && !seen.has(at); at = graph.parentsOf(at)[0]) {
      seen.add(at); // a line that runs into a cycle (reported by dependency-cycle) ends there
      line.push(at);
    }
    if (fork !== undefined && line.length > 0 && graph.parentsOf(line.at(-1)!)[0] !== fork) {
      before ??= new Set([fork, ...alembicAncestors(graph, fork)]);
      const cut = line.findIndex((id) => before!.has(id));
      if (cut >= 0) line.length = cut;
    }
    return line.reverse();
  };
  const headHeads = heads.filter((h) => sideOf(c, h) === 'head');
  const at = c.merged.byId.get(headHeads[0] ?? heads[0]!);
  const aloneHeads = c.head?.heads.length ?? 0;
  const list = heads.map((h) => `${h} (${sideOf(c, h)})`).join(', ');
  const why = preexisting
    ? ' The base already has these heads; this pull request does not add to them.'
    : aloneHeads === 1 && baseHeads.length === 1
      ? ' Each side alone has one head; the conflict appears only once both are merged.'
      : '';
  const fixes = [alembicMergeFix(c.merged, heads, ctx.now)];
  const baseSide = heads.filter((h) => sideOf(c, h) === 'base');
  if (!preexisting && fork && headHeads.length === 1 && baseSide.length === 1) {
    const chain = chainOf(headHeads[0]!);
    const first = c.merged.byId.get(chain[0] ?? '');
    const text = first ? ctx.text(first.blob) : undefined;
    if (first && text !== undefined && chain.every((id) => sideOf(c, id) === 'head')) {
      const repoint = alembicRepointFix(first, text, baseSide[0]!);
      if (repoint) fixes.push(repoint);
    }
  }
  return [
    baseFinding(rule, c, c.root, {
      preexisting,
      message: `Environment ${c.root} will have ${heads.length} heads after the merge: ${list}; ${fork ? `both revise ${fork}` : 'they share no ancestor'}. \`alembic upgrade head\` will stop with "Multiple head revisions are present for given argument 'head'".${why}`,
      ...(at ? { location: { file: at.file, ...(at.parsed.downRevision ? { span: at.parsed.downRevision.span } : {}) } } : {}),
      migrations: [...heads, ...(fork ? [fork] : [])].map((id) => mention(c, id)),
      fixes,
      details: {
        forkPoint: fork ?? '',
        leaves: JSON.stringify(heads.map((h) => [h, sideOf(c, h)])),
        branches: JSON.stringify(Object.fromEntries(heads.map((h) => [h, chainOf(h)]))),
      },
    }),
  ];
}
