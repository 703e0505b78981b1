import type { Finding } from '../model.js';
import { splitKey } from '../graph/django.js';
import { baseFinding, defineRule, mention, byFramework, type AlembicComparison, type DjangoComparison, type RuleContext } from './rule.js';

/** A dependency (or run_before) on a migration that does not exist: Django raises NodeNotFoundError. */
const rule = defineRule({
  id: 'missing-dependency',
  meta: {
    description: 'A migration depends on a migration that does not exist in the merged result.',
    defaultSeverity: 'error',
    frameworks: ['django', 'alembic'],
  },
  check(ctx) {
    return byFramework(ctx, { django, alembic: (c) => alembic(ctx, c) });
  },
});
export default rule;

function sameNumber(a: string, b: string): boolean {
  const x = /^\d+/.exec(a)?.[0];
  return x !== undefined && x === /^\d+/.exec(b)?.[0];
}

function django(c: DjangoComparison): Finding[] {
  if (c.merged.graph.missing.length === 0) return [];
  const onBase = new Set((c.base?.graph.missing ?? []).map((m) => `${m.origin.key}>${m.target}`));
  return c.merged.graph.missing.map((missing) => {
    const target = splitKey(missing.target);
    const similar = [...c.merged.byKey.keys()]
      .map(splitKey)
      .filter((k) => k.app === target.app && sameNumber(k.name, target.name))
      .map((k) => k.name);
    const wasDeleted = c.base?.byKey.has(missing.target) && !c.merged.byKey.has(missing.target);
    const hint = wasDeleted
      ? ` The base has ${target.name}; this pull request deletes or renames it.`
      : similar.length
        ? ` Did you mean ${similar.join(' or ')}?`
        : '';
    return baseFinding(rule, c, splitKey(missing.origin.key).app, {
      preexisting: onBase.has(`${missing.origin.key}>${missing.target}`),
      message: `${missing.message}.${hint}`,
      location: { file: missing.origin.file, span: missing.origin.span },
      migrations: [mention(c, missing.origin.key)],
      details: { target: missing.target },
    });
  });
}

/** A down_revision or depends_on Alembic cannot resolve: it warns, then fails with KeyError. */
function alembic(_ctx: RuleContext, c: AlembicComparison): Finding[] {
  const missingNow = c.merged.graph.missing;
  // The base's are only needed to tell which are new.
  if (missingNow.length === 0) return [];
  const onBase = new Set((c.base?.graph.missing ?? []).map((m) => `${m.from}>${m.target}>${m.kind}`));
  return missingNow.map((missing) =>
    baseFinding(rule, c, c.root, {
      preexisting: onBase.has(`${missing.from}>${missing.target}>${missing.kind}`),
      message: `${missing.message}${missing.matches.length ? ` Did you mean ${missing.matches.join(' or ')}?` : ''}`,
      location: { file: missing.file, ...(missing.span ? { span: missing.span } : {}) },
      migrations: [mention(c, missing.from)],
      details: { target: missing.target, kind: missing.kind, reason: missing.reason },
    }),
  );
}
