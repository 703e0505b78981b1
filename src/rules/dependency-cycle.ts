import type { Finding } from '../model.js';
import { splitKey } from '../graph/django.js';
import { baseFinding, defineRule, mention, sideOf, byFramework, type AlembicComparison, type DjangoComparison, type RuleContext } from './rule.js';

/** Migrations that depend on each other in a circle: Django raises CircularDependencyError. */
const rule = defineRule({
  id: 'dependency-cycle',
  meta: {
    description: 'Migrations depend on each other in a cycle, so no order can apply them.',
    defaultSeverity: 'error',
    frameworks: ['django', 'alembic'],
  },
  check(ctx) {
    return byFramework(ctx, { django, alembic: (c) => alembic(ctx, c) });
  },
});
export default rule;

function django(c: DjangoComparison): Finding[] {
  if (c.merged.graph.cycles.length === 0) return [];
  const onBase = new Set((c.base?.graph.cycles ?? []).map((cycle) => cycle.join(' ')));
  return c.merged.graph.cycles.map((cycle) => {
    const first = cycle.find((k) => sideOf(c, k) === 'head') ?? cycle[0]!;
    const m = c.merged.graph.nodes.get(first);
    const next = cycle.find((k) => k !== first && m?.parsed.dependencies.some((d) => `${d.app}.${d.name}` === k));
    const dep = next ? m?.parsed.dependencies.find((d) => `${d.app}.${d.name}` === next) : undefined;
    const span = dep?.span ?? m?.parsed.dependenciesSpan ?? m?.parsed.classSpan;
    return baseFinding(rule, c, splitKey(first).app, {
      preexisting: onBase.has(cycle.join(' ')),
      message: `Circular dependency between ${cycle.join(', ')}; Django raises CircularDependencyError and no migration can run.`,
      ...(m ? { location: { file: m.file, ...(span ? { span } : {}) } } : {}),
      migrations: cycle.map((k) => mention(c, k)),
    });
  });
}

function alembic(_ctx: RuleContext, c: AlembicComparison): Finding[] {
  const cycles = c.merged.graph.cycleDetails;
  // The base's are only needed to tell which are new.
  if (cycles.length === 0) return [];
  const onBase = new Set((c.base?.graph.cycleDetails ?? []).map((cycle) => [...cycle.ids].sort().join(' ')));
  return cycles.map((cycle) => {
    const first = cycle.ids.find((id) => sideOf(c, id) === 'head') ?? cycle.ids[0]!;
    const r = c.merged.byId.get(first);
    const span = r?.parsed.downRevision?.span ?? r?.parsed.revision?.span;
    return baseFinding(rule, c, c.root, {
      preexisting: onBase.has([...cycle.ids].sort().join(' ')),
      message: cycle.message,
      ...(r ? { location: { file: r.file, ...(span ? { span } : {}) } } : {}),
      migrations: cycle.ids.map((id) => mention(c, id)),
    });
  });
}
